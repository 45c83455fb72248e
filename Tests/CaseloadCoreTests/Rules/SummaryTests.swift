import CaseloadCore
import Testing

@Suite("Team summary (SPEC 2.1)")
struct SummaryTests {
  /// A small team on Mon 23 Nov 2026, with every figure worked out by hand below.
  static func team() -> Fixture {
    var f = Fixture(today: "2026-11-23")
    f.worker("W1", "Amy")
    f.child("C1", .childProtection, worker: "W1", lastVisit: "2026-11-16")  // due 30 Nov
    f.child("C2", .childInNeed, worker: "W1", lastVisit: "2026-10-19")  // due 16 Nov: overdue
    f.child("C3", .childInCare, worker: "W1", lastVisit: "2026-11-02")  // due 14 Dec
    f.note(on: "C1", "2026-11-16")  // C2 and C3 have had no oversight since June: overdue
    f.session(with: "W1", on: "2026-11-02")  // next due 2 Dec

    f.worker("W2", "Ben", employment: .agency)  // never supervised: overdue
    f.child("C4", .childInNeed, worker: "W2", lastVisit: "2026-11-20")

    f.worker(
      "W3", "Zoë", role: .asye, fte: 0.6, started: "2026-09-07",
      absent: ("2026-11-16", "2026-12-04"))
    f.session(with: "W3", on: "2026-11-16")  // 10 weeks in: fortnightly, due 30 Nov

    f.worker("W4", "Dan", leaving: "2026-10-30")  // left, no cases: not listed
    f.worker("W5", "Émile", employment: .agency, leaving: "2026-10-30")  // left, still holds C5
    f.child("C5", .childInNeed, worker: "W5", lastVisit: "2026-10-01")  // overdue

    f.worker("W6", "Cat", leaving: "2026-11-30")
    f.child("C6", .assessment, worker: "W6")  // 45 working days from 1 Jun: overdue
    f.session(with: "W6", on: "2026-11-20")

    f.worker("W7", "Bob", team: Fixture.otherTeam)
    f.child("C7", .childInNeed, worker: "W7", team: Fixture.otherTeam)

    f.child("C8", .childProtection, worker: nil, opened: "2026-11-16")  // visit due 30 Nov
    f.child("C9", .childInNeed, worker: nil, opened: "2026-10-01")  // visit due 29 Oct: overdue
    f.child("C10", .childInNeed, worker: nil, team: Fixture.otherTeam)
    return f
  }

  @Test("the summary line: workers, agency share, open cases, caseload range, overdue counts")
  func summaryLine() throws {
    let f = Self.team()
    let summary = try f.caseload.summary(of: Fixture.team, today: f.today)
    #expect(summary.team.name == "Northfield CIN 1")
    #expect(summary.workerCount == 5)
    #expect(summary.agencyCount == 2)
    #expect(summary.agencyShare == 0.4)
    #expect(summary.openCases == 8)  // 3 + 1 + 1 + 1 + 0 held, 2 waiting
    #expect(summary.averageCaseload == 1.2)
    #expect(summary.minCaseload == 0)
    #expect(summary.maxCaseload == 3)
    #expect(summary.unallocated == 2)
    #expect(summary.visitsOverdue == 3)  // C2, C5 and the waiting C9
    #expect(summary.assessmentsOverdue == 1)
    // Ben; Émile's supervision is overdue too, but Émile has left.
    #expect(summary.supervisionsOverdue == 1)
    #expect(summary.workers.filter(\.supervision.overdue).map(\.worker.name) == ["Ben", "Émile"])
  }

