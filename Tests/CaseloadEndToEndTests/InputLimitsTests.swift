import Foundation
import Testing

/// Defect 4 of issue 11: sizes are checked before any work is done with the text, with a
/// clear message, and the store is not touched by a refused one.
@Suite("the command line refuses overlong text before opening the store")
struct InputLimitsTests {
  /// A store with one worker and one case, and its files as they are.
  static func store() throws -> (TeamStore, [String: Data]) {
    let store = try TeamStore()
    try store.expectSuccess([
      "worker", "add", "amara", "--name", "Amara Okafor", "--team", "riverside",
    ])
    try store.expectSuccess([
      "case", "add", "C1", "--child", "Ava", "--born", "1/2/15", "--category", "CIN", "--reason",
      "r", "--worker", "amara", "--opened", "1/6/26",
    ])
    return (store, snapshotOfFiles(under: store.path))
  }

  struct Overlong: Sendable, CustomTestStringConvertible {
    let name: String
    let arguments: [String]
    let stdin: String?
    let status: Int32
    let message: String
    var testDescription: String { name }
  }

  static let note = String(repeating: "x", count: 20_001)

  static let overlong: [Overlong] = [
    Overlong(
      name: "a discussion over 20,000 characters",
      arguments: ["note", "--case", "C1", "--discussion", note], stdin: nil, status: 2,
      message:
        "caseload: --discussion: the discussion is longer than 20000 characters; shorten it, or record the rest separately"
    ),
    Overlong(
      name: "a discussion on standard input over 20,000 characters",
      arguments: ["note", "--case", "C1", "--discussion", "-"], stdin: note, status: 2,
      message:
        "caseload: --discussion: the discussion is longer than 20000 characters; shorten it, or record the rest separately"
    ),
    Overlong(
      name: "standard input over 1 MiB",
      arguments: ["note", "--case", "C1", "--discussion", "-"],
      stdin: String(repeating: "y", count: (1 << 20) + 1), status: 1,
      message: "caseload: standard input is larger than 1 MiB"),
    Overlong(
      name: "a decision over 20,000 characters",
      arguments: ["note", "--case", "C1", "--discussion", "ok", "--decision", note], stdin: nil,
      status: 2,
      message:
        "caseload: --decision: the decision is longer than 20000 characters; shorten it, or record the rest separately"
    ),
    Overlong(
      name: "an action over 500 characters",
      arguments: [
        "note", "--case", "C1", "--discussion", "ok", "--action",
        "amara:2026-12-01:" + String(repeating: "z", count: 501),
      ], stdin: nil, status: 2,
      message: "caseload: --action: the action is longer than 500 characters"),
    Overlong(
      name: "a reason over 500 characters",
      arguments: [
        "reassign", "C1", "--unallocate", "--reason", String(repeating: "r", count: 501),
      ],
      stdin: nil, status: 2,
      message:
        "caseload: --reason: the reason is longer than 500 characters (see 'caseload help')"),
    Overlong(
      name: "a session entry's decision over 20,000 characters",
      arguments: ["supervise", "--worker", "amara", "--json", "-"],
      stdin: #"{"entries":[{"case":"C1","discussion":"ok","decision":"\#(note)"}]}"#, status: 2,
      message:
        "caseload: entries[0].decision: the decision is longer than 20000 characters; shorten it, or record the rest separately"
    ),
    Overlong(
      name: "a worker's name over 500 characters",
      arguments: [
        "worker", "add", "bo", "--name", String(repeating: "B", count: 501), "--team", "riverside",
      ], stdin: nil, status: 2,
      message: "caseload: --name: the worker's name is longer than 500 characters"),
  ]

  @Test(arguments: overlong)
  func refusedWithAMessageAndTheStoreUntouched(_ overlong: Overlong) throws {
    let (store, before) = try Self.store()
    let result = try store.cli.run(
      overlong.arguments + ["--store", store.path], stdin: overlong.stdin)
    #expect(result.status == overlong.status, "\(result.stderr)")
    #expect(result.stderrLines == [overlong.message])
    #expect(result.stdout.isEmpty)
    #expect(snapshotOfFiles(under: store.path) == before)
  }

  @Test("a note of exactly 20,000 characters is saved whole")
  func atTheLimit() throws {
    let (store, _) = try Self.store()
    let text = String(repeating: "w", count: 20_000)
    let result = try store.run(["note", "--case", "C1", "--discussion", "-"], stdin: text)
    #expect(result.status == 0, "\(result.stderr)")
    let history = try store.expectSuccess(["history", "C1", "--format", "json"])
    #expect(history.stdout.contains(text))
  }
}

extension TeamStore {
  /// Runs a command on this store with text on standard input.
  @discardableResult
  func run(_ arguments: [String], stdin: String) throws -> CLI.Result {
    try cli.run(arguments + ["--store", path], stdin: stdin)
  }
}
