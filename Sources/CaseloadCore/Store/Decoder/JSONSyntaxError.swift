/// Why bytes are not the JSON text a store must be, and where: the first fault in the file,
/// after which nothing more is read.
struct JSONSyntaxError: Error, Equatable {
  enum Fault: Equatable {
    case empty
    /// The text stops inside a value.
    case cutShort
    case nul
    case utf16
    case byteOrderMark
    case notUTF8
    case controlCharacter
    case nestedTooDeeply
    case badEscape(String)
    case loneSurrogate(String)
    case unexpected(expected: String)
    /// An object holds the same key twice (Python and jq would quietly take the last).
    case repeatedKey(String)
    case afterEnd
  }

  /// The byte the fault is at.
  let offset: Int
  let fault: Fault

  /// The problem as `caseload check` says it, with a line and column where it has a place.
  func problem(in bytes: UnsafeBufferPointer<UInt8>) -> String {
    let place = "\(Self.position(of: offset, in: bytes)): "
    switch fault {
    case .empty: return "is empty"
    case .cutShort: return "ends before the JSON is complete (the file may have been cut short)"
    case .nul: return place + "holds a NUL byte; it is not a JSON text file"
    case .utf16:
      return "is UTF-16 or UTF-32 text; a store must be UTF-8 (save it again as UTF-8)"
    case .byteOrderMark:
      return "starts with a byte order mark (EF BB BF), which JSON text must not have"
    case .notUTF8: return place + "holds bytes that are not UTF-8 text"
    case .controlCharacter: return place + "holds a control character that JSON text must escape"
    case .nestedTooDeeply: return place + "is nested too deeply to be a caseload store"
    case .badEscape(let escape): return place + "holds \(escape), which is not a JSON escape"
    case .loneSurrogate(let escape):
      return place
        + "holds \(escape), half of a UTF-16 surrogate pair without the other half; it is not text"
    case .unexpected(let expected): return place + "is not valid JSON: expected \(expected)"
    case .repeatedKey(let key):
      return place
        + "holds the key \"\(key.prefix(40))\" twice in one object; a store never repeats a key"
    case .afterEnd: return place + "is not valid JSON: more text follows the end of the JSON"
    }
  }

  /// `line 3, column 14` for a byte offset.
  static func position(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String {
    let clamped = min(max(offset, 0), bytes.count)
    var line = 1
    var lineStart = 0
    for index in 0..<clamped where bytes[index] == 0x0A {
      line += 1
      lineStart = index + 1
    }
    return "line \(line), column \(clamped - lineStart + 1)"
  }
}
