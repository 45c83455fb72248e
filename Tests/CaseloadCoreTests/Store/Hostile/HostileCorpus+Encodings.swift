/// Text that is not UTF-8 (UTF-16 and UTF-32 with and without byte order marks, NUL bytes,
/// Latin-1, every kind of broken UTF-8 sequence) and nesting at and past the limit.
extension HostileCorpus {
  static let notUTF8 = "holds bytes that are not UTF-8 text"
  static let utf16 = "is UTF-16 or UTF-32 text; a store must be UTF-8 (save it again as UTF-8)"

  /// The store's text with `bytes` put where `marker` is, and the message naming that place.
  static func bytes(_ name: String, _ problem: String, at marker: String, _ bytes: [UInt8])
    -> HostileCase
  {
    let before = CorpusStore.text.components(separatedBy: marker)[0] + marker
    let line = before.filter { $0 == "\n" }.count + 1
    let lastLine = before.split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
    let column = lastLine.utf8.count + 1
    return HostileCase(name, "line \(line), column \(column): \(problem)") { text in
      let head = Array((text.components(separatedBy: marker)[0] + marker).utf8)
      return head + bytes + Array(text.utf8.dropFirst(head.count))
    }
  }

  /// Where a byte added at the end of the store's text is.
  static var end: String {
    let lines = CorpusStore.text.split(separator: "\n", omittingEmptySubsequences: false)
    return "line \(lines.count), column \((lines.last?.utf8.count ?? 0) + 1)"
  }

  static let encodings: [HostileCase] = [
    HostileCase("UTF-16 little-endian with a byte order mark", utf16) { text in
      [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    },
    HostileCase("UTF-16 big-endian with a byte order mark", utf16) { text in
      [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    },
    HostileCase("UTF-16 little-endian without a mark", utf16) { text in
      text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    },
    HostileCase("UTF-16 big-endian without a mark", utf16) { text in
      text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    },
    HostileCase("UTF-32 little-endian with a byte order mark", utf16) { text in
      [0xFF, 0xFE, 0, 0]
        + text.unicodeScalars.flatMap { scalar in
          (0..<4).map { UInt8((scalar.value >> (8 * $0)) & 0xFF) }
        }
    },
    HostileCase("UTF-32 big-endian with a byte order mark", utf16) { text in
      [0, 0, 0xFE, 0xFF]
        + text.unicodeScalars.flatMap { scalar in
          (0..<4).reversed().map { UInt8((scalar.value >> (8 * $0)) & 0xFF) }
        }
    },
    HostileCase(
      "a UTF-8 byte order mark",
      "starts with a byte order mark (EF BB BF), which JSON text must not have"
    ) { [0xEF, 0xBB, 0xBF] + Array($0.utf8) },
    bytes(
      "a NUL in a name", "holds a NUL byte; it is not a JSON text file", at: #""name":"Zo"#, [0]),
    bytes(
      "a NUL between records", "holds a NUL byte; it is not a JSON text file", at: "\"notes\":[\n",
      [0]),
    HostileCase("a NUL at the end", "\(end): holds a NUL byte; it is not a JSON text file") {
      Array($0.utf8) + [0]
    },
    bytes("Latin-1 for ë", notUTF8, at: #""name":"Zo"#, [0xEB]),
    bytes("a lone continuation byte", notUTF8, at: #""childName":"A"#, [0x80]),
    bytes("an overlong slash", notUTF8, at: #""childName":"A"#, [0xC0, 0xAF]),
    bytes("an overlong three-byte form", notUTF8, at: #""childName":"A"#, [0xE0, 0x80, 0xAF]),
    bytes("an overlong four-byte form", notUTF8, at: #""childName":"A"#, [0xF0, 0x80, 0x80, 0xAF]),
    bytes("a surrogate encoded in UTF-8", notUTF8, at: #""childName":"A"#, [0xED, 0xA0, 0x80]),
    bytes("past U+10FFFF", notUTF8, at: #""childName":"A"#, [0xF4, 0x90, 0x80, 0x80]),
    bytes("the byte F5", notUTF8, at: #""childName":"A"#, [0xF5, 0x80, 0x80, 0x80]),
    bytes("the byte FE", notUTF8, at: #""childName":"A"#, [0xFE]),
    bytes("the byte FF", notUTF8, at: #""childName":"A"#, [0xFF]),
    bytes("a sequence cut short by a quote", notUTF8, at: #""childName":"A"#, [0xE2, 0x82]),
    bytes("a two-byte lead before ASCII", notUTF8, at: #""childName":"A"#, [0xC3, 0x41]),
    bytes("bad UTF-8 in a key", notUTF8, at: #"{"id":"T2","kin"#, [0xFF]),
    bytes("bad UTF-8 between values", notUTF8, at: #"{"id":"T2","#, [0xC3]),
    bytes("bad UTF-8 in a skipped note text", notUTF8, at: #""discussion":"Chec"#, [0xC3, 0x28]),
    HostileCase("bad UTF-8 as the last byte", "\(end): \(notUTF8)") { Array($0.utf8) + [0xC3] },
  ]

  /// `count` lists, one inside the next, as the value of a worker's name.
  static func deepName(_ name: String, _ count: Int, _ expected: String) -> HostileCase {
    HostileCase(
      name, expected, onLine: #""id":"W1""#, at: ["name"],
      to: String(repeating: "[", count: count) + String(repeating: "]", count: count))
  }

  static let nesting: [HostileCase] = [
    .document(
      "100,000 nested lists", String(repeating: "[", count: 100_000),
      "line 1, column 514: is nested too deeply to be a caseload store"),
    .document(
      "100,000 nested objects", String(repeating: #"{"a":"#, count: 100_000),
      "line 1, column 2562: is nested too deeply to be a caseload store"),
    // The name is at depth 3 (the store, the workers, the worker): 509 lists reach 512. The
    // name's value starts at column 52; the place named is just past the list too many.
    deepName(
      "a name nested 512 deep", 509, "workers[0].name: expected text in quotes but found a list"),
    deepName(
      "a name nested 513 deep", 510,
      "line 8, column \(52 + 510): is nested too deeply to be a caseload store"),
    HostileCase(
      "an unknown key nested 600 deep",
      "line 13, column \(6 + 510): is nested too deeply to be a caseload store",
      onLine: #""id":"C1""#, replacing: #"{"birthDate":"2015-04-02""#,
      with: #"{"x":"# + String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        + #","birthDate":"2015-04-02""#),
  ]
}