  @Test(
    "rows in name order (accents ignored), with badges; a departed worker with no cases is gone")
  func rowsAndBadges() throws {
    let f = Self.team()
    let rows = try f.caseload.summary(of: Fixture.team, today: f.today).workers
    let lines = rows.map { row in
      ([row.worker.name, "\(row.load.caseCount)"] + row.badges.map(\.text)).joined(separator: " ")
    }
    #expect(
      lines == [
        "Amy 3", "Ben 1 AGY", "Cat 1 LEAVING 2026-11-30", "Émile 1 AGY LEFT 2026-10-30",
        "Zoë 0 ASYE 0.6 FTE LEAVE to 2026-12-04",
      ])
  }

  @Test("a worker's row: load, overdue visits and oversight, last and next supervision")
  func workerRow() throws {
    let f = Self.team()
    let amy = try #require(
      try f.caseload.summary(of: Fixture.team, today: f.today).workers.first)
    #expect(amy.load.points == 15)
    #expect(amy.visitsOverdue == 1)
    #expect(amy.oversightOverdue == 2)
    #expect(amy.lastSupervision == day("2026-11-02"))
    #expect(amy.supervision == Due(date: day("2026-12-02"), today: f.today))
  }

  @Test("an assessment past 45 working days counts in its worker's Overdue and the team's")
  func overdueAssessment() throws {
    let f = Self.team()
    let summary = try f.caseload.summary(of: Fixture.team, today: f.today)
    let cat = try #require(summary.workers.first { $0.worker.name == "Cat" })
    #expect(cat.assessmentsOverdue == 1)
    #expect(cat.visitsOverdue == 0, "an assessment has no visit timescale")
    #expect(cat.overdue == cat.oversightOverdue + 1)
    #expect(summary.assessmentsOverdue == 1)
    // The waiting C8 and C9 are not yet due an oversight, so the team's figure is the rows'.
    #expect(summary.oversightOverdue == summary.workers.map(\.oversightOverdue).reduce(0, +))
    #expect(summary.oversightOverdue == 5)
  }

  @Test(
    "badge texts",
    arguments: [
      (Badge.agency, "AGY"), (.asye, "ASYE"), (.fte(0.6), "0.6 FTE"), (.fte(0.75), "0.75 FTE"),
      (.onLeave(until: day("2026-12-04")), "LEAVE to 2026-12-04"),
      (.leaving(day("2026-11-30")), "LEAVING 2026-11-30"),
      (.left(day("2026-10-31")), "LEFT 2026-10-31"),
    ])
  func badgeText(badge: Badge, text: String) {
    #expect(badge.text == text)
  }

  @Test("an empty team has zero figures, and an unknown team is not found")
  func emptyAndUnknown() throws {
    let f = Fixture()
    let summary = try f.caseload.summary(of: Fixture.otherTeam, today: f.today)
    #expect(summary.workerCount == 0)
    #expect(summary.agencyShare == 0)
    #expect(summary.averageCaseload == 0)
    #expect(throws: CaseloadError.notFound("no team 'T9'")) {
      try f.caseload.summary(of: "T9", today: f.today)
    }
  }
}

@Suite("Unallocated queue")
struct UnallocatedQueueTests {
  /// Amy holds 8 points, Ben 4, Cal is an ASYE with none, Dee is away.
  static func team() -> Fixture {
    var f = Fixture(today: "2026-11-23")
    f.worker("W1", "Amy")
    f.worker("W2", "Ben")
    f.worker("W3", "Cal", role: .asye, started: "2026-09-07")
    f.worker("W4", "Dee", absent: ("2026-11-20", "2026-11-27"))
    f.child("C1", .childInNeed, worker: "W1")
    f.child("C2", .childInNeed, worker: "W1")
    f.child("C3", .childInNeed, worker: "W2")
    f.child("C10", .childInNeed, worker: nil, opened: "2026-10-26")
    f.child("C11", .childProtection, worker: nil, opened: "2026-11-16")
    f.child("C12", .childInNeed, worker: nil, opened: "2026-11-09")
    f.child("C13", .childInNeed, worker: nil, opened: "2026-09-01", team: Fixture.otherTeam)
    return f
  }

  @Test("oldest first, with days waiting, band and a suggested worker; CP work not to the ASYE")
  func teamQueue() {
    let f = Self.team()
    let queue = f.caseload.unallocatedQueue(team: Fixture.team, today: f.today)
    let lines = queue.map {
      "\($0.case.id) \($0.since) \($0.daysWaiting) \($0.band) \($0.suggested?.rawValue ?? "-")"
    }
    #expect(
      lines == [
        "C10 2026-10-26 28 over W3", "C12 2026-11-09 14 warn W3", "C11 2026-11-16 7 ok W2",
      ])
  }

  @Test("a child's previous worker with room is suggested first")
  func previousWorker() {
    var f = Self.team()
    f.child("C14", .childInNeed, worker: "W1", opened: "2026-05-04")
    f.move("C14", to: nil, on: "2026-11-02")
    let item = f.caseload.unallocatedQueue(team: Fixture.team, today: f.today)
      .first { $0.case.id == "C14" }
    #expect(item?.suggested == "W1")
    #expect(item?.why == "child's previous worker")
    #expect(item?.daysWaiting == 21)
  }

  @Test("every queue at once: a team with no one to take the case suggests no one")
  func allQueues() {
    let f = Self.team()
    let queue = f.caseload.unallocatedQueue(team: nil, today: f.today)
    #expect(queue.map(\.case.id) == ["C13", "C10", "C12", "C11"])
    #expect(queue.first?.suggested == nil)
  }
}

@Suite("the text report's columns")
struct ReportColumnTests {
  @Test("wide and accented names keep the columns aligned, measured as a terminal draws them")
  func wideNames() throws {
    var f = Fixture(today: "2026-11-23")
    f.worker("W1", "陈静")
    f.worker("W2", "Zoë Harrington")
    f.worker("W3", "Nguye\u{0302}\u{0303}n Văn An")
    f.child("C1", .childInNeed, worker: "W1")
    let report = try TeamReport(caseload: f.caseload, teams: [Fixture.team], today: f.today)
    let rows = try report.rendered(as: .text).split(separator: "\n").filter {
      $0.contains("%") && !$0.contains("Workers")
    }
    #expect(rows.count == 3)
    // The cases column ends at the same display column on every row.
    let ends = rows.map { row -> Int in
      let prefix = row.prefix { $0 != "%" }
      return prefix.displayWidth
    }
    #expect(Set(ends).count == 1, "\(rows)")
  }
}
