import CaseloadCore
import Testing

@Suite("Undo puts things back as they were")
struct UndoRestoresTests {
  static let now = Fixture.noon("2026-11-23")

  /// C1 has had Amy, Cal and Dee this year (three social workers); change 7 moves it to Ben.
  static func thirdWorker() throws -> (Fixture, JournalEntry, before: [Allocation]) {
    var f = Fixture(today: "2026-11-23")
    for (id, name) in [("W1", "Amy"), ("W2", "Ben"), ("W3", "Cal"), ("W4", "Dee")] {
      f.worker(Worker.ID(rawValue: id), name)
    }
    f.child("C1", .childInNeed, worker: "W1", opened: "2026-03-02")
    f.move("C1", to: "W3", on: "2026-06-01")
    f.move("C1", to: "W4", on: "2026-09-01")
    let before = f.caseload.history(of: "C1")
    let entry = JournalEntry(
      sequence: 7, at: now, by: "tm",
      change: .reassign(
        Reassignment(
          moves: [.init(case: "C1", from: "W4", to: "W2")], reason: "balance", date: f.today)))
    try f.caseload.apply(entry)
    return (f, entry, before)
  }

  @Test("undoing a move leaves the child's count of social workers as it was (3, not 4)")
  func countUnchanged() throws {
    var (f, entry, before) = try Self.thirdWorker()
    #expect(f.rules.socialWorkers(of: "C1").count == 4)
    let undo = try f.caseload.undo(
      of: entry, today: f.today, now: Self.now, user: "tm", newID: { "R1" })
    try f.caseload.apply(JournalEntry(sequence: 8, at: Self.now, by: "tm", change: undo))
    #expect(f.rules.socialWorkers(of: "C1") == ["W1", "W3", "W4"])
    #expect(f.caseload.history(of: "C1") == before)
    #expect(f.caseload.cases(of: "W4").map(\.id) == ["C1"])
    #expect(f.caseload.cases(of: "W2").isEmpty)
  }

