/// Where reading has got to in JSON text, with every check RFC 8259 asks for and the store's
/// own: strict UTF-8, no unescaped control characters, no lone surrogate escapes, nesting at
/// most 512 deep. It reads bytes and produces nothing but positions, so callers decide what
/// to decode and what only to check.
///
/// Written by hand rather than taken from a library: the snapshot of an authority-sized store
/// is 50 MB, and getting to the first board means reading every byte of it while decoding only
/// the few fields the board shows. `JSONDecoder` spends three quarters of `caseload report` in
/// generic Codable machinery; `JSONSerialization` builds a whole object tree first; the
/// maintained Swift alternatives (swift-extras-json, IkigaJSON, ZippyJSON) either decode whole
/// documents through Codable too or are no longer kept. A cursor over bytes costs about a
/// nanosecond a byte here.
struct JSONCursor {
  let bytes: UnsafeBufferPointer<UInt8>
  /// The next byte to read.
  var at: Int
  /// One past the last byte this cursor may read.
  let end: Int
  private(set) var depth = 0

  static let deepest = 512

  init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0, to end: Int? = nil) {
    self.bytes = bytes
    at = start
    self.end = end ?? bytes.count
  }

  @inline(__always) mutating func skipWhitespace() {
    while at < end {
      switch bytes[at] {
      case 0x20, 0x0A, 0x0D, 0x09: at += 1
      default: return
      }
    }
  }

  /// The next byte that is not whitespace, without reading past it; nil at the end.
  @inline(__always) mutating func peek() -> UInt8? {
    skipWhitespace()
    return at < end ? bytes[at] : nil
  }

  /// The fault of finding something other than `expected` here.
  func unexpected(_ expected: String) -> JSONSyntaxError {
    guard at < end else { return JSONSyntaxError(offset: at, fault: .cutShort) }
    if bytes[at] >= 0x80, JSONCursor.utf8Length(bytes, at, end) == nil {
      return JSONSyntaxError(offset: at, fault: .notUTF8)
    }
    if bytes[at] == 0 { return JSONSyntaxError(offset: at, fault: .nul) }
    return JSONSyntaxError(offset: at, fault: .unexpected(expected: expected))
  }

  @inline(__always) mutating func consume(_ byte: UInt8, _ expected: String) throws(JSONSyntaxError)
  {
    guard peek() == byte else { throw unexpected(expected) }
    at += 1
  }

  /// Steps into an array or object whose first byte is at the cursor.
  @inline(__always) mutating func enter() throws(JSONSyntaxError) {
    depth += 1
    at += 1
    // Where JSONSerialization reports it too, so the message reads the same as it always has.
    guard depth <= Self.deepest else {
      throw JSONSyntaxError(offset: at, fault: .nestedTooDeeply)
    }
  }

  /// Steps out of the array or object just finished.
  @inline(__always) mutating func leave() { depth -= 1 }

  /// Reads an object's members: `body` gets each key (its bytes, unescaped where it had no
  /// escapes) with the cursor at the value, and must read the value.
  @inline(__always) mutating func members(
    _ body: (inout JSONCursor, JSONKey) throws(JSONSyntaxError) -> Void
  ) throws(JSONSyntaxError) {
    try enter()
    if peek() == 0x7D {
      at += 1
      depth -= 1
      return
    }
    while true {
      guard peek() == 0x22 else { throw unexpected("a key in quotes") }
      let key = try string()
      try consume(0x3A, "':' after a key")
      skipWhitespace()
      try body(&self, key)
      switch peek() {
      case 0x2C: at += 1
      case 0x7D:
        at += 1
        depth -= 1
        return
      default: throw unexpected("',' or '}' after a value in an object")
      }
    }
  }

  /// Reads an array's elements: `body` gets each element's number with the cursor at it, and
  /// must read it.
  @inline(__always) mutating func elements(
    _ body: (inout JSONCursor, Int) throws(JSONSyntaxError) -> Void
  ) throws(JSONSyntaxError) {
    try enter()
    if peek() == 0x5D {
      at += 1
      depth -= 1
      return
    }
    var number = 0
    while true {
      skipWhitespace()
      try body(&self, number)
      number += 1
      switch peek() {
      case 0x2C: at += 1
      case 0x5D:
        at += 1
        depth -= 1
        return
      default: throw unexpected("',' or ']' after a value in a list")
      }
    }
  }

  /// Reads any value, checking it and keeping nothing. Objects are checked for repeated keys,
  /// since a reader that takes the last (as Python and jq do) would read another store.
  mutating func skipValue() throws(JSONSyntaxError) {
    switch peek() {
    case 0x22: _ = try string()
    case 0x7B:
      var keys: [JSONKey] = []
      try members { cursor, key throws(JSONSyntaxError) in
        if keys.contains(where: { cursor.same(key, $0) }) {
          throw JSONSyntaxError(offset: key.start - 1, fault: .repeatedKey(cursor.text(of: key)))
        }
        keys.append(key)
        try cursor.skipValue()
      }
    case 0x5B: try elements { cursor, _ throws(JSONSyntaxError) in try cursor.skipValue() }
    case 0x74: try literal("true")
    case 0x66: try literal("false")
    case 0x6E: try literal("null")
    case let byte? where byte == 0x2D || (0x30...0x39).contains(byte): _ = try number()
    default: throw unexpected("a value")
    }
  }

  /// Reads `true`, `false` or `null`.
  mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
    let count = word.utf8CodeUnitCount
    let start = at
    for offset in 0..<count {
      guard at < end, bytes[at] == word.utf8Start[offset] else {
        at = start
        throw unexpected("a value")
      }
      at += 1
    }
  }

  /// What kind of value starts at the cursor, in the words a person reads in a message.
  mutating func kindWords() -> String {
    switch peek() {
    case 0x22: return "text"
    case 0x7B: return "an object"
    case 0x5B: return "a list"
    case 0x74, 0x66: return "true or false"
    case 0x6E: return "null"
    default: return "a number"
    }
  }

  /// Checks nothing but whitespace is left.
  mutating func finish() throws(JSONSyntaxError) {
    skipWhitespace()
    guard at == end else {
      if bytes[at] >= 0x80, JSONCursor.utf8Length(bytes, at, end) == nil {
        throw JSONSyntaxError(offset: at, fault: .notUTF8)
      }
      throw JSONSyntaxError(offset: at, fault: .afterEnd)
    }
  }
}

/// A key as found in the text: where its characters are, and whether it had escapes (then it
/// must be decoded before it can be compared).
struct JSONKey {
  var start: Int
  var end: Int
  var escaped: Bool
}
