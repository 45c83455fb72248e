// Strings: found and checked without copying (most of a store's text is never decoded at
// open), decoded only when asked.
extension JSONCursor {
  /// Reads a string whose opening quote is at the cursor, checking every byte: UTF-8, no
  /// control characters, escapes that JSON allows, surrogate escapes in pairs. Returns where
  /// its characters are.
  @inline(__always) mutating func string() throws(JSONSyntaxError) -> JSONKey {
    at += 1
    let start = at
    var escaped = false
    while true {
      // Eight bytes at a time while none is a quote, a backslash, a control or a non-ASCII
      // byte: most of a store's text.
      while at &+ 8 <= end {
        let word = UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped + at).loadUnaligned(
          as: UInt64.self)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ 0x2222_2222_2222_2222
        let backslash = word ^ 0x5C5C_5C5C_5C5C_5C5C
        let special =
          ((word &- 0x2020_2020_2020_2020) | (quote &- ones) | (backslash &- ones)) & ~word
          | word
        if special & high != 0 { break }
        at &+= 8
      }
      guard at < end else { throw JSONSyntaxError(offset: at, fault: .cutShort) }
      let byte = bytes[at]
      switch byte {
      case 0x22:
        at += 1
        return JSONKey(start: start, end: at - 1, escaped: escaped)
      case 0x5C:
        escaped = true
        try escape()
      case 0..<0x20:
        throw JSONSyntaxError(offset: at, fault: byte == 0 ? .nul : .controlCharacter)
      case 0x80...:
        guard let length = Self.utf8Length(bytes, at, end) else {
          throw JSONSyntaxError(offset: at, fault: .notUTF8)
        }
        at += length
      default:
        at += 1
      }
    }
  }

  /// Checks the escape at the cursor (its backslash) and steps past it.
  private mutating func escape() throws(JSONSyntaxError) {
    let start = at
    guard at + 1 < end else { throw JSONSyntaxError(offset: end, fault: .cutShort) }
    switch bytes[at + 1] {
    case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74: at += 2
    case 0x75:
      let unit = try hexUnit(at: start)
      at += 6
      switch unit {
      case 0xD800...0xDBFF:
        guard at + 1 < end, bytes[at] == 0x5C, bytes[at + 1] == 0x75,
          let low = try? hexUnit(at: at), (0xDC00...0xDFFF).contains(low)
        else { throw JSONSyntaxError(offset: start, fault: .loneSurrogate(escapeText(start))) }
        at += 6
      case 0xDC00...0xDFFF:
        throw JSONSyntaxError(offset: start, fault: .loneSurrogate(escapeText(start)))
      default: break
      }
    default:
      throw JSONSyntaxError(offset: start, fault: .badEscape(escapeText(start, length: 2)))
    }
  }

  /// The four hex digits of `\uXXXX` at `offset`.
  private func hexUnit(at offset: Int) throws(JSONSyntaxError) -> UInt32 {
    guard offset + 6 <= end else { throw JSONSyntaxError(offset: end, fault: .cutShort) }
    var value: UInt32 = 0
    for index in offset + 2..<offset + 6 {
      let byte = bytes[index]
      let digit: UInt8
      switch byte {
      case 0x30...0x39: digit = byte - 0x30
      case 0x41...0x46: digit = byte - 0x41 + 10
      case 0x61...0x66: digit = byte - 0x61 + 10
      default:
        throw JSONSyntaxError(offset: offset, fault: .badEscape(escapeText(offset, length: 6)))
      }
      value = value << 4 | UInt32(digit)
    }
    return value
  }

  private func escapeText(_ offset: Int, length: Int = 6) -> String {
    let upper = min(offset + length, end)
    return String(decoding: bytes[offset..<upper], as: UTF8.self)
  }

  /// The length of the UTF-8 sequence starting at `offset`, or nil when it is not one (bad
  /// lead byte, missing continuation, overlong, a surrogate, beyond U+10FFFF).
  static func utf8Length(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int, _ end: Int) -> Int? {
    let lead = bytes[offset]
    let length: Int
    var second: ClosedRange<UInt8> = 0x80...0xBF
    switch lead {
    case 0x00...0x7F: return 1
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      second = 0xA0...0xBF
    case 0xED:
      length = 3
      second = 0x80...0x9F
    case 0xE1...0xEF: length = 3
    case 0xF0:
      length = 4
      second = 0x90...0xBF
    case 0xF4:
      length = 4
      second = 0x80...0x8F
    case 0xF1...0xF3: length = 4
    default: return nil
    }
    guard offset + length <= end, second.contains(bytes[offset + 1]) else { return nil }
    for index in offset + 2..<offset + length where bytes[index] & 0xC0 != 0x80 { return nil }
    return length
  }

  /// True when two keys are the same text.
  func same(_ a: JSONKey, _ b: JSONKey) -> Bool {
    if !a.escaped, !b.escaped {
      return a.end - a.start == b.end - b.start
        && bytes[a.start..<a.end].elementsEqual(bytes[b.start..<b.end])
    }
    return text(of: a) == text(of: b)
  }

  /// A string's text, escapes decoded.
  func text(of key: JSONKey) -> String {
    guard key.escaped else {
      return String(
        decoding: UnsafeBufferPointer(rebasing: bytes[key.start..<key.end]), as: UTF8.self)
    }
    var text = String.UnicodeScalarView()
    var index = key.start
    while index < key.end {
      let byte = bytes[index]
      guard byte == 0x5C else {
        let length = Self.utf8Length(bytes, index, key.end) ?? 1
        text.append(
          contentsOf: String(decoding: bytes[index..<index + length], as: UTF8.self).unicodeScalars)
        index += length
        continue
      }
      let kind = bytes[index + 1]
      switch kind {
      case 0x62: text.append("\u{8}")
      case 0x66: text.append("\u{C}")
      case 0x6E: text.append("\n")
      case 0x72: text.append("\r")
      case 0x74: text.append("\t")
      case 0x75:
        var unit = (try? hexUnit(at: index)) ?? 0xFFFD
        if (0xD800...0xDBFF).contains(unit), let low = try? hexUnit(at: index + 6) {
          unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
          index += 6
        }
        text.append(Unicode.Scalar(unit) ?? "\u{FFFD}")
        index += 4
      default: text.append(Unicode.Scalar(kind))
      }
      index += 2
    }
    return String(text)
  }
}
