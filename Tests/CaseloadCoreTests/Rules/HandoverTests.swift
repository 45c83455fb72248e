import CaseloadCore
import Testing

@Suite("Handover plan (SPEC 1.4)")
struct HandoverTests {
  /// Lee is leaving with a CP case and its CIN sibling (family F1, 8 points) and two single CIN
  /// cases; Amy and Ben are free.
  static func team() -> Fixture {
    var f = Fixture(today: "2026-11-23")
    f.worker("L", "Lee", leaving: "2026-11-30")
    f.worker("W1", "Amy")
    f.worker("W2", "Ben")
    f.child("C1", .childInNeed, worker: "L", family: "F1", opened: "2026-06-01")
    f.child("C2", .childProtection, worker: "L", family: "F1", opened: "2026-06-01")
    f.child("C3", .childInNeed, worker: "L", opened: "2026-07-01")
    f.child("C4", .childInNeed, worker: "L", opened: "2026-08-03")
    return f
  }

  static func targets(_ plan: HandoverPlan) -> [String] {
    plan.lines.map { "\($0.case) \($0.target?.rawValue ?? "-")" }
  }

  @Test("heaviest family first, siblings together, loads balanced: F1 to Amy, C3 and C4 to Ben")
  func balancedAndTogether() throws {
    let f = Self.team()
    let plan = try f.caseload.handoverPlan(for: "L", today: f.today)
    // F1 (CP 6 + sibling 2 = 8) goes first to Amy, by name on a tie. C3 then goes to Ben
    // (4 after, against Amy's 12). C4 goes to Ben too: 8 after, against Amy's 12.
    #expect(Self.targets(plan) == ["C2 W1", "C1 W1", "C3 W2", "C4 W2"])
    #expect(plan.lines.allSatisfy { $0.why == "lowest load after move" })
  }

  @Test("a previous worker of the child with room gets the family, even though busier")
  func prefersPreviousWorker() throws {
    var f = Self.team()
    f.child("C5", .childInNeed, worker: "W2")
    f.child("C6", .childInNeed, worker: nil, family: "F1", opened: "2026-01-05")
    f.move("C6", to: "W2", on: "2026-02-02")
    f.move("C6", to: "L", on: "2026-06-01")
    let plan = try f.caseload.handoverPlan(for: "L", today: f.today)
    let family = plan.lines.filter { $0.family == "F1" }
    // C6 and C1 weigh the same; C6 opened first, so it counts in full and is listed first.
    #expect(family.map(\.case) == ["C2", "C6", "C1"])
    #expect(family.allSatisfy { $0.target == "W2" && $0.why == "child's previous worker" })
  }

  @Test("a previous worker who would go over capacity is passed over")
  func previousWorkerWithoutRoom() throws {
    var f = Self.team()
    f.worker("W3", "Cal", cap: 9)
    f.child("C6", .childInNeed, worker: "W3", family: "F1", opened: "2026-01-05")
    f.move("C6", to: "L", on: "2026-06-01")
    let plan = try f.caseload.handoverPlan(for: "L", today: f.today)
    let first = try #require(plan.lines.first)
    #expect(first.target == "W1")
    #expect(first.why == "lowest load after move")
  }

  @Test("CP and court cases go to a qualified worker with room rather than an empty ASYE")
  func avoidsAsyeForHighRisk() throws {
    var f = Self.team()
    f.worker("W1", "Amy", role: .asye, started: "2026-09-07")
    f.child("C5", .childInCare, worker: "W2")
    f.child("C6", .childInCare, worker: "W2")
    let plan = try f.caseload.handoverPlan(for: "L", today: f.today)
    #expect(plan.lines.filter { $0.family == "F1" }.allSatisfy { $0.target == "W2" })
    #expect(plan.lines.first { $0.case == "C3" }?.target == "W1")
  }

  @Test("an ASYE takes CP work only when no one else has room, and the plan says so")
  func asyeAsLastResort() throws {
    var f = Self.team()
    f.worker("W1", "Amy", role: .asye, started: "2026-09-07")
    f.worker("W2", "Ben", cap: 5)
    let plan = try f.caseload.handoverPlan(for: "L", today: f.today)
    let first = try #require(plan.lines.first)
    #expect(first.target == "W1")
    #expect(first.why == "ASYE: no one else has room")
  }

  @Test("absent, leaving and departed workers and other teams' workers are not candidates")
  func candidates() throws {
    var f = Fixture(today: "2026-11-23")
    f.worker("L", "Lee", leaving: "2026-11-30")
    f.worker("W1", "Amy", absent: ("2026-11-23", "2026-11-27"))
    f.worker("W2", "Ben", leaving: "2026-12-18")
    f.worker("W3", "Cal", leaving: "2026-10-30")
    f.worker("W4", "Dee", team: Fixture.otherTeam)
    f.worker("W5", "Eve")
    f.child("C1", .childInNeed, worker: "L")
    let plan = try f.caseload.handoverPlan(for: "L", today: f.today)
    #expect(Self.targets(plan) == ["C1 W5"])
  }

  @Test("when no one has room a case is left unallocated, and the plan says why")
  func noRoom() throws {
    var f = Fixture(today: "2026-11-23")
    f.worker("L", "Lee", leaving: "2026-11-30")
    f.worker("W1", "Amy", cap: 3)
    f.child("C1", .childInNeed, worker: "L")
    let plan = try f.caseload.handoverPlan(for: "L", today: f.today)
    #expect(
      plan.lines == [
        HandoverLine(case: "C1", family: nil, target: nil, why: "no one has room")
      ])
  }

  @Test("changing one line moves its siblings with it")
  func changingLine() throws {
    let f = Self.team()
    let plan = try f.caseload.handoverPlan(for: "L", today: f.today).changing("C1", to: "W2")
    #expect(Self.targets(plan) == ["C2 W2", "C1 W2", "C3 W2", "C4 W2"])
    #expect(plan.lines[0].why == "chosen by the manager")
    #expect(plan.changing("C99", to: "W1") == plan)
  }

  @Test("the plan applies as one change; lines kept with the leaver are dropped")
  func appliesAsOneChange() throws {
    var f = Self.team()
    let plan = try f.caseload.handoverPlan(for: "L", today: f.today).changing("C4", to: "L")
    let change = plan.reassignment(reason: "Lee leaves on 30 November", today: f.today)
    #expect(change.moves.map(\.case) == ["C2", "C1", "C3"])
    #expect(change.moves.allSatisfy { $0.from == "L" })
    try f.caseload.apply(
      JournalEntry(sequence: 1, at: Fixture.noon("2026-11-23"), by: "tm", change: .reassign(change))
    )
    #expect(f.caseload.cases(of: "L").map(\.id) == ["C4"])
    #expect(f.caseload.cases(of: "W1").count == 2)
    #expect(f.caseload.cases(of: "W2").count == 1)
  }

  @Test("an unknown leaver is not found")
  func unknownLeaver() {
    let f = Self.team()
    #expect(throws: CaseloadError.notFound("no worker 'W99'")) {
      try f.caseload.handoverPlan(for: "W99", today: f.today)
    }
  }
}
