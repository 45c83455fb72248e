import CaseloadCore
import Testing

@Suite("Undo (SPEC 1.4)")
struct UndoTests {
  static let now = Fixture.noon("2026-11-23")

  /// Amy held C1 and C2; change 7 moved both to Ben.
  static func moved() throws -> (Fixture, JournalEntry) {
    var f = Fixture(today: "2026-11-23")
    f.worker("W1", "Amy")
    f.worker("W2", "Ben")
    f.worker("W3", "Cal")
    f.child("C1", .childInNeed, worker: "W1")
    f.child("C2", .childInCare, worker: "W1")
    let preview = try f.caseload.previewReassignment(of: ["C1", "C2"], to: "W2", today: f.today)
    let entry = JournalEntry(
      sequence: 7, at: now, by: "tm",
      change: .reassign(preview.reassignment(reason: "balance", today: f.today)))
    try f.caseload.apply(entry)
    return (f, entry)
  }

  @Test("undoing a reassignment moves the cases back, as a recorded change of its own")
  func undoReassign() throws {
    var (f, entry) = try Self.moved()
    let change = try f.caseload.undo(
      of: entry, today: f.today, now: Self.now, user: "tm2", newID: { "unused" })
    let expected = Reassignment(
      moves: [
        .init(case: "C1", from: "W2", to: "W1", undoesMoveOn: f.today),
        .init(case: "C2", from: "W2", to: "W1", undoesMoveOn: f.today),
      ],
      reason: "undo of change 7: balance", date: f.today)
    #expect(change == .undo(of: 7, inverse: .reassign(expected)))
    try f.caseload.apply(JournalEntry(sequence: 8, at: Self.now, by: "tm2", change: change))
    #expect(f.caseload.cases(of: "W1").map(\.id) == ["C1", "C2"])
    #expect(f.caseload.cases(of: "W2").isEmpty)
  }

  @Test("undoing a reassignment after someone else moved one of the cases is a conflict")
  func undoAfterMove() throws {
    var (f, entry) = try Self.moved()
    f.move("C2", to: "W3", on: "2026-11-23")
    #expect(
      throws: CaseloadError.conflict(
        "case C2 has moved since and is now held by Cal; undo is not possible")
    ) {
      try f.caseload.undo(of: entry, today: f.today, now: Self.now, user: "tm", newID: { "R9" })
    }
  }

  @Test("undoing an oversight note withdraws it: it stays on record, shown withdrawn by who, when")
  func undoNote() throws {
    var f = Fixture()
    f.worker("W1")
    f.child("C1", .childInNeed, worker: "W1")
    let note = f.note(on: "C1", "2026-11-23")
    let entry = JournalEntry(sequence: 3, at: Self.now, by: "tm", change: .recordNote(note))
    let change = try f.caseload.undo(
      of: entry, today: f.today, now: Self.now, user: "tm", newID: { "R9" })
    let addendum = Addendum(
      id: "R9", target: note.id, text: "this oversight note was withdrawn by undo of change 3",
      authorship: Authorship(author: "tm", recorded: Self.now), isWithdrawal: true)
    #expect(change == .undo(of: 3, inverse: .addAddendum(addendum)))
    #expect(f.caseload.withdrawal(of: note.id) == nil)
    try f.caseload.apply(JournalEntry(sequence: 4, at: Self.now, by: "tm", change: change))
    #expect(f.caseload.notes(on: "C1") == [note])
    #expect(f.caseload.addenda(to: note.id).map(\.text) == [addendum.text])
    let withdrawn = try #require(f.caseload.withdrawal(of: note.id))
    #expect(withdrawn.summary == "withdrawn by tm on 2026-11-23")
    #expect(withdrawn.addendum == "R9")
  }

  @Test("undoing a session or an addendum withdraws it; the addendum is listed as withdrawn")
  func undoOtherRecords() throws {
    var f = Fixture()
    f.worker("W1")
    f.child("C1", .childInNeed, worker: "W1")
    let by = Authorship(author: "tm", recorded: Self.now)
    let session = SupervisionSession(
      id: "S1", worker: "W1", date: f.today, attendees: ["tm"], discussion: "workload",
      entries: [CaseDiscussion(case: "C1", discussion: "", decision: "")], authorship: by)
    let addendum = Addendum(id: "D1", target: "S1", text: "late entry", authorship: by)
    let recorded: [(Change, RecordID, String)] = [
      (.recordSession(session), "S1", "this supervision session was"),
      (.addAddendum(addendum), "D1", "this addendum was"),
    ]
    for (sequence, (change, target, what)) in recorded.enumerated() {
      let entry = JournalEntry(sequence: sequence + 1, at: Self.now, by: "tm", change: change)
      try f.caseload.apply(entry)
      let undo = try f.caseload.undo(
        of: entry, today: f.today, now: Self.now, user: "tm", newID: { "U\(sequence)" })
      let expected = Addendum(
        id: "U\(sequence)", target: target,
        text: "\(what) withdrawn by undo of change \(sequence + 1)", authorship: by,
        isWithdrawal: true)
      #expect(undo == .undo(of: sequence + 1, inverse: .addAddendum(expected)))
      try f.caseload.apply(
        JournalEntry(sequence: 10 + sequence, at: Self.now, by: "tm", change: undo))
    }
    #expect(f.caseload.withdrawn(addendum: "D1")?.by == "tm")
    #expect(f.caseload.withdrawn(addendum: "D1")?.on == f.today)
    #expect(f.caseload.isWithdrawn("S1"))
    #expect(f.caseload.addenda.filter(\.isWithdrawal).map(\.target) == ["S1", "D1"])
  }

  @Test("a recorded visit cannot be undone, and neither can an undo")
  func refusals() throws {
    var (f, entry) = try Self.moved()
    let visit = JournalEntry(
      sequence: 9, at: Self.now, by: "tm", change: .recordVisit(case: "C1", on: f.today))
    #expect(
      throws: CaseloadError.refused("a recorded visit cannot be undone; add a correction instead")
    ) {
      try f.caseload.undo(of: visit, today: f.today, now: Self.now, user: "tm", newID: { "R9" })
    }
    let undo = try f.caseload.undo(
      of: entry, today: f.today, now: Self.now, user: "tm", newID: { "R9" })
    let undone = JournalEntry(sequence: 8, at: Self.now, by: "tm", change: undo)
    try f.caseload.apply(undone)
    #expect(throws: CaseloadError.refused("an undo cannot itself be undone")) {
      try f.caseload.undo(of: undone, today: f.today, now: Self.now, user: "tm", newID: { "R9" })
    }
  }
}
