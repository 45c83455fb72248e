import CaseloadCore
import Testing

@Suite("Caseload.check refuses record changes that cannot be right (SPEC 1.5)")
struct RecordChecksTests {
  static let today = day("2026-11-23")

  /// W1 holds C1 (CIN); W2 left on 20 Nov; W3 is an ASYE in T2; C2 closed; C3 waits in T1.
  static var fixture: Fixture {
    var f = Fixture()
    f.worker("W1")
    f.worker("W2", leaving: "2026-11-20")
    f.worker("W3", role: .asye, team: Fixture.otherTeam)
    f.child("C1", .childInNeed, worker: "W1")
    f.child("C2", .childProtection, worker: "W1", closed: "2026-10-01")
    f.child("C3", .assessment, worker: nil)
    return f
  }

  struct Example: Sendable, CustomTestStringConvertible {
    var name: String
    var change: Change
    var error: CaseloadError
    var testDescription: String { name }
  }

  static func worker(_ build: (inout WorkerUpdate) -> Void) -> Change {
    var update = WorkerUpdate(worker: "W1", recordedOn: today)
    build(&update)
    return .updateWorker(update)
  }

  static func newCase(_ id: Case.ID = "C9", worker: Worker.ID? = nil, team: Team.ID? = "T1")
    -> Change
  {
    .addCase(
      NewCase(
        case: Case(
          id: id, childName: "Kai", birthDate: day("2019-03-03"), category: .childInNeed,
          opened: today, worker: worker, team: team), reason: "referral", recordedOn: today))
  }

