import CaseloadCore
import Foundation
import Testing

/// One bad snapshot of the corpus: how it is made from the corpus store's good text, and the
/// one line `caseload check` must print first for it (the file, the record, the problem).
struct HostileCase: Sendable, CustomTestStringConvertible {
  let name: String
  let make: @Sendable (String) -> [UInt8]
  let expected: String

  var testDescription: String { name }

  init(_ name: String, _ expected: String, _ make: @escaping @Sendable (String) -> [UInt8]) {
    self.name = name
    self.expected = "caseload.json: " + expected
    self.make = make
  }

  /// A case that edits one value (nil: takes the member out) of the record on `marker`'s line.
  init(
    _ name: String, _ expected: String, onLine marker: String, at path: [String], to value: String?
  ) {
    self.init(name, expected) { text in
      Array(SnapshotEdit.set(path, to: value, onLine: marker, in: text).utf8)
    }
  }

  /// A case that replaces text on the line holding `marker`.
  init(
    _ name: String, _ expected: String, onLine marker: String, replacing old: String,
    with new: String
  ) {
    self.init(name, expected) { text in
      precondition(text.contains(old), "the corpus store has no \(old)")
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
        String($0.contains(marker) ? $0.replacing(old, with: new) : $0)
      }
      return Array(lines.joined(separator: "\n").utf8)
    }
  }
}

/// The whole corpus, every family together.
enum HostileCorpus {
  static let all: [HostileCase] =
    syntax + encodings + nesting + fields + numbers + dates + repeatedKeys + identities
    + references + values + sizes
}
