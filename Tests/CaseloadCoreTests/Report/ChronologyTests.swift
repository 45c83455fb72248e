import CaseloadCore
import Testing

@Suite("A child's chronology (SPEC 1.7)")
struct ChronologyTests {
  static func at(_ date: String, hour: Int = 12) -> Authorship {
    Authorship(author: "tm", recorded: Timestamp(seconds: day(date).ordinal * 86_400 + hour * 3600))
  }

  /// C1 referred on 2 Nov to Amy; a visit; a note setting A1; a session carrying A1 forward;
  /// A1 done; an addendum; the note withdrawn; C1 moved to Ben.
  static func history() throws -> Caseload {
    var f = Fixture()
    f.worker("W1", "Amy")
    f.worker("W2", "Ben")
    var caseload = f.caseload
    func apply(_ change: Change, _ by: Authorship) throws {
      try caseload.apply(JournalEntry(sequence: 1, at: by.recorded, by: by.author, change: change))
    }
    try apply(
      .addCase(
        NewCase(
          case: Case(
            id: "C1", childName: "Ava", birthDate: day("2015-02-01"), category: .childInNeed,
            opened: day("2026-11-02"), worker: "W1", team: Fixture.team),
          reason: "Referral from school", recordedOn: day("2026-11-02"))), at("2026-11-02", hour: 9)
    )
    try apply(
      .recordVisit(Visit(case: "C1", on: day("2026-11-04"), recordedOn: day("2026-11-04"))),
      at("2026-11-04"))
    let action = Action(id: "A1", text: "Ring school", owner: "W1", due: day("2026-11-13"))
    try apply(
      .recordNote(
        OversightNote(
          id: "N1",
          note: CaseDiscussion(
            case: "C1", discussion: "Seen at school.", decision: "Continue.", actions: [action]),
          authorship: at("2026-11-06"))), at("2026-11-06"))
    try apply(
      .recordSession(
        SupervisionSession(
          id: "S1", worker: "W1", date: day("2026-11-09"), attendees: ["tm"], discussion: "",
          entries: [CaseDiscussion(case: "C1", discussion: "Plan on track.", decision: "")],
          authorship: at("2026-11-09"), recordedOn: day("2026-11-09"),
          reviews: [ActionReview(action: "A1", outcome: .carriedForward)])), at("2026-11-09"))
    try apply(
      .completeAction(
        ActionDone(
          action: "A1", done: day("2026-11-10"), authorship: at("2026-11-10"), note: "Done")),
      at("2026-11-10"))
    try apply(
      .addAddendum(
        Addendum(id: "D1", target: "N1", text: "School is St Mary's.", authorship: at("2026-11-11"))
      ),
      at("2026-11-11"))
    try apply(
      .addAddendum(
        Addendum(
          id: "D2", target: "N1", text: "this oversight note was withdrawn by undo of change 3",
          authorship: at("2026-11-12"), isWithdrawal: true)), at("2026-11-12"))
    try apply(
      .reassign(
        Reassignment(
          moves: [.init(case: "C1", from: "W1", to: "W2")], reason: "Amy leaving",
          date: day("2026-11-16"))), at("2026-11-16"))
    return caseload
  }

  @Test("every kind of record, oldest first, each with who; the withdrawn note marked so")
  func entries() throws {
    let caseload = try Self.history()
    let chronology = try Chronology(of: "C1", in: caseload)
    let lines = chronology.entries.map { "\($0.date) \($0.kind.rawValue) \($0.by): \($0.summary)" }
    #expect(
      lines == [
        "2026-11-02 added tm: referral added: Referral from school",
        "2026-11-02 allocation tm: allocated to Amy: Referral from school",
        "2026-11-04 visit tm: visit",
        "2026-11-06 note tm: oversight note N1",
        "2026-11-06 action-set tm: action A1 set: Ring school (Amy, due 2026-11-13)",
        "2026-11-09 session tm: supervision S1 with Amy on 2026-11-09",
        "2026-11-09 action-carried-forward tm: action A1 carried forward in supervision S1",
        "2026-11-10 action-done tm: action A1 done: Done",
        "2026-11-11 addendum tm: addendum D1 to N1: School is St Mary's.",
        "2026-11-12 withdrawal tm: N1 withdrawn by tm on 2026-11-12: this oversight note was withdrawn by undo of change 3",
        "2026-11-16 allocation tm: allocated to Ben: Amy leaving",
      ])
    let note = try #require(chronology.entries.first { $0.kind == .note })
    #expect(note.details == ["Discussion: Seen at school.", "Decision: Continue."])
    #expect(note.withdrawn?.summary == "withdrawn by tm on 2026-11-12")
    #expect(chronology.entries.first { $0.kind == .addendum }?.withdrawn == nil)
  }

  @Test("text, CSV and JSON say the same; the text keeps the child's details at the top")
  func rendered() throws {
    let caseload = try Self.history()
    let chronology = try Chronology(of: "C1", in: caseload)
    let text = try chronology.rendered(as: .text, in: caseload)
    #expect(text.hasPrefix("C1 Ava, born 2015-02-01, CIN\nopened 2026-11-02; worker: Ben\n"))
    #expect(
      text.contains(
        "2026-11-06  oversight note N1 [WITHDRAWN: withdrawn by tm on 2026-11-12]  (by tm, 2026-11-06T12:00:00Z)\n              Discussion: Seen at school.\n"
      ))
    #expect(text.contains("2026-11-16  allocated to Ben: Amy leaving  (by tm)\n"))
    let csv = try chronology.rendered(as: .csv, in: caseload).split(separator: "\n")
    #expect(csv.count == chronology.entries.count + 1)
    #expect(
      csv.first == "case,date,recorded,kind,by,summary,details,record,withdrawn_by,withdrawn_on")
    let json = try chronology.rendered(as: .json, in: caseload)
    #expect(json.contains(#""kind" : "withdrawal""#))
    #expect(throws: CaseloadError.notFound("no case 'C9'")) {
      try Chronology(of: "C9", in: caseload)
    }
  }
}
