import CaseloadCore
import Testing

@Suite("Inspection readiness (SPEC 1.7)")
struct InspectionTests {
  static let by = Authorship(author: "tm", recorded: Fixture.noon("2026-11-23"))

  /// A worked example on 23 Nov 2026 (no bank holidays, so 45 working days is 9 weeks):
  /// - Amy (W1) holds C1, a child on their third worker this year, visited on 20 Nov, with a
  ///   note on 1 Nov setting an action due 20 Nov; and C3 and C4, assessments opened 1 Jun
  ///   (due 3 Aug) that became child in need on 15 Jul (in time) and 10 Aug (late).
  /// - Ben (W2), an ASYE since 2 Nov, holds C6, an assessment open since 1 Sep (due 3 Nov), and
  ///   held C5, an assessment from 1 Sep closed on 1 Oct (in time).
  /// - Cal (W3) holds nothing and has never been supervised.
  /// - C7, C8 and C9 wait unallocated for 10, 30 and 20 days.
  static func team() throws -> Fixture {
    var f = Fixture()
    f.worker("W1", "Amy")
    f.worker("W2", "Ben", role: .asye, started: "2026-11-02")
    f.worker("W3", "Cal")
    f.child("C1", .childInNeed, worker: "W3", opened: "2026-01-05", lastVisit: "2026-11-20")
    f.move("C1", to: "W2", on: "2026-06-01")
    f.move("C1", to: "W1", on: "2026-09-01")
    for (id, opened, worker) in [
      ("C3", "2026-06-01", "W1"), ("C4", "2026-06-01", "W1"), ("C5", "2026-09-01", "W2"),
      ("C6", "2026-09-01", "W2"),
    ] {
      f.child(
        Case.ID(rawValue: id), .assessment, worker: Worker.ID(rawValue: worker), opened: opened)
    }
    for (id, on) in [("C3", "2026-07-15"), ("C4", "2026-08-10")] {
      try f.apply(
        .changeCategory(
          CategoryChange(
            case: Case.ID(rawValue: id), category: Edit(from: .assessment, to: .childInNeed),
            reason: "assessment done", recordedOn: day(on))))
    }
    try f.apply(
      .closeCase(
        Closure(case: "C5", on: day("2026-10-01"), reason: "NFA", recordedOn: day("2026-10-01"))))
    for (id, opened) in [("C7", "2026-11-13"), ("C8", "2026-10-24"), ("C9", "2026-11-03")] {
      f.child(Case.ID(rawValue: id), .childInNeed, worker: nil, opened: opened)
    }
    f.caseload.append(
      OversightNote(
        id: "N1",
        note: CaseDiscussion(
          case: "C1", discussion: "", decision: "",
          actions: [Action(id: "A1", text: "ring", owner: "W1", due: day("2026-11-20"))]),
        authorship: Authorship(author: "tm", recorded: Fixture.noon("2026-11-01"))))
    for date in ["2026-05-10", "2026-07-01", "2026-08-01", "2026-10-15"] {
      f.session(with: "W1", on: date)
    }
    return f
  }

