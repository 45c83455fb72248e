import Foundation
import Testing

@Suite("Following actions up from the command line (SPEC 1.6)")
struct ActionCommandTests {
  /// Amara holds C1 and C2; an oversight note on C1 set three actions for her.
  static func store() throws -> TeamStore {
    let store = try TeamStore()
    try store.expectSuccess([
      "worker", "add", "amara", "--name", "Amara Okafor", "--team", "riverside",
    ])
    for id in ["C1", "C2"] {
      try store.expectSuccess([
        "case", "add", id, "--child", "Child \(id)", "--born", "1/2/2015", "--category", "CIN",
        "--reason", "Referral", "--worker", "amara", "--opened", "2/11/2026",
      ])
    }
    try store.expectSuccess([
      "note", "--case", "C1", "--discussion", "Plan reviewed",
      "--action", "amara:2026-11-20:Ring school", "--action", "amara:2026-11-30:Book visit",
      "--action", "amara:2026-12-04:Ask GP",
    ])
    return store
  }

  /// The open actions as `caseload actions --format json` gives them: id, text, owner kind.
  static func open(_ store: TeamStore) throws -> [[String: Any]] {
    let result = try store.expectSuccess(["actions", "--format", "json"])
    let object = try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any]
    return object?["actions"] as? [[String: Any]] ?? []
  }

  static func id(_ actions: [[String: Any]], _ text: String) -> String {
    actions.first { $0["text"] as? String == text }?["id"] as? String ?? "missing"
  }

  @Test("action done and action close take an action off the open list, with who and why")
  func doneAndClose() throws {
    let store = try Self.store()
    let actions = try Self.open(store)
    #expect(actions.count == 3)
    let school = Self.id(actions, "Ring school")
    let visit = Self.id(actions, "Book visit")
    let done = try store.expectSuccess(["action", "done", school, "--note", "Head teacher rang"])
    #expect(done.stdout.hasPrefix("marked action \(school) done on 2026-11-23 as change "))
    let closed = try store.expectSuccess(["action", "close", visit, "--reason", "Moved away"])
    #expect(closed.stdout.hasPrefix("closed action \(visit) on 2026-11-23 as change "))
    #expect(try Self.open(store).map { $0["text"] as? String } == ["Ask GP"])
    let history = try store.expectSuccess(["history", "C1"]).stdout
    #expect(history.contains("action \(school) done: Head teacher rang  (by "))
    #expect(history.contains("action \(visit) closed as no longer needed: Moved away  (by "))
    let log = try store.expectSuccess(["log"]).stdout
    #expect(log.contains("action \(visit) closed 2026-11-23: Moved away"))
  }

  @Test("refused (1) or misused (2), one line, the store unchanged")
  func refusals() throws {
    let store = try Self.store()
    let open = try Self.open(store)
    let school = Self.id(open, "Ring school")
    let doctor = Self.id(open, "Ask GP")
    try store.expectSuccess(["action", "done", school])
    let examples: [([String], Int32, String)] = [
      (["action", "done", school], 1, "was marked done on 2026-11-23 by "),
      (["action", "close", school, "--reason", "x"], 1, "was marked done on 2026-11-23"),
      (["action", "done", "NOPE"], 1, "no action 'NOPE'"),
      (["action", "done", doctor, "--date", "24/11/2026"], 1, "in the future"),
      (["action", "close", "NOPE"], 2, "--reason"),
      (["action", "close", school, "--reason", " "], 2, "no reason given"),
      (["action", "done", school, "--date", "31/02/2026"], 2, "--date"),
    ]
    for (arguments, status, says) in examples {
      let before = snapshotOfFiles(under: store.path)
      let result = try store.run(arguments)
      let label = arguments.joined(separator: " ")
      #expect(result.status == status, "\(label): \(result.stderr)")
      #expect(result.stderrLines.count == 1, "\(label)")
      #expect(result.stderr.contains(says), "\(label): \(result.stderr)")
      #expect(snapshotOfFiles(under: store.path) == before, "\(label)")
    }
  }

  static let session = #"""
    {"date": "2026-11-23", "discussion": "Workload and wellbeing",
     "entries": [{"case": "C2", "discussion": "School attendance", "decision": "Keep the plan",
                  "actions": [{"text": "Call the school", "owner": "amara", "due": "2026-12-01"},
                              {"text": "Ask the IRO", "owner": {"manager": "pm.hughes"},
                               "due": "2026-12-04"}]}],
     "reviews": [{"action": "@SCHOOL@", "outcome": "done", "note": "Rang on Monday"},
                 {"action": "@VISIT@", "outcome": "carried-forward"},
                 {"action": "@GP@", "outcome": "closed", "reason": "GP wrote instead"}]}
    """#

  @Test("supervise --json records entries with worker and manager actions, and the reviews")
  func superviseReviews() throws {
    let store = try Self.store()
    let actions = try Self.open(store)
    let visit = Self.id(actions, "Book visit")
    // Placeholders no id can contain: ids are letters and digits, and may hold "GP".
    let json = Self.session.replacing("@SCHOOL@", with: Self.id(actions, "Ring school"))
      .replacing("@VISIT@", with: visit).replacing("@GP@", with: Self.id(actions, "Ask GP"))
    let file = try store.file("session.json", json)
    let saved = try store.expectSuccess(["supervise", "--worker", "amara", "--json", file])
    #expect(saved.stdout.contains("reviewed 3 actions: 1 done, 1 carried forward, 1 closed\n"))
    let open = try Self.open(store)
    #expect(open.map { $0["text"] as? String } == ["Book visit", "Call the school", "Ask the IRO"])
    #expect(open.map { $0["ownerKind"] as? String } == ["worker", "worker", "manager"])
    #expect((open.first?["carriedForward"] as? [String])?.count == 1)
    let text = try store.expectSuccess(["actions"]).stdout
    #expect(text.contains("pm.hughes (manager): Ask the IRO"))
    #expect(text.contains(", carried forward in S"))
    let history = try store.expectSuccess(["history", "C1"]).stdout
    #expect(history.contains("action \(visit) carried forward in supervision S"))

    // Reviewing again an action no longer open is refused, and nothing is saved.
    let before = snapshotOfFiles(under: store.path)
    let again = try store.run(["supervise", "--worker", "amara", "--json", file])
    #expect(again.status == 1)
    #expect(again.stderr.contains("was marked done on 2026-11-23"))
    #expect(snapshotOfFiles(under: store.path) == before)
    let bad = try store.file("bad.json", #"{"reviews":[{"action":"A1","outcome":"maybe"}]}"#)
    let refused = try store.run(["supervise", "--worker", "amara", "--json", bad])
    #expect(refused.status == 1)
    #expect(refused.stderrLines.count == 1)
    #expect(refused.stderr.contains("not an outcome (done, carried-forward or closed)"))
  }
}
