import CaseloadCore
import Foundation
import Testing

@Suite("Record changes: applied with their events, and undone (SPEC 1.4, 1.5)")
struct RecordChangesTests {
  static let today = day("2026-11-23")
  static let now = Fixture.noon("2026-11-23")

  static var fixture: Fixture {
    var f = Fixture()
    f.worker("W1")
    f.worker("W3", team: Fixture.otherTeam)
    f.child("C1", .childInNeed, worker: "W1")
    return f
  }

  /// Applies `change` as change 5, then its undo as change 6; returns both states.
  static func roundTrip(_ change: Change, on start: Caseload) throws -> (
    after: Caseload, undone: Caseload
  ) {
    var after = start
    let entry = JournalEntry(sequence: 5, at: now, by: "tm", change: change)
    try after.apply(entry)
    let undo = try after.undo(of: entry, today: today, now: now, user: "tm", newID: { "D1" })
    var undone = after
    try undone.apply(JournalEntry(sequence: 6, at: now, by: "tm", change: undo))
    return (after, undone)
  }

  @Test("a referral is added to a team's queue with an event saying who and why; undo takes it out")
  func caseAdd() throws {
    let f = Self.fixture
    let child = Case(
      id: "C9", childName: "Kai", birthDate: day("2019-03-03"), category: .childProtection,
      opened: day("2026-11-20"), team: "T1")
    let (after, undone) = try Self.roundTrip(
      .addCase(NewCase(case: child, reason: "Police referral", recordedOn: Self.today)),
      on: f.caseload)
    #expect(after.unallocatedCases(in: "T1").map(\.id) == ["C9"])
    #expect(after.unallocatedSince(try #require(after.case("C9"))) == day("2026-11-20"))
    #expect(
      after.events(of: "C9") == [
        CaseEvent(
          case: "C9", kind: .added, date: day("2026-11-20"), reason: "Police referral",
          authorship: Authorship(author: "tm", recorded: Self.now))
      ])
    #expect(undone == f.caseload)
  }

  @Test("a visit moves the due date and is kept as an event, seen alone or not")
  func visit() throws {
    var f = Self.fixture
    try f.caseload.apply(
      JournalEntry(
        sequence: 5, at: Self.now, by: "tm",
        change: .recordVisit(
          Visit(case: "C1", on: day("2026-11-20"), seenAlone: true, recordedOn: Self.today))))
    #expect(f.caseload.case("C1")?.lastVisit == day("2026-11-20"))
    #expect(
      f.caseload.visitDue(try #require(f.caseload.case("C1")), today: Self.today)?.date
        == day("2026-12-18"))
    #expect(f.caseload.events(of: "C1").map(\.seenAlone) == [true])
  }

  @Test("a category change and its undo, each an event in the case's record")
  func category() throws {
    let f = Self.fixture
    let (after, undone) = try Self.roundTrip(
      .changeCategory(
        CategoryChange(
          case: "C1", category: Edit(from: .childInNeed, to: .childProtection),
          reason: "Initial child protection conference", recordedOn: Self.today)), on: f.caseload)
    #expect(after.case("C1")?.category == .childProtection)
    #expect(undone.case("C1")?.category == .childInNeed)
    #expect(
      undone.events(of: "C1").map { "\($0.kind.rawValue) \($0.category?.to.rawValue ?? "")" } == [
        "category child-protection", "category child-in-need",
      ])
  }

  @Test("a closure ends the allocation and takes the case off the caseload; undo reopens it")
  func closure() throws {
    let f = Self.fixture
    let (after, undone) = try Self.roundTrip(
      .closeCase(Closure(case: "C1", on: day("2026-11-21"), reason: "NFA", recordedOn: Self.today)),
      on: f.caseload)
    #expect(after.cases(of: "W1").isEmpty)
    #expect(after.history(of: "C1").last?.to == day("2026-11-21"))
    #expect(undone.cases(of: "W1").map(\.id) == ["C1"])
    #expect(undone.history(of: "C1").last?.to == nil)
    #expect(undone.events(of: "C1").map(\.kind) == [.closed, .reopened])
  }

  @Test("a transfer moves the case to another team's worker; undo brings it back")
  func transfer() throws {
    let f = Self.fixture
    let (after, undone) = try Self.roundTrip(
      .transferCase(
        Transfer(
          case: "C1", team: Edit(from: "T1", to: "T2"), worker: Edit(from: "W1", to: "W3"),
          reason: "Became looked after", recordedOn: Self.today)), on: f.caseload)
    #expect(after.case("C1")?.worker == "W3")
    #expect(after.team(of: try #require(after.case("C1"))) == "T2")
    #expect(undone.case("C1")?.worker == "W1")
    #expect(undone.team(of: try #require(undone.case("C1"))) == "T1")
    #expect(after.events(of: "C1").first?.team == Edit(from: "T1", to: "T2"))
  }

  @Test("teams and workers added, changed, away; each undone")
  func teamsAndWorkers() throws {
    let f = Self.fixture
    let team = Team(id: "T9", name: "Care Leavers", kind: .careLeavers, managers: ["tm"])
    #expect(try Self.roundTrip(.addTeam(team), on: f.caseload).undone == f.caseload)
    let worker = Worker(
      id: "W9", name: "Nguyễn Thị Lan", team: "T1", role: .asye, employment: .permanent,
      started: day("2026-09-01"))
    let added = try Self.roundTrip(.addWorker(worker), on: f.caseload)
    #expect(added.after.worker("W9") == worker)
    #expect(added.undone == f.caseload)
    var update = WorkerUpdate(worker: "W1", reason: "Notice given", recordedOn: Self.today)
    update.leaving = Edit(from: nil, to: day("2026-12-31"))
    update.fte = Edit(from: 1, to: 0.8)
    let changed = try Self.roundTrip(.updateWorker(update), on: f.caseload)
    #expect(changed.after.worker("W1")?.leaving == day("2026-12-31"))
    #expect(changed.after.worker("W1")?.fte == 0.8)
    #expect(changed.undone.worker("W1") == f.caseload.worker("W1"))
    let away = Worker.Absence(from: day("2026-12-01"), to: day("2026-12-05"), reason: "leave")
    let absence = try Self.roundTrip(
      .recordAbsence(AbsenceRecord(worker: "W1", absence: away, recordedOn: Self.today)),
      on: f.caseload)
    #expect(absence.after.worker("W1")?.absences == [away])
    #expect(absence.undone.worker("W1")?.absences == [])
  }

  @Test("a worker who has held a case cannot be taken out by undoing their addition")
  func undoWorkerWithCases() throws {
    var f = Self.fixture
    let worker = Worker(
      id: "W9", name: "New", team: "T1", role: .socialWorker, employment: .permanent,
      started: day("2026-09-01"))
    let entry = JournalEntry(sequence: 5, at: Self.now, by: "tm", change: .addWorker(worker))
    try f.caseload.apply(entry)
    f.move("C1", to: "W9", on: "2026-11-23")
    #expect(
      throws: CaseloadError.refused(
        "New (W9) has held cases or been supervised since, so cannot be taken out")
    ) {
      try f.caseload.undo(of: entry, today: Self.today, now: Self.now, user: "tm", newID: { "D1" })
    }
  }

  @Test("bank holidays replaced and put back")
  func holidays() throws {
    let f = Self.fixture
    let (after, undone) = try Self.roundTrip(
      .setBankHolidays(
        HolidayChange(days: Edit(from: [], to: [day("2026-12-25")]), source: "test")),
      on: f.caseload)
    #expect(after.settings.bankHolidays == [day("2026-12-25")])
    #expect(undone == f.caseload)
  }

  @Test("every new change kind goes through the journal's JSON and back unchanged")
  func journalRoundTrip() throws {
    let child = Case(
      id: "C9", childName: "Kai", birthDate: day("2019-03-03"), category: .childProtection,
      opened: Self.today, worker: "W1", team: "T1")
    var update = WorkerUpdate(worker: "W1", recordedOn: Self.today)
    update.leaving = Edit(from: nil, to: day("2026-12-31"))
    update.cap = Edit(from: 60, to: nil)
    let changes: [Change] = [
      .addTeam(Team(id: "T9", name: "x", kind: .other, managers: [])),
      .updateWorker(update),
      .addCase(NewCase(case: child, reason: "r", recordedOn: Self.today)),
      .recordVisit(Visit(case: "C1", on: Self.today, seenAlone: true, recordedOn: Self.today)),
      .closeCase(Closure(case: "C1", on: Self.today, reason: "r", recordedOn: Self.today)),
      .transferCase(
        Transfer(
          case: "C1", team: Edit(from: nil, to: "T2"), worker: Edit(from: "W1", to: nil),
          reason: "r", recordedOn: Self.today)),
      .importRecords(
        ImportBatch(
          files: ["cases.csv"], addCases: [child], remove: Removal(cases: ["C2"]),
          recordedOn: Self.today)),
      .undo(of: 3, inverse: .remove(Removal(teams: ["T9"]))),
    ]
    let encoder = JSONEncoder()
    for change in changes {
      let data = try encoder.encode(change)
      #expect(try JSONDecoder().decode(Change.self, from: data) == change)
    }
    let old = #"{"case":"C1","kind":"visit","on":"2026-11-20"}"#
    #expect(
      try JSONDecoder().decode(Change.self, from: Data(old.utf8))
        == .recordVisit(case: "C1", on: day("2026-11-20")))
  }
}
