import CaseloadCore
import Testing

@Suite("Timescales (SPEC 1.3)")
struct TimescaleTests {
  @Test(
    "visit intervals by category from a last visit on Mon 2 Nov 2026",
    arguments: [
      (Case.Category.childProtection, "2026-11-16"),  // 10 working days
      (.courtProceedings, "2026-11-16"),  // 10 working days
      (.childInCare, "2026-12-14"),  // 6 weeks
      (.childInNeed, "2026-11-30"),  // 4 weeks
      (.careLeaver, "2026-12-28"),  // 8 weeks
    ])
  func visitIntervals(category: Case.Category, due: String) {
    var f = Fixture()
    f.worker("W1")
    let child = f.child("C1", category, worker: "W1", lastVisit: "2026-11-02")
    let visit = f.caseload.case(child).flatMap { f.caseload.visitDue($0, today: f.today) }
    #expect(visit?.date == day(due))
  }

  @Test("a child in a long-term placement with a 3-month override is next visited 2 Feb 2027")
  func visitOverride() throws {
    var f = Fixture()
    f.worker("W1")
    f.child("C1", .childInCare, worker: "W1", lastVisit: "2026-11-02", visitInterval: .months(3))
    let child = try #require(f.caseload.case("C1"))
    #expect(f.caseload.visitDue(child, today: f.today)?.date == day("2027-02-02"))
  }

  @Test("a CIN child never visited is due 4 weeks after the current worker took the case")
  func neverVisited() throws {
    var f = Fixture()
    f.worker("W1")
    f.worker("W2")
    f.child("C1", .childInNeed, worker: "W1", opened: "2026-10-01")
    f.move("C1", to: "W2", on: "2026-11-02")
    f.child("C2", .childInNeed, worker: nil, opened: "2026-10-01")
    let moved = try #require(f.caseload.case("C1"))
    let waiting = try #require(f.caseload.case("C2"))
    #expect(f.caseload.visitDue(moved, today: f.today)?.date == day("2026-11-30"))
    #expect(f.caseload.visitDue(waiting, today: f.today)?.date == day("2026-10-29"))
  }

  @Test("a visit is overdue the day after it falls due, not on the day")
  func overdueFlag() throws {
    var f = Fixture()
    f.worker("W1")
    f.child("C1", .childInNeed, worker: "W1", lastVisit: "2026-11-02")
    let child = try #require(f.caseload.case("C1"))
    #expect(f.caseload.visitDue(child, today: day("2026-11-30"))?.overdue == false)
    #expect(f.caseload.visitDue(child, today: day("2026-12-01"))?.overdue == true)
  }

  @Test("closed cases and assessments have no visit cycle")
  func noVisitCycle() throws {
    var f = Fixture()
    f.worker("W1")
    f.child("C1", .childInNeed, worker: "W1", lastVisit: "2026-11-02", closed: "2026-11-10")
    f.child("C2", .assessment, worker: "W1")
    #expect(f.caseload.visitDue(try #require(f.caseload.case("C1")), today: f.today) == nil)
    #expect(f.caseload.visitDue(try #require(f.caseload.case("C2")), today: f.today) == nil)
  }

  @Test(
    "an assessment opened Mon 2 Nov 2026 completes in 45 working days: Mon 4 Jan 2027, or Thu 7 Jan with the three Christmas holidays"
  )
  func assessment() throws {
    var f = Fixture()
    f.worker("W1")
    f.child("C1", .assessment, worker: "W1", opened: "2026-11-02")
    f.child("C2", .childInNeed, worker: "W1", opened: "2026-11-02")
    let assessment = try #require(f.caseload.case("C1"))
    #expect(f.caseload.assessmentDue(assessment, today: f.today)?.date == day("2027-01-04"))
    f.caseload.settings.bankHolidays = ["2026-12-25", "2026-12-28", "2027-01-01"].map(day)
    let due = f.caseload.assessmentDue(assessment, today: day("2027-01-08"))
    #expect(due == Due(date: day("2027-01-07"), today: day("2027-01-08")))
    #expect(due?.overdue == true)
    #expect(f.caseload.assessmentDue(try #require(f.caseload.case("C2")), today: f.today) == nil)
  }

  @Test(
    "ASYE supervision steps, for an ASYE who started Mon 5 Jan 2026",
    arguments: [
      ("2026-01-26", "2026-02-02"),  // 3 weeks in: weekly
      ("2026-02-16", "2026-03-02"),  // exactly 6 weeks in: fortnightly
      ("2026-04-06", "2026-04-20"),  // 3 months in: fortnightly
      ("2026-10-05", "2026-11-05"),  // 9 months in: monthly
    ])
  func asyeSupervision(lastSession: String, due: String) throws {
    var f = Fixture(today: "2026-11-23")
    f.worker("W1", role: .asye, started: "2026-01-05")
    f.session(with: "W1", on: lastSession)
    let worker = try #require(f.caseload.worker("W1"))
    #expect(f.caseload.supervisionDue(worker, today: f.today).date == day(due))
  }

