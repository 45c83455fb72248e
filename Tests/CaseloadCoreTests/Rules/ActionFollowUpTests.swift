import CaseloadCore
import Testing

@Suite("Actions followed up (SPEC 1.6)")
struct ActionFollowUpTests {
  static let today = day("2026-11-23")
  static let now = Fixture.noon("2026-11-23")
  static let tm = Authorship(author: "tm", recorded: now)

  static func action(_ id: RecordID, owner: ActionOwner = .worker("W1")) -> Action {
    Action(id: id, text: "task \(id)", owner: owner, due: day("2026-11-20"))
  }

  static func session(
    _ id: RecordID, on date: String, actions: [Action] = [], reviews: [ActionReview] = [],
    recordedOn: Day = today
  ) -> Change {
    .recordSession(
      SupervisionSession(
        id: id, worker: "W1", date: day(date), attendees: ["tm"], discussion: "workload",
        entries: [CaseDiscussion(case: "C1", discussion: "", decision: "", actions: actions)],
        authorship: tm, recordedOn: recordedOn, reviews: reviews))
  }

  /// W1 holds C1; session S1 on 2 Nov set A1 to A3 for W1 and A4 for the manager, tm.
  static func fixture() throws -> Fixture {
    var f = Fixture()
    f.worker("W1", "Amy")
    f.worker("W2", "Ben")
    f.child("C1", .childInNeed, worker: "W1")
    f.child("C2", .childInNeed, worker: "W2")
    try f.apply(
      session(
        "S1", on: "2026-11-02",
        actions: [action("A1"), action("A2"), action("A3"), action("A4", owner: .manager("tm"))]))
    return f
  }

  @Test("an action the manager owns is listed as theirs, and still with the worker's case")
  func managerOwned() throws {
    let f = try Self.fixture()
    #expect(f.caseload.openActions(ownedByManager: "tm").map(\.id) == ["A4"])
    #expect(f.caseload.openActions(ownedByManager: "someone").isEmpty)
    #expect(f.caseload.openActions(for: "W1").map(\.id) == ["A1", "A2", "A3", "A4"])
    #expect(f.caseload.openActions(for: "W2").isEmpty)
    #expect(f.caseload.openActions(in: Fixture.team).count == 4)
    let item = try #require(f.caseload.actionItem("A4"))
    #expect(item.action.owner.worker == nil)
    #expect(item.action.owner.name(in: f.caseload) == "tm (manager)")
    #expect(f.caseload.actionItem("A1")?.action.owner.name(in: f.caseload) == "Amy")
  }

  @Test("a session's reviews mark actions done, carry them forward or close them")
  func reviews() throws {
    var f = try Self.fixture()
    try f.apply(
      Self.session(
        "S2", on: "2026-11-16",
        reviews: [
          ActionReview(action: "A1", outcome: .done(note: "school visited")),
          ActionReview(action: "A2", outcome: .carriedForward),
          ActionReview(action: "A3", outcome: .closed(reason: "family moved away")),
        ]))
    try f.apply(
      Self.session(
        "S3", on: "2026-11-23", reviews: [ActionReview(action: "A2", outcome: .carriedForward)]))
    guard case .done(let done) = f.caseload.state(of: "A1") else {
      Issue.record("A1 should be done")
      return
    }
    #expect(done.done == day("2026-11-16"))
    #expect(done.note == "school visited")
    #expect(done.session == "S2")
    #expect(done.authorship.author == "tm")
    guard case .closed(let closure) = f.caseload.state(of: "A3") else {
      Issue.record("A3 should be closed")
      return
    }
    #expect(closure.reason == "family moved away")
    #expect(closure.session == "S2")
    let carried = try #require(f.caseload.actionItem("A2"))
    #expect(carried.isOpen)
    #expect(carried.carriedForward.map(\.session) == ["S2", "S3"])
    #expect(carried.carriedForward.map(\.date) == [day("2026-11-16"), day("2026-11-23")])
    #expect(f.caseload.openActions(for: "W1").map(\.id) == ["A2", "A4"])
    #expect(f.caseload.sessions.last?.reviews.count == 1)
  }

  @Test("an action is marked done with a note, or closed with a reason, as a change of its own")
  func doneAndClosed() throws {
    var f = try Self.fixture()
    try f.apply(
      .completeAction(
        ActionDone(
          action: "A1", done: Self.today, authorship: Self.tm, note: "rang school",
          recordedOn: Self.today)))
    try f.apply(
      .closeAction(
        ActionClosure(
          action: "A2", closed: Self.today, reason: "no longer needed", authorship: Self.tm,
          recordedOn: Self.today)))
    #expect(f.caseload.actionItem("A1")?.stateText == "done 2026-11-23")
    #expect(f.caseload.actionItem("A2")?.stateText == "closed 2026-11-23: no longer needed")
    #expect(!f.caseload.isOpen("A2"))
    #expect(f.caseload.isOpen("A3"))
  }

