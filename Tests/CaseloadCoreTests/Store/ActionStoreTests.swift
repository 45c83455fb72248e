import CaseloadCore
import Foundation
import Testing

@Suite("Actions in the store: owners, reviews, closures and withdrawals kept and validated")
struct ActionStoreTests {
  static let today = StoreFixture.day("2026-11-23")

  static func json(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  @Test("a worker's action keeps its JSON; a manager's owner is {\"manager\":USER}; both read back")
  func ownerJSON() throws {
    let worker = Action(id: "A1", text: "Book visit", owner: "W1", due: Self.today)
    let manager = Action(id: "A2", text: "Ring IRO", owner: .manager("amara"), due: Self.today)
    #expect(
      try Self.json(worker) == #"{"due":"2026-11-23","id":"A1","owner":"W1","text":"Book visit"}"#)
    #expect(
      try Self.json(manager)
        == #"{"due":"2026-11-23","id":"A2","owner":{"manager":"amara"},"text":"Ring IRO"}"#)
    for action in [worker, manager] {
      #expect(
        try JSONDecoder().decode(Action.self, from: Data(try Self.json(action).utf8)) == action)
    }
  }

  @Test("sessions and addenda without reviews or withdrawals are written exactly as before")
  func unchangedJSON() throws {
    let session = try #require(StoreFixture.caseload.sessions.first)
    let text = try Self.json(session)
    #expect(!text.contains("reviews"))
    #expect(!text.contains("recordedOn"))
    #expect(try JSONDecoder().decode(SupervisionSession.self, from: Data(text.utf8)) == session)
    let addendum = try #require(StoreFixture.caseload.addenda.first)
    #expect(!(try Self.json(addendum)).contains("withdrawal"))
  }

  /// The fixture store with a manager's action A2 on C2 (note N2), then session S2 marking A1
  /// done and closing A2, and the note N1 withdrawn; compacted when `compact`.
  static func reviewedStore(_ temp: TemporaryDirectory, compact: Bool) throws -> (
    String, Caseload
  ) {
    let path = try temp.makeStore()
    let store = try FileStore.open(at: path, user: "amara", clock: StoreFixture.clock)
    let by = StoreFixture.by
    try store.commit(
      .recordNote(
        OversightNote(
          id: "N2",
          note: CaseDiscussion(
            case: "C2", discussion: "Plan.", decision: "",
            actions: [Action(id: "A2", text: "Ring IRO", owner: .manager("amara"), due: today)]),
          authorship: by)))
    try store.commit(
      .recordSession(
        SupervisionSession(
          id: "S2", worker: "W1", date: today, attendees: ["amara"], discussion: "Review.",
          entries: [], authorship: by, recordedOn: today,
          reviews: [
            ActionReview(action: "A1", outcome: .done(note: "Visit booked")),
            ActionReview(action: "A2", outcome: .closed(reason: "Not needed")),
          ])))
    let undo = try store.caseload.undo(
      of: JournalEntry(sequence: 0, at: by.recorded, by: "amara", change: StoreFixture.note("N1")),
      today: today, now: by.recorded, user: "amara", newID: { "D2" })
    try store.commit(undo)
    if compact { try store.compact() }
    return (path, store.caseload)
  }

  @Test(
    "reviews, the done and closed records they made, and withdrawals read back once",
    arguments: [false, true])
  func readBack(compacted: Bool) throws {
    let temp = try TemporaryDirectory()
    let (path, state) = try Self.reviewedStore(temp, compact: compacted)
    #expect(state.actionsDone["A1"]?.session == "S2")
    #expect(state.actionsClosed["A2"]?.reason == "Not needed")
    #expect(state.isWithdrawn("N1"))
    let reopened = try FileStore.open(at: path, user: "amara", clock: StoreFixture.clock)
    #expect(reopened.caseload == state)
    #expect(reopened.caseload.actionsDone.count == 1)
    #expect(reopened.caseload.actionsClosed.count == 1)
    #expect(reopened.caseload.withdrawal(of: "N1")?.addendum == "D2")
    #expect(FileStore.check(at: path).isEmpty)
    guard compacted else { return }
    let text = Disk.text(path + "/caseload.json")
    #expect(text.contains(#""reviews":[{"action":"A1","note":"Visit booked","outcome":"done"},"#))
    #expect(text.contains(#""owner":{"manager":"amara"}"#))
    #expect(text.contains(#""withdrawal":true"#))
    // Written once, in actionsDone, however many times the store is opened and compacted.
    try reopened.compact()
    let again = Disk.text(path + "/caseload.json")
    #expect(again.components(separatedBy: #"{"action":"A1","authorship""#).count == 2)
    #expect(
      text.contains(
        #"{"action":"A2","authorship":{"author":"amara","recorded":"2026-11-23T14:05:00Z"},"closed":"2026-11-23","reason":"Not needed","recordedOn":"2026-11-23","session":"S2"}"#
      ))
  }

  static let hostile: [(String, String, String, String)] = [
    (
      #""id":"S2""#, #""action":"A1","note""#, #""action":"A9","note""#,
      "caseload.json: sessions[1] (S2): reviews[0] is of action 'A9', which does not exist"
    ),
    (
      #""id":"S2""#, #""action":"A2","outcome":"closed","reason":"Not needed""#,
      #""action":"A2","outcome":"closed","reason":" ""#,
      "caseload.json: sessions[1] (S2): reviews[1] closes an action without a reason"
    ),
    (
      #""reason":"Not needed","recordedOn""#, #""reason":"Not needed""#, #""reason":"""#,
      "caseload.json: actionsClosed[0] (A2): is closed without a reason"
    ),
    (
      #""closed":"2026-11-23""#, #""action":"A2""#, #""action":"A1""#,
      "caseload.json: actionsClosed[0] (A1): action 'A1' is both done and closed"
    ),
    (
      #""done":"2026-11-23""#, #""session":"S2""#, #""session":"N1""#,
      "caseload.json: actionsDone[0] (A1): names session 'N1', which does not exist"
    ),
    (
      #""id":"N2""#, #"{"manager":"amara"}"#, #"{"manager":"a b"}"#,
      "caseload.json: notes[1] (N2): actions[0] is owned by manager 'a b', which is not a user name"
    ),
  ]

  @Test(arguments: hostile)
  func hostileRecordsAreRefusedInOneLine(_ example: (String, String, String, String)) throws {
    let temp = try TemporaryDirectory()
    let (path, _) = try Self.reviewedStore(temp, compact: true)
    try FileManager.default.removeItem(atPath: path + "/lock")
    let text = Disk.text(path + "/caseload.json")
    var changed = 0
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      guard line.contains(example.0), line.contains(example.1) else { return String(line) }
      changed += 1
      return String(line.replacing(example.1, with: example.2))
    }
    #expect(changed == 1, "the edit should touch one record")
    try Disk.write(lines.joined(separator: "\n"), to: path + "/caseload.json")
    expectRefused(path, example.3)
  }
}