  @Test("everyone else is supervised monthly; with no session yet, from their start date")
  func supervisionOthers() throws {
    var f = Fixture(today: "2026-02-20")
    f.worker("W1", started: "2026-01-05")
    f.worker("W2", role: .asye, started: "2026-01-05")
    f.session(with: "W1", on: "2026-01-26")
    let worker = try #require(f.caseload.worker("W1"))
    let asye = try #require(f.caseload.worker("W2"))
    #expect(
      f.caseload.supervisionDue(worker, today: f.today)
        == Due(date: day("2026-02-26"), today: f.today))
    let first = f.caseload.supervisionDue(asye, today: f.today)
    #expect(first.date == day("2026-01-12"))
    #expect(first.overdue)
  }

  @Test("the last supervision is the latest session date, even when recorded out of order")
  func lastSupervision() {
    var f = Fixture()
    f.worker("W1")
    #expect(f.caseload.lastSupervision(of: "W1") == nil)
    f.session(with: "W1", on: "2026-11-02")
    f.session(with: "W1", on: "2026-10-05")
    #expect(f.caseload.lastSupervision(of: "W1") == day("2026-11-02"))
  }

  @Test("oversight is due 4 weeks after the last for CP, 8 weeks for CIN")
  func oversightIntervals() throws {
    var f = Fixture()
    f.worker("W1")
    f.child("C1", .childProtection, worker: "W1")
    f.child("C2", .childInNeed, worker: "W1")
    f.note(on: "C1", "2026-11-02")
    f.session(with: "W1", on: "2026-10-05", discussing: ["C1", "C2"])
    f.note(on: "C2", "2026-11-02")
    let cp = try #require(f.caseload.case("C1"))
    let cin = try #require(f.caseload.case("C2"))
    #expect(f.caseload.oversightDue(cp, today: f.today)?.date == day("2026-11-30"))
    #expect(f.caseload.oversightDue(cin, today: f.today)?.date == day("2026-12-28"))
  }

  @Test("a session entry counts as oversight; with none, oversight runs from allocation")
  func oversightFromSessionOrAllocation() throws {
    var f = Fixture()
    f.worker("W1")
    f.worker("W2")
    f.child("C1", .courtProceedings, worker: "W1", opened: "2026-06-01")
    f.child("C2", .childProtection, worker: "W1", opened: "2026-06-01")
    f.move("C2", to: "W2", on: "2026-11-02")
    f.session(with: "W1", on: "2026-11-09", discussing: ["C1"])
    let court = try #require(f.caseload.case("C1"))
    let moved = try #require(f.caseload.case("C2"))
    #expect(f.caseload.oversightDue(court, today: f.today)?.date == day("2026-12-07"))
    #expect(f.caseload.oversightDue(moved, today: f.today)?.date == day("2026-11-30"))
    var closed = moved
    closed.closed = day("2026-11-20")
    #expect(f.caseload.oversightDue(closed, today: f.today) == nil)
  }

  @Test(
    "an unallocated case is ok under 2 weeks, warn from 14 days, over from 28 days",
    arguments: [(13, LoadBand.ok), (14, .warn), (27, .warn), (28, .over), (29, .over)])
  func unallocatedBands(days: Int, band: LoadBand) throws {
    var f = Fixture()
    f.child("C1", .childInNeed, worker: nil, opened: "2026-11-02")
    let child = try #require(f.caseload.case("C1"))
    #expect(f.caseload.unallocatedBand(child, today: day("2026-11-02").adding(days: days)) == band)
  }

  @Test("the wait starts when the worker gave the case up, and survives moves between queues")
  func unallocatedSince() throws {
    var f = Fixture()
    f.worker("W1")
    f.child("C1", .childInNeed, worker: "W1", opened: "2026-06-01")
    f.move("C1", to: nil, on: "2026-11-02")
    f.move("C1", to: nil, on: "2026-11-09")
    f.child("C2", .childInNeed, worker: "W1")
    let waiting = try #require(f.caseload.case("C1"))
    let held = try #require(f.caseload.case("C2"))
    #expect(f.caseload.unallocatedSince(waiting) == day("2026-11-02"))
    #expect(f.caseload.unallocatedBand(waiting, today: day("2026-11-16")) == .warn)
    #expect(f.caseload.unallocatedSince(held) == nil)
    #expect(f.caseload.unallocatedBand(held, today: f.today) == nil)
  }
}