  static let examples: [Example] = [
    Example(
      name: "a visit in the future",
      change: .recordVisit(Visit(case: "C1", on: day("2026-11-24"), recordedOn: today)),
      error: .refused("the visit date 2026-11-24 is in the future (today is 2026-11-23)")),
    Example(
      name: "a visit to a closed case",
      change: .recordVisit(Visit(case: "C2", on: today, recordedOn: today)),
      error: .refused("case C2 was closed on 2026-10-01; no visit can be added")),
    Example(
      name: "a closure in the future",
      change: .closeCase(
        Closure(case: "C1", on: day("2026-11-30"), reason: "NFA", recordedOn: today)),
      error: .refused("the closure date 2026-11-30 is in the future (today is 2026-11-23)")),
    Example(
      name: "a closure before the case opened",
      change: .closeCase(
        Closure(case: "C1", on: day("2026-01-01"), reason: "NFA", recordedOn: today)),
      error: .refused("the closure date 2026-01-01 is before case C1 opened on 2026-06-01")),
    Example(
      name: "closing a closed case",
      change: .closeCase(Closure(case: "C2", on: today, reason: "NFA", recordedOn: today)),
      error: .refused("case C2 was closed on 2026-10-01; it cannot be closed again")),
    Example(
      name: "a supervision session in the future",
      change: .recordSession(
        SupervisionSession(
          id: "S9", worker: "W1", date: day("2026-11-30"), attendees: [], discussion: "x",
          entries: [], authorship: Authorship(author: "tm", recorded: Fixture.noon("2026-11-23")),
          recordedOn: today)),
      error: .refused("the supervision date 2026-11-30 is in the future (today is 2026-11-23)")),
    Example(
      name: "a leaving date before the start",
      change: worker { $0.leaving = Edit(from: nil, to: day("2019-12-31")) },
      error: .refused("the leaving date 2019-12-31 is before W1's start date 2020-01-06")),
    Example(
      name: "an absence that ends before it starts",
      change: .recordAbsence(
        AbsenceRecord(
          worker: "W1",
          absence: Worker.Absence(from: day("2026-11-05"), to: day("2026-11-01"), reason: "leave"),
          recordedOn: today)),
      error: .refused("the absence ends on 2026-11-01, before it starts on 2026-11-05")),
    Example(
      name: "reassigning a closed case",
      change: .reassign(
        Reassignment(moves: [.init(case: "C2", from: "W1", to: "W3")], reason: "x", date: today)),
      error: .refused("case C2 was closed on 2026-10-01 and cannot be reassigned")),
    Example(
      name: "reassigning to a worker who has left",
      change: .reassign(
        Reassignment(moves: [.init(case: "C1", from: "W1", to: "W2")], reason: "x", date: today)),
      error: .refused("W2 (W2) left on 2026-11-20 and cannot be given cases")),
    Example(
      name: "a new case for a worker who has left", change: newCase(worker: "W2"),
      error: .refused("W2 (W2) left on 2026-11-20 and cannot be given cases")),
    Example(
      name: "a new unallocated case with no team", change: newCase(team: nil),
      error: .refused("an unallocated case needs a team whose queue it waits in")),
    Example(
      name: "a new case with an id in use", change: newCase("C1"),
      error: .conflict("case id 'C1' is already used (Child C1); check the child's id")),
    Example(
      name: "a category change over someone else's",
      change: .changeCategory(
        CategoryChange(
          case: "C1", category: Edit(from: .childProtection, to: .childInCare), reason: "x",
          recordedOn: today)),
      error: .conflict(
        "case C1's category was changed by someone else (now CIN); look again and retry")),
    Example(
      name: "a category change to the same",
      change: .changeCategory(
        CategoryChange(
          case: "C1", category: Edit(from: .childInNeed, to: .childInNeed), reason: "x",
          recordedOn: today)),
      error: .refused("case C1 is already CIN")),
    Example(
      name: "a category change with no reason",
      change: .changeCategory(
        CategoryChange(
          case: "C1", category: Edit(from: .childInNeed, to: .childProtection), reason: "  ",
          recordedOn: today)),
      error: .refused("no reason given")),
    Example(
      name: "an FTE change over someone else's",
      change: worker { $0.fte = Edit(from: 0.5, to: 0.8) },
      error: .conflict("W1's FTE was changed by someone else (now 1.0); look again and retry")),
    Example(
      name: "an FTE out of range", change: worker { $0.fte = Edit(from: 1, to: 1.5) },
      error: .refused("FTE 1.5 is not between 0.1 and 1.0")),
    Example(
      name: "a worker update that changes nothing", change: worker { _ in },
      error: .refused("nothing to change for W1")),
    Example(
      name: "a transfer to a worker in another team",
      change: .transferCase(
        Transfer(
          case: "C1", team: Edit(from: "T1", to: "T2"), worker: Edit(from: "W1", to: "W2"),
          reason: "x", recordedOn: today)),
      error: .refused("W2 is in team T1, not T2")),
    Example(
      name: "a transfer to the team it is in",
      change: .transferCase(
        Transfer(
          case: "C1", team: Edit(from: "T1", to: "T1"), worker: Edit(from: "W1", to: nil),
          reason: "x", recordedOn: today)),
      error: .refused("case C1 is already in team T1")),
    Example(
      name: "a transfer of a case moved meanwhile",
      change: .transferCase(
        Transfer(
          case: "C3", team: Edit(from: "T1", to: "T2"), worker: Edit(from: "W1", to: nil),
          reason: "x", recordedOn: today)),
      error: .conflict(
        "case C3 was moved by someone else and is now with nobody (unallocated) in T1; look again and retry"
      )),
    Example(
      name: "a team id in use",
      change: .addTeam(Team(id: "T1", name: "Again", kind: .other, managers: [])),
      error: .conflict("team id 'T1' is already used by Northfield CIN 1")),
    Example(
      name: "a team id with a space",
      change: .addTeam(Team(id: "T 9", name: "New", kind: .other, managers: [])),
      error: .refused("team id 'T 9' has a space in it; use letters, digits and . - _ @ only")),
    Example(
      name: "a worker in a team that does not exist",
      change: .addWorker(
        Worker(
          id: "W9", name: "New", team: "T9", role: .student, employment: .permanent,
          started: today)),
      error: .notFound("no team 'T9'")),
    Example(
      name: "a worker id in use",
      change: .addWorker(
        Worker(
          id: "W1", name: "New", team: "T1", role: .student, employment: .permanent,
          started: today)),
      error: .conflict("worker id 'W1' is already used by W1")),
    Example(
      name: "bank holidays replaced over someone else's",
      change: .setBankHolidays(
        HolidayChange(days: Edit(from: [day("2026-12-25")], to: []), source: "x")),
      error: .conflict(
        "the bank holidays were changed by someone else since you looked; look again and retry")),
  ]

  @Test(arguments: examples)
  func refused(_ example: Example) {
    let f = Self.fixture
    #expect(throws: example.error) { try f.caseload.check(example.change) }
  }

  @Test("a worker's leaving date on the day itself still lets them be given cases")
  func leavingToday() throws {
    var f = Fixture()
    f.worker("W1", leaving: "2026-11-23")
    f.child("C1", .childInNeed, worker: nil)
    try f.caseload.check(
      .reassign(
        Reassignment(moves: [.init(case: "C1", from: nil, to: "W1")], reason: "x", date: f.today)))
  }
}
