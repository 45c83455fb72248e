import CaseloadCore
import Testing

@Suite("Reassignment preview (SPEC 1.4)")
struct ReassignmentTests {
  /// Amy holds a CP case (C1) and its CIN sibling (C2); Ben is free; Cal holds a third sibling.
  static func team() -> Fixture {
    var f = Fixture(today: "2026-11-23")
    f.worker("W1", "Amy")
    f.worker("W2", "Ben")
    f.worker("W3", "Cal")
    f.child("C1", .childProtection, worker: "W1", family: "F1", opened: "2026-09-07")
    f.child("C2", .childInNeed, worker: "W1", family: "F1", opened: "2026-09-07")
    f.child("C3", .childInNeed, worker: "W3", family: "F1", opened: "2026-09-07")
    f.child("C4", .childInNeed, worker: "W1", opened: "2026-09-07")
    return f
  }

  @Test("siblings with the same worker are offered and moved together by default")
  func siblingsTogether() throws {
    let f = Self.team()
    let preview = try f.caseload.previewReassignment(of: ["C1"], to: "W2", today: f.today)
    #expect(preview.siblings == ["C2"])
    #expect(
      preview.moves == [
        .init(case: "C1", from: "W1", to: "W2"), .init(case: "C2", from: "W1", to: "W2"),
      ])
    #expect(preview.warnings.isEmpty)
    #expect(!preview.needsConfirmation)
  }

  @Test("declining to move siblings moves only the chosen case; the sibling is still listed")
  func siblingsDeclined() throws {
    let f = Self.team()
    let preview = try f.caseload.previewReassignment(
      of: ["C1"], to: "W2", today: f.today, includeSiblings: false)
    #expect(preview.siblings == ["C2"])
    #expect(preview.moves == [.init(case: "C1", from: "W1", to: "W2")])
  }

  @Test("loads before and after: Amy 12 -> 4 points (CP 6 + sibling 2 leave), Ben 0 -> 8")
  func loadsBeforeAndAfter() throws {
    let f = Self.team()
    let preview = try f.caseload.previewReassignment(of: ["C1"], to: "W2", today: f.today)
    #expect(preview.loads.map(\.worker) == ["W1", "W2"])
    let amy = try #require(preview.load(of: "W1"))
    let ben = try #require(preview.load(of: "W2"))
    #expect(amy.before.points == 12)
    #expect(amy.before.caseCount == 3)
    #expect(amy.after.points == 4)
    #expect(amy.after.caseCount == 1)
    #expect(ben.before.points == 0)
    #expect(ben.after.points == 8)
    #expect(ben.after.percent == 9)
  }

  @Test("several cases from several workers move in one step")
  func severalCases() throws {
    let f = Self.team()
    let preview = try f.caseload.previewReassignment(of: ["C4", "C3"], to: "W2", today: f.today)
    #expect(preview.moves.map(\.case) == ["C4", "C3"])
    #expect(preview.loads.map(\.worker) == ["W1", "W3", "W2"])
    #expect(preview.load(of: "W2")?.after.points == 8)
  }

  @Test("a child's 3rd social worker in 12 months is warned about, with the count")
  func thirdWorker() throws {
    var f = Self.team()
    f.child("C5", .childInNeed, worker: "W3", opened: "2026-01-05")
    f.move("C5", to: "W1", on: "2026-06-01")
    let preview = try f.caseload.previewReassignment(of: ["C5"], to: "W2", today: f.today)
    #expect(preview.warnings == [.thirdWorker(case: "C5", count: 3)])
    #expect(
      preview.warnings.first?.message == "C5 would be on their 3rd social worker in 12 months")
    #expect(preview.needsConfirmation)
  }

  @Test("no third-worker warning when the earlier worker's time ended over 12 months ago")
  func thirdWorkerOutsideWindow() throws {
    var f = Self.team()
    f.child("C5", .childInNeed, worker: "W3", opened: "2025-01-06")
    f.move("C5", to: "W1", on: "2025-10-06")
    let preview = try f.caseload.previewReassignment(of: ["C5"], to: "W2", today: f.today)
    #expect(preview.warnings.isEmpty)
  }

  @Test("no third-worker warning when the case goes back to a worker the child already had")
  func backToPreviousWorker() throws {
    var f = Self.team()
    f.child("C5", .childInNeed, worker: "W3", opened: "2026-01-05")
    f.move("C5", to: "W1", on: "2026-06-01")
    let preview = try f.caseload.previewReassignment(of: ["C5"], to: "W3", today: f.today)
    #expect(preview.warnings.isEmpty)
  }

  @Test("warnings about the new worker: away, leaving within 4 weeks, already left")
  func targetWarnings() throws {
    var f = Self.team()
    f.worker("W4", absent: ("2026-11-16", "2026-12-04"))
    f.worker("W5", leaving: "2026-12-21")  // today + 28 days
    f.worker("W6", leaving: "2026-12-22")  // today + 29 days
    f.worker("W7", leaving: "2026-11-20")
    func warnings(_ target: Worker.ID) throws -> [ReassignmentWarning] {
      try f.caseload.previewReassignment(of: ["C4"], to: target, today: f.today).warnings
    }
    let absence = Worker.Absence(from: day("2026-11-16"), to: day("2026-12-04"), reason: "leave")
    #expect(try warnings("W4") == [.targetAbsent(absence)])
    #expect(try warnings("W5") == [.targetLeaving(day("2026-12-21"))])
    #expect(try warnings("W6") == [])
    #expect(try warnings("W7") == [.targetHasLeft(day("2026-11-20"))])
    #expect(
      ReassignmentWarning.targetAbsent(absence).message
        == "the new worker is away (leave) from 2026-11-16 to 2026-12-04")
  }

  @Test("an ASYE receiving a CP case is warned about; a CIN case is not")
  func asyeHighRisk() throws {
    var f = Self.team()
    f.worker("W4", role: .asye, started: "2026-09-07")
    let cp = try f.caseload.previewReassignment(
      of: ["C1"], to: "W4", today: f.today, includeSiblings: false)
    #expect(cp.warnings == [.asyeHighRisk(case: "C1")])
    let cin = try f.caseload.previewReassignment(of: ["C4"], to: "W4", today: f.today)
    #expect(cin.warnings.isEmpty)
  }

  @Test("a move that takes the new worker over capacity is warned about: 12 of 10 is 120%")
  func overCapacity() throws {
    var f = Self.team()
    f.worker("W4", cap: 10)
    f.child("C5", .childProtection, worker: "W4")
    let preview = try f.caseload.previewReassignment(
      of: ["C1"], to: "W4", today: f.today, includeSiblings: false)
    #expect(preview.warnings == [.overCapacity(percent: 120)])
    #expect(preview.warnings.first?.message == "the new worker would be over capacity, at 120%")
  }

  @Test("leaving a CP case unallocated is a block; a CIN case may be left unallocated freely")
  func protectedUnallocation() throws {
    let f = Self.team()
    let cp = try f.caseload.previewReassignment(
      of: ["C1"], to: nil, today: f.today, includeSiblings: false)
    #expect(cp.warnings == [.unallocatingProtected(case: "C1")])
    #expect(cp.blocks == [.unallocatingProtected(case: "C1")])
    #expect(cp.warnings.allSatisfy { $0.isBlock && $0.needsConfirmation })
    #expect(cp.loads.map(\.worker) == ["W1"])
    let cin = try f.caseload.previewReassignment(of: ["C4"], to: nil, today: f.today)
    #expect(cin.warnings.isEmpty)
    #expect(cin.moves == [.init(case: "C4", from: "W1", to: nil)])
  }

  @Test("ordinary warnings need confirmation but only the protected unallocation is a block")
  func blockVersusWarning() {
    #expect(!ReassignmentWarning.overCapacity(percent: 120).isBlock)
    #expect(ReassignmentWarning.overCapacity(percent: 120).needsConfirmation)
    #expect(ReassignmentWarning.thirdWorker(case: "C1", count: 4).message.contains("4th"))
  }

  @Test("unknown cases and workers are not found; closed cases and no-op moves are refused")
  func refusals() throws {
    var f = Self.team()
    f.child("C9", .childInNeed, worker: "W1", closed: "2026-11-01")
    #expect(throws: CaseloadError.notFound("no case 'C99'")) {
      try f.caseload.previewReassignment(of: ["C99"], to: "W2", today: f.today)
    }
    #expect(throws: CaseloadError.notFound("no worker 'W99'")) {
      try f.caseload.previewReassignment(of: ["C4"], to: "W99", today: f.today)
    }
    #expect(throws: CaseloadError.refused("case C9 is closed and cannot be reassigned")) {
      try f.caseload.previewReassignment(of: ["C9"], to: "W2", today: f.today)
    }
    #expect(throws: CaseloadError.refused("all these cases are already with Amy")) {
      try f.caseload.previewReassignment(of: ["C1", "C4"], to: "W1", today: f.today)
    }
    #expect(throws: CaseloadError.refused("choose at least one case to move")) {
      try f.caseload.previewReassignment(of: [], to: "W1", today: f.today)
    }
  }

  @Test("the confirmed preview applies to the store: Ben then holds C1 and C2")
  func appliesToStore() throws {
    var f = Self.team()
    let preview = try f.caseload.previewReassignment(of: ["C1"], to: "W2", today: f.today)
    let change = f.caseload.reassignment(from: preview, reason: "Amy's caseload", today: f.today)
    #expect(change.date == f.today)
    #expect(change.reason == "Amy's caseload")
    try f.caseload.apply(
      JournalEntry(sequence: 1, at: Fixture.noon("2026-11-23"), by: "tm", change: .reassign(change))
    )
    #expect(f.caseload.cases(of: "W2").map(\.id) == ["C1", "C2"])
    #expect(f.caseload.socialWorkers(of: "C1", today: f.today) == ["W1", "W2"])
  }
}

@Suite("Reassign target picker")
struct TargetOptionsTests {
  @Test("team workers by load after the move, lightest first; the holder and leavers not offered")
  func sortedByLoadAfter() {
    var f = ReassignmentTests.team()
    f.worker("W4", "Dee", leaving: "2026-11-01")
    f.worker("W5", "Eve", fte: 0.5)
    f.worker("W6", "Fay", team: Fixture.otherTeam)
    let options = f.caseload.targetOptions(for: ["C1"], in: Fixture.team, today: f.today)
    // C1 brings its sibling C2: 8 points. Ben 8/85 = 9%; Cal already has the third sibling,
    // so the family there is 6 + 2 + 2 = 10/85 = 12%; Eve at half time 8/42.5 = 19%.
    #expect(options.map(\.worker) == ["W2", "W3", "W5"])
    #expect(options.map(\.after.points) == [8, 10, 8])
  }
}
