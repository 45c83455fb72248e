import Foundation

/// The object keys of a JSON text, for what a decoder lets through unseen: a key it does not
/// know (a field from a newer caseload, which this one would drop on the next compaction) and
/// a key given twice (which other tools may read as the other value).
struct JSONKeys {
  /// Every key path, array positions written `[]` (`change.moves[].case`), and whether the
  /// value at it is ever more than empty (null, false, "", [] or {}).
  private(set) var paths: [String: Bool] = [:]
  /// The first key found twice in one object, as a path.
  private(set) var duplicate: String?
  /// Paths in the order first met, so a problem names the first one in the line.
  private(set) var order: [String] = []

  /// Reads the keys of `bytes`, which must already be known to be valid JSON.
  init(_ bytes: ArraySlice<UInt8>) {
    bytes.withUnsafeBufferPointer { buffer in
      var scanner = Scanner(bytes: buffer)
      _ = scanner.value(path: "", into: &self)
    }
  }

  private mutating func add(_ path: String, empty: Bool) {
    if let seen = paths[path] {
      paths[path] = seen || !empty
    } else {
      paths[path] = !empty
      order.append(path)
    }
  }

  /// The first path of `self` with a value that `known` has no key for.
  func firstUnknown(comparedWith known: JSONKeys) -> String? {
    order.first { path in paths[path] == true && known.paths[path] == nil }
  }

  private struct Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    mutating func skipSpace() {
      while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
    }

    static func isSpace(_ byte: UInt8) -> Bool {
      byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Skips a value, recording the keys inside it; returns whether it was empty.
    mutating func value(path: String, into keys: inout JSONKeys) -> Bool {
      skipSpace()
      guard index < bytes.count else { return true }
      switch bytes[index] {
      case UInt8(ascii: "{"):
        index += 1
        var seen = Set<String>()
        var empty = true
        while true {
          skipSpace()
          guard index < bytes.count, bytes[index] != UInt8(ascii: "}") else { break }
          if bytes[index] == UInt8(ascii: ",") {
            index += 1
            continue
          }
          let key = string()
          let inner = path.isEmpty ? key : path + "." + key
          if !seen.insert(key).inserted, keys.duplicate == nil { keys.duplicate = inner }
          skipSpace()
          if index < bytes.count, bytes[index] == UInt8(ascii: ":") { index += 1 }
          let valueIsEmpty = value(path: inner, into: &keys)
          keys.add(inner, empty: valueIsEmpty)
          empty = false
        }
        index += 1
        return empty
      case UInt8(ascii: "["):
        index += 1
        var empty = true
        while true {
          skipSpace()
          guard index < bytes.count, bytes[index] != UInt8(ascii: "]") else { break }
          if bytes[index] == UInt8(ascii: ",") {
            index += 1
            continue
          }
          _ = value(path: path + "[]", into: &keys)
          empty = false
        }
        index += 1
        return empty
      case UInt8(ascii: "\""):
        return skipString()
      default:
        let start = index
        while index < bytes.count, !Self.isSpace(bytes[index]), bytes[index] != UInt8(ascii: ","),
          bytes[index] != UInt8(ascii: "]"), bytes[index] != UInt8(ascii: "}")
        {
          index += 1
        }
        let word = String(
          decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        return word == "null" || word == "false"
      }
    }

    /// Skips a string value; returns whether it was "".
    mutating func skipString() -> Bool {
      index += 1
      let start = index
      // memchr finds each quote; one after an odd run of backslashes is escaped.
      while index < bytes.count, let base = bytes.baseAddress,
        let found = memchr(base + index, Int32(UInt8(ascii: "\"")), bytes.count - index)
      {
        let quote = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        var slashes = 0
        while quote - slashes - 1 >= start, bytes[quote - slashes - 1] == UInt8(ascii: "\\") {
          slashes += 1
        }
        index = quote + 1
        if slashes % 2 == 0 { return quote == start }
      }
      index = bytes.count
      return index == start
    }

    /// Reads a string at the index, escapes undone.
    mutating func string() -> String {
      index += 1
      var result: [UInt8] = []
      var pendingHigh: UInt32?
      while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
        let byte = bytes[index]
        guard byte == UInt8(ascii: "\\"), index + 1 < bytes.count else {
          result.append(byte)
          index += 1
          continue
        }
        let escape = bytes[index + 1]
        index += 2
        switch escape {
        case UInt8(ascii: "u"):
          var value: UInt32 = 0
          for _ in 0..<4 where index < bytes.count {
            value = value << 4 + UInt32(Self.hex(bytes[index]))
            index += 1
          }
          if (0xD800..<0xDC00).contains(value) {
            pendingHigh = value
            continue
          }
          var scalar = value
          if let high = pendingHigh, (0xDC00..<0xE000).contains(value) {
            scalar = 0x10000 + ((high - 0xD800) << 10) + (value - 0xDC00)
          }
          pendingHigh = nil
          result += Array(String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8)
        case UInt8(ascii: "n"): result.append(0x0A)
        case UInt8(ascii: "t"): result.append(0x09)
        case UInt8(ascii: "r"): result.append(0x0D)
        case UInt8(ascii: "b"): result.append(0x08)
        case UInt8(ascii: "f"): result.append(0x0C)
        default: result.append(escape)
        }
      }
      index += 1
      return String(decoding: result, as: UTF8.self)
    }

    static func hex(_ byte: UInt8) -> UInt8 {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
      default: return 0
      }
    }
  }
}
