import Foundation

/// What was typed into search, folded once, and the test of a name or id against it.
///
/// Folding with Foundation costs microseconds a string, and a keystroke on an authority's
/// store tests some 44,000 names and ids, twice (handling the key and drawing it). An ASCII
/// name folds to its lower case, so it is compared byte by byte with no string made; only the
/// others are folded.
struct SearchQuery {
  let folded: String
  /// The folded query's bytes when they are all ASCII; nil otherwise.
  private let ascii: [UInt8]?

  init(_ typed: String) {
    folded = Self.fold(typed.trimmingCharacters(in: .whitespaces))
    let bytes = Array(folded.utf8)
    ascii = bytes.allSatisfy { $0 < 0x80 } ? bytes : nil
  }

  var isEmpty: Bool { folded.isEmpty }

  /// Whether `text`, folded, contains the query.
  func isFound(in text: String) -> Bool {
    var text = text
    let plain: Bool? = text.withUTF8 { bytes in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      // Folded ASCII is ASCII, so it cannot hold a query that is not.
      guard let ascii else { return false }
      return Self.contains(bytes, ascii)
    }
    return plain ?? Self.fold(text).contains(folded)
  }

  /// Case- and accent-insensitive, so "zoe" finds Zoë and "lukasz" finds Łukasz.
  static func fold(_ text: String) -> String {
    text.folding(
      options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil
    )
    .replacingOccurrences(of: "ł", with: "l")
  }

  /// Whether ASCII `text` holds `query` (lower case) in any case.
  private static func contains(_ text: UnsafeBufferPointer<UInt8>, _ query: [UInt8]) -> Bool {
    guard !query.isEmpty else { return true }
    guard text.count >= query.count else { return false }
    for start in 0...(text.count - query.count) {
      var at = 0
      while at < query.count, lower(text[start + at]) == query[at] { at += 1 }
      if at == query.count { return true }
    }
    return false
  }

  private static func lower(_ byte: UInt8) -> UInt8 {
    (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
  }
}
