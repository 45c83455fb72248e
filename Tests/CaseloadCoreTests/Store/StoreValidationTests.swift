import CaseloadCore
import Foundation
import Testing

/// A bad `caseload.json`, made from the fixture's good one, and the one line it must produce.
struct HostileSnapshot: Sendable, CustomTestStringConvertible {
  let name: String
  let make: @Sendable (String) -> [UInt8]
  let expected: String

  var testDescription: String { name }

  init(_ name: String, _ expected: String, _ make: @escaping @Sendable (String) -> [UInt8]) {
    self.name = name
    self.expected = expected
    self.make = make
  }

  /// Replaces text on the one line that holds `marker`.
  static func edit(_ marker: String, _ old: String, _ new: String) -> @Sendable (String) -> [UInt8]
  {
    { text in
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
        String(line.contains(marker) ? line.replacing(old, with: new) : line)
      }
      return Array(lines.joined(separator: "\n").utf8)
    }
  }

  static let all: [HostileSnapshot] = [
    HostileSnapshot("empty file", "caseload.json: is empty") { _ in [] },
    HostileSnapshot(
      "truncated JSON",
      "caseload.json: ends before the JSON is complete (the file may have been cut short)"
    ) { Array($0.utf8.prefix(300)) },
    HostileSnapshot(
      "null", "caseload.json: is not a caseload store (it holds null, not a JSON object)"
    ) { _ in Array("null".utf8) },
    HostileSnapshot(
      "a number", "caseload.json: is not a caseload store (it holds a number, not a JSON object)"
    ) { _ in Array("42\n".utf8) },
    HostileSnapshot(
      "some other JSON",
      #"caseload.json: is not a caseload store (it has no "format":"caseload")"#
    ) { _ in Array(#"{"hello":"world"}"#.utf8) },
    HostileSnapshot(
      "100,000 nested [",
      "caseload.json: line 1, column 514: is nested too deeply to be a caseload store"
    ) { _ in Array(repeating: UInt8(ascii: "["), count: 100_000) },
    HostileSnapshot(
      "invalid UTF-8", "caseload.json: line 9, column 52: holds bytes that are not UTF-8 text"
    ) { text in
      Array(text.utf8).split(separator: 0xC5, maxSplits: 1, omittingEmptySubsequences: false)
        .joined(separator: [0xFF, 0xFE]).map { $0 }
    },
    HostileSnapshot(
      "NUL byte", "caseload.json: line 9, column 52: holds a NUL byte; it is not a JSON text file"
    ) { text in
      Array(text.replacing("Łukasz", with: "\u{0}ukasz").utf8)
    },
    HostileSnapshot(
      "wrong type", "caseload.json: workers[1].fte: expected a number but found text",
      edit(#""id":"W2""#, #""fte":0.8"#, #""fte":"full""#)),
    HostileSnapshot(
      "missing field", "caseload.json: workers[0].name: is missing",
      edit(#""id":"W1""#, #""name":"Zoë Adams","#, "")),
    HostileSnapshot(
      "impossible date", "caseload.json: cases[0].opened: '2026-13-01' is not a date (YYYY-MM-DD)",
      edit(#""id":"C1""#, #""opened":"2026-01-10""#, #""opened":"2026-13-01""#)),
    HostileSnapshot(
      "unknown role",
      "caseload.json: workers[0].role: 'boss' is not one of the allowed values: social-worker, senior-practitioner, asye, student, family-support-worker",
      edit(#""id":"W1""#, #""role":"social-worker""#, #""role":"boss""#)),
    HostileSnapshot(
      "duplicate worker id",
      "caseload.json: workers[2] (W1): id W1 is used twice (also workers[0])",
      edit(#""id":"W3""#, #""id":"W3""#, #""id":"W1""#)),
    HostileSnapshot(
      "case pointing to a missing worker",
      "caseload.json: cases[2] (C3): worker 'W9' does not exist",
      edit(#""id":"C3""#, #""worker":"W2""#, #""worker":"W9""#)),
    HostileSnapshot(
      "escape codes in an id stay on one line",
      #"caseload.json: cases[2] (C3): worker 'W\u{1b}[2J\u{a}' does not exist"#,
      edit(#""id":"C3""#, #""worker":"W2""#, #""worker":"W\u001b[2J\n""#)),
    HostileSnapshot(
      "fte out of range", "caseload.json: workers[1] (W2): fte 1.4 is not between 0.1 and 1.0",
      edit(#""id":"W2""#, #""fte":0.8"#, #""fte":1.4"#)),
    HostileSnapshot(
      "newer format version",
      "caseload.json: was written by a newer caseload (version 2); upgrade caseload",
      edit(#""format""#, #""version":1"#, #""version":2"#)),
    HostileSnapshot(
      "negative sequence", "caseload.json: sequence: -1 must not be negative",
      edit(#""format""#, #""sequence":0"#, #""sequence":-1"#)),
    HostileSnapshot(
      "action owned by a missing worker",
      "caseload.json: sessions[0] (S1): entries[0].actions[0] is owned by worker 'W9', who does not exist",
      edit(#""id":"S1""#, #""owner":"W1""#, #""owner":"W9""#)),
    HostileSnapshot(
      "addendum to a missing record",
      "caseload.json: addenda[0] (D1): adds to record 'N9', which does not exist",
      edit(#""id":"D1""#, #""target":"N1""#, #""target":"N9""#)),
  ]
}

@Suite("Store validation: hostile snapshots and journals")
struct StoreValidationTests {
  /// Puts bad bytes in place of a good store's snapshot, with no lock file, so any write
  /// (even making the lock) would show.
  private func badStore(_ temp: TemporaryDirectory, _ bytes: (String) -> [UInt8]) throws -> String {
    let path = try temp.makeStore()
    try FileManager.default.removeItem(atPath: path + "/lock")
    try Disk.write(bytes(Disk.text(path + "/caseload.json")), to: path + "/caseload.json")
    return path
  }

  @Test(arguments: HostileSnapshot.all)
  func aHostileSnapshotIsRefusedInOneLineAndLeftAlone(_ hostile: HostileSnapshot) throws {
    let temp = try TemporaryDirectory()
    let path = try badStore(temp, hostile.make)
    expectRefused(path, hostile.expected)
  }

  @Test func aSnapshotTooLargeToBeAStoreIsRefusedBeforeItIsRead() throws {
    let temp = try TemporaryDirectory()
    let path = try badStore(temp) { _ in [] }
    // Sparse: 200 MiB on paper, nothing on disk.
    #expect(truncate(path + "/caseload.json", 200 << 20) == 0)
    expectRefused(
      path,
      "caseload.json: is 200 MiB, more than the 1 MiB a store may be; it is not a caseload store",
      limits: StoreLimits(snapshotBytes: 1 << 20, journalLineBytes: 1 << 20))
  }

  @Test func checkListsEveryProblemAndOpenCountsTheRest() throws {
    let temp = try TemporaryDirectory()
    let path = try badStore(temp) { text in
      text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
        if line.contains(#""id":"W2""#) {
          return String(line.replacing(#""fte":0.8"#, with: #""fte":"x""#))
        }
        if line.contains(#""id":"W3""#) {
          return String(line.replacing(#""fte":1"#, with: #""fte":0"#))
        }
        if line.contains(#""id":"C4""#) {
          return String(line.replacing(#""team":"T1""#, with: #""team":"T7""#))
        }
        return String(line)
      }.joined(separator: "\n").utf8.map { $0 }
    }
    #expect(
      FileStore.check(at: path).map(\.description) == [
        "caseload.json: workers[1].fte: expected a number but found text",
        "caseload.json: workers[2] (W3): fte 0.0 is not between 0.1 and 1.0",
        "caseload.json: cases[3] (C4): team 'T7' does not exist",
      ])
    let error = #expect(throws: CaseloadError.self) {
      try FileStore.open(at: path, user: "amara", clock: StoreFixture.clock)
    }
    #expect(
      error?.description
        == "\(path)/caseload.json: workers[1].fte: expected a number but found text (and 2 more; run: caseload check)"
    )
  }

  @Test func aGoodStorePassesCheck() throws {
    let temp = try TemporaryDirectory()
    let path = try temp.makeStore()
    let store = try FileStore.open(at: path, user: "amara", clock: StoreFixture.clock)
    try store.commit(StoreFixture.note("N2"))
    try store.compact()
    try store.commit(StoreFixture.note("N3"))
    #expect(FileStore.check(at: path) == [])
  }
}