  struct Example: Sendable, CustomTestStringConvertible {
    var name: String
    var change: Change
    var error: CaseloadError
    var testDescription: String { name }
  }

  static func done(_ id: RecordID, on date: String = "2026-11-23", note: String? = nil) -> Change {
    .completeAction(
      ActionDone(action: id, done: day(date), authorship: tm, note: note, recordedOn: today))
  }

  static func close(_ id: RecordID, reason: String) -> Change {
    .closeAction(
      ActionClosure(
        action: id, closed: today, reason: reason, authorship: tm, recordedOn: today))
  }

  static let examples: [Example] = [
    Example(
      name: "a session in the future",
      change: session("S9", on: "2026-11-24"),
      error: .refused("the supervision date 2026-11-24 is in the future (today is 2026-11-23)")),
    Example(
      name: "a review of an action already done",
      change: session(
        "S9", on: "2026-11-23", reviews: [.init(action: "A1", outcome: .carriedForward)]),
      error: .conflict("action A1 was marked done on 2026-11-20 by amy")),
    Example(
      name: "a review of an action already closed",
      change: session(
        "S9", on: "2026-11-23", reviews: [.init(action: "A3", outcome: .done(note: nil))]),
      error: .conflict("action A3 was closed on 2026-11-21 by amy")),
    Example(
      name: "a review of no action",
      change: session(
        "S9", on: "2026-11-23", reviews: [.init(action: "A9", outcome: .carriedForward)]),
      error: .notFound("no action 'A9'")),
    Example(
      name: "a review of an action set in the same session",
      change: session(
        "S9", on: "2026-11-23", actions: [action("A8")],
        reviews: [.init(action: "A8", outcome: .carriedForward)]),
      error: .notFound("no action 'A8'")),
    Example(
      name: "the same action reviewed twice",
      change: session(
        "S9", on: "2026-11-23",
        reviews: [
          .init(action: "A2", outcome: .carriedForward),
          .init(action: "A2", outcome: .done(note: nil)),
        ]),
      error: .refused("action A2 is reviewed twice in one session")),
    Example(
      name: "a review closing an action without a reason",
      change: session(
        "S9", on: "2026-11-23", reviews: [.init(action: "A2", outcome: .closed(reason: " "))]),
      error: .refused("closing action A2 as no longer needed needs a reason")),
    Example(
      name: "a closure without a reason", change: close("A2", reason: ""),
      error: .refused("closing action A2 as no longer needed needs a reason")),
    Example(
      name: "a closure of an action done", change: close("A1", reason: "moved"),
      error: .conflict("action A1 was marked done on 2026-11-20 by amy")),
    Example(
      name: "marking a closed action done", change: done("A3"),
      error: .conflict("action A3 was closed on 2026-11-21 by amy")),
    Example(
      name: "marking an action done in the future", change: done("A2", on: "2026-11-24"),
      error: .refused("the done date 2026-11-24 is in the future (today is 2026-11-23)")),
    Example(
      name: "an empty note on an action done", change: done("A2", note: "  "),
      error: .refused("the note on an action done is empty; leave it out or write one")),
    Example(
      name: "marking no action done", change: done("A9"), error: .notFound("no action 'A9'")),
    Example(
      name: "an action owned by a manager name that is no user name",
      change: session(
        "S9", on: "2026-11-23", actions: [action("A8", owner: .manager("pm hughes"))]),
      error: .refused(
        "manager user name 'pm hughes' has a space in it; use letters, digits and . - _ @ only")),
    Example(
      name: "reopening an action that is open",
      change: .reopenActions(
        ActionReopening(
          actions: ["A2"], addendum: Addendum(id: "D9", target: "A2", text: "x", authorship: tm))),
      error: .conflict("action A2 is open already")),
  ]

  @Test("refused, with a reason", arguments: examples)
  func refusals(_ example: Example) throws {
    var f = try Self.fixture()
    let amy = Authorship(author: "amy", recorded: Self.now)
    try f.apply(.completeAction(ActionDone(action: "A1", done: day("2026-11-20"), authorship: amy)))
    try f.apply(
      .closeAction(
        ActionClosure(action: "A3", closed: day("2026-11-21"), reason: "moved", authorship: amy)))
    #expect(throws: example.error) { try f.caseload.check(example.change) }
  }
}

extension Fixture {
  /// Applies a change as a journal entry, checked as a commit is.
  mutating func apply(_ change: Change) throws {
    try caseload.apply(
      JournalEntry(sequence: 1, at: Fixture.noon("2026-11-23"), by: "tm", change: change))
  }
}