  @Test("the team's figures: each a count out of a total, from today's cases and the record")
  func teamFigures() throws {
    let f = try Self.team()
    let i = try f.rules.inspection(of: Fixture.team)
    #expect(i.figures.openCases == 7)
    // C1, C7, C8 and C9 are in timescale; C3, C4 and C6 are not.
    #expect(i.figures.oversight == Share(count: 4, total: 7))
    // C6 is an assessment, with no visit timescale; C3, C4 and C8 are overdue.
    #expect(i.figures.visits == Share(count: 3, total: 6))
    #expect(
      i.figures.assessments
        == AssessmentFigures(completedInTime: 2, completedLate: 1, open: 1, openOverdue: 1))
    #expect(i.figures.manyWorkers == 1)
    #expect((i.figures.openActions, i.figures.overdueActions) == (1, 1))
    #expect(i.unallocated.count == 3)
    #expect(i.unallocated.longestDays == 30)
    #expect(i.unallocated.medianDays == 20)
    #expect((i.supervisionsOverdue, i.supervisedWorkers) == (3, 3))
    #expect(i.supervisionOnSchedule == Share(count: 113 + 8, total: 184 + 22 + 184))
    #expect(i.supervisionOnSchedule.percentText == "31%")
  }

  @Test("a row per worker: their cases, their supervision, and completions while they held it")
  func workerRows() throws {
    let f = try Self.team()
    let rows = try f.rules.inspection(of: Fixture.team).workers
    #expect(rows.map(\.worker.id) == ["W1", "W2", "W3"])
    let amy = rows[0]
    #expect(amy.figures.openCases == 3)
    #expect(amy.load.percent == f.rules.load(of: "W1").percent)
    #expect(amy.figures.assessments.completedOnTime == Share(count: 1, total: 2))
    #expect(amy.figures.manyWorkers == 1)
    #expect(amy.supervision.last == day("2026-10-15"))
    #expect(amy.supervision.due == Due(date: day("2026-11-15"), today: f.today))
    // 24 May to 23 Nov: on schedule to 10 Jun, through July, 1 Aug to 1 Sep, 15 Oct to 15 Nov.
    #expect(amy.supervision.onSchedule == Share(count: 113, total: 184))
    let ben = rows[1]
    #expect(
      ben.figures.assessments
        == AssessmentFigures(completedInTime: 1, completedLate: 0, open: 1, openOverdue: 1))
    // Weekly as a new ASYE: due 9 Nov, so 2 to 9 Nov of his 22 days.
    #expect(ben.supervision.onSchedule == Share(count: 8, total: 22))
    let cal = rows[2]
    #expect(cal.figures.openCases == 0)
    #expect(cal.figures.visits.percentText == "-")
    #expect(cal.figures.oversight.fraction == nil)
    #expect(cal.supervision.onSchedule == Share(count: 0, total: 184))
  }

  @Test("an empty team has nothing to count: no division by zero, '-' where there is no share")
  func emptyTeam() throws {
    let f = try Self.team()
    let i = try f.rules.inspection(of: Fixture.otherTeam)
    #expect(i.workers.isEmpty)
    #expect(i.figures.openCases == 0)
    #expect(i.figures.oversight.percentText == "-")
    #expect(i.supervisionOnSchedule.fraction == nil)
    #expect(i.unallocated.longestDays == nil)
    #expect(i.unallocated.medianDays == nil)
    let report = try InspectionReport(
      caseload: f.caseload, teams: [Fixture.otherTeam], today: f.today)
    let text = try report.rendered(as: .text)
    #expect(text.contains("Management oversight within timescale: none to count\n"))
    #expect(text.contains("Unallocated: 0 children waiting, longest -, median -\n"))
    #expect(text.contains("  no workers\n"))
    let csv = try report.rendered(as: .csv).split(separator: "\n", omittingEmptySubsequences: false)
    #expect(csv[1].hasPrefix("team,T2,Northfield CiC,,,0,,0,0,,0,0,,"))
    #expect(try report.rendered(as: .json).contains(#""share" : null"#))
    #expect(throws: CaseloadError.notFound("no team 'T9'")) {
      try f.rules.inspection(of: "T9")
    }
  }

  @Test("a median of an even number of waits is the mean of the middle two, rounded down")
  func median() {
    #expect(Waiting(days: [3, 10, 1, 6]).medianDays == 4)
    #expect(Waiting(days: [5]).medianDays == 5)
    #expect(Waiting(days: []).count == 0)
  }

  @Test("assessments from the case's events; a case with no events gives only an open one")
  func assessmentEpisodes() throws {
    let f = try Self.team()
    let rules = f.rules
    let c3 = try #require(f.caseload.case("C3"))
    #expect(
      rules.assessments(of: c3)
        == [
          AssessmentEpisode(
            started: day("2026-06-01"), due: day("2026-08-03"), completed: day("2026-07-15"))
        ])
    let c6 = try #require(f.caseload.case("C6"))
    #expect(rules.assessments(of: c6).map(\.completed) == [nil])
    let c1 = try #require(f.caseload.case("C1"))
    #expect(rules.assessments(of: c1).isEmpty)
  }
}