  @Test("a move undone after the case went elsewhere and back is added to the history, and says so")
  func historyChangedSince() throws {
    var (f, entry, before) = try Self.thirdWorker()
    f.move("C1", to: "W3", on: "2026-11-23")
    f.move("C1", to: "W2", on: "2026-11-23")
    let undo = try f.caseload.undo(
      of: entry, today: f.today, now: Self.now, user: "tm", newID: { "R1" })
    guard case .undo(_, .reassign(let back)) = undo else {
      Issue.record("expected a reassignment back, got \(undo)")
      return
    }
    #expect(back.moves == [.init(case: "C1", from: "W2", to: "W4")])
    #expect(
      back.reason.hasSuffix(
        "(moved back as a new allocation: the case's history has changed since)"))
    try f.caseload.apply(JournalEntry(sequence: 8, at: Self.now, by: "tm", change: undo))
    #expect(f.caseload.history(of: "C1").count == before.count + 4)
    #expect(f.caseload.case("C1")?.worker == "W4")
  }

  @Test("an undo that would take back a move the history no longer ends with is a conflict")
  func staleTakeBack() throws {
    let (f, _, _) = try Self.thirdWorker()
    let stale = Change.reassign(
      Reassignment(
        moves: [.init(case: "C1", from: "W2", to: "W4", undoesMoveOn: day("2026-11-20"))],
        reason: "undo", date: f.today))
    #expect(
      throws: CaseloadError.conflict(
        "case C1's allocation history has changed since the move on 2026-11-20; undo again to move it back"
      )
    ) { try f.caseload.check(stale) }
  }

  /// W1 holds C1; A1 was set in session S1.
  static func withAction() throws -> Fixture {
    var f = Fixture()
    f.worker("W1")
    f.child("C1", .childInNeed, worker: "W1")
    let action = Action(id: "A1", text: "visit school", owner: "W1", due: day("2026-11-30"))
    try f.caseload.apply(
      JournalEntry(
        sequence: 1, at: now, by: "tm",
        change: .recordSession(
          SupervisionSession(
            id: "S1", worker: "W1", date: day("2026-11-16"), attendees: ["tm"], discussion: "",
            entries: [CaseDiscussion(case: "C1", discussion: "", decision: "", actions: [action])],
            authorship: Authorship(author: "tm", recorded: now), recordedOn: f.today))))
    return f
  }

  @Test(
    "undoing an action marked done or closed opens it again, with an addendum saying so",
    arguments: [
      (
        Change.completeAction(
          ActionDone(
            action: "A1", done: day("2026-11-23"),
            authorship: Authorship(author: "amy", recorded: now))),
        "marked done on 2026-11-23 by amy; reopened by undo of change 2"
      ),
      (
        Change.closeAction(
          ActionClosure(
            action: "A1", closed: day("2026-11-23"), reason: "school changed",
            authorship: Authorship(author: "amy", recorded: now))),
        "closed as no longer needed on 2026-11-23 by amy; reopened by undo of change 2"
      ),
    ])
  func reopens(_ change: Change, _ text: String) throws {
    var f = try Self.withAction()
    let entry = JournalEntry(sequence: 2, at: Self.now, by: "amy", change: change)
    try f.caseload.apply(entry)
    #expect(f.caseload.openActions(on: "C1").isEmpty)
    let undo = try f.caseload.undo(
      of: entry, today: f.today, now: Self.now, user: "tm", newID: { "R5" })
    try f.caseload.apply(JournalEntry(sequence: 3, at: Self.now, by: "tm", change: undo))
    #expect(f.caseload.openActions(on: "C1").map(\.id) == ["A1"])
    #expect(f.caseload.state(of: "A1") == .open)
    #expect(f.caseload.addenda(to: "A1").map(\.text) == [text])
    // Open again, it can be marked done again.
    try f.caseload.check(change)
  }

  @Test("undoing a session opens again the actions its reviews marked done or closed")
  func sessionReviewsUndone() throws {
    var f = try Self.withAction()
    let action = Action(id: "A2", text: "ring GP", owner: "W1", due: day("2026-11-30"))
    try f.caseload.apply(
      JournalEntry(
        sequence: 2, at: Self.now, by: "tm",
        change: .recordNote(
          OversightNote(
            id: "N1",
            note: CaseDiscussion(case: "C1", discussion: "", decision: "", actions: [action]),
            authorship: Authorship(author: "tm", recorded: Self.now)))))
    let session = SupervisionSession(
      id: "S2", worker: "W1", date: f.today, attendees: ["tm"], discussion: "review",
      entries: [], authorship: Authorship(author: "tm", recorded: Self.now), recordedOn: f.today,
      reviews: [
        ActionReview(action: "A1", outcome: .done(note: "seen")),
        ActionReview(action: "A2", outcome: .closed(reason: "GP rang us")),
      ])
    let entry = JournalEntry(sequence: 3, at: Self.now, by: "tm", change: .recordSession(session))
    try f.caseload.apply(entry)
    #expect(f.caseload.openActions(on: "C1").isEmpty)
    let undo = try f.caseload.undo(
      of: entry, today: f.today, now: Self.now, user: "tm", newID: { "R7" })
    guard case .undo(_, .reopenActions(let reopening)) = undo else {
      Issue.record("expected the actions reopened, got \(undo)")
      return
    }
    #expect(reopening.actions == ["A1", "A2"])
    #expect(reopening.addendum.isWithdrawal)
    try f.caseload.apply(JournalEntry(sequence: 4, at: Self.now, by: "tm", change: undo))
    #expect(f.caseload.openActions(on: "C1").map(\.id) == ["A1", "A2"])
    #expect(f.caseload.withdrawal(of: "S2")?.by == "tm")
  }
}
