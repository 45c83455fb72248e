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

  @Test("an ASYE is never given CP work by the plan: with no one else, it is the manager's call")
  func asyeNeverByDefault() throws {
    var f = Self.team()
    f.worker("W1", "Amy", role: .asye, started: "2026-09-07")
    f.worker("W2", "Ben", cap: 5)
    let plan = try f.caseload.handoverPlan(for: "L", today: f.today)
    let family = plan.lines.filter { $0.family == "F1" }
    #expect(family.allSatisfy { $0.target == "L" && $0.needsDecision })
    #expect(family.first?.why == "only an ASYE has room")
    // The CIN cases still go to the ASYE, who has room for them.
    #expect(plan.lines.first { $0.case == "C3" }?.target == "W1")
    #expect(plan.undecided.map(\.case) == ["C2", "C1"])
    // Undecided lines are not moved by applying the plan.
    #expect(!plan.reassignment(reason: "x", today: f.today).moves.contains { $0.case == "C2" })
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

  @Test("when no one has room a case needs the manager's decision rather than a default")
  func noRoom() throws {
    var f = Fixture(today: "2026-11-23")
    f.worker("L", "Lee", leaving: "2026-11-30")
    f.worker("W1", "Amy", cap: 3)
    f.child("C1", .childInNeed, worker: "L")
    let plan = try f.caseload.handoverPlan(for: "L", today: f.today)
    #expect(
      plan.lines == [
        HandoverLine(
          case: "C1", family: nil, target: "L", why: "no one has room", needsDecision: true)
      ])
    let decided = plan.changing("C1", to: nil)
    #expect(decided.undecided.isEmpty)
    #expect(decided.reassignment(reason: "x", today: f.today).moves.map(\.to) == [nil])
  }

  @Test("the review: every affected worker before and after the whole plan")
  func reviewLoads() throws {
    let f = Self.team()
    let rules = f.caseload.rules(today: f.today)
    let plan = try rules.handoverPlan(for: "L")
    let review = rules.review(plan)
    #expect(review.loads.map(\.worker) == ["L", "W1", "W2"])
    #expect(review.loads[0].before.caseCount == 4)
    #expect(review.loads[0].after.caseCount == 0)
    #expect(review.loads[1].after.caseCount == 2)
    #expect(review.loads[2].after.caseCount == 2)
    // Changing a line moves the figures at once.
    let changed = rules.review(plan.changing("C3", to: "W1"))
    #expect(changed.loads.first { $0.worker == "W1" }?.after.caseCount == 3)
    #expect(changed.loads.first { $0.worker == "W2" }?.after.caseCount == 1)
  }

  @Test("the review warns of each line's risks, re-evaluated for the whole plan")
  func reviewWarnings() throws {
    var f = Self.team()
    f.worker("W3", "Asha", role: .asye, started: "2026-09-07")
    f.worker("W4", "Tom", leaving: "2026-12-04")
    f.worker("W5", "Uma", cap: 10)
    f.move("C3", to: "W1", on: "2026-03-02")
    f.move("C3", to: "W2", on: "2026-05-04")
    f.move("C3", to: "L", on: "2026-07-01")
    let rules = f.caseload.rules(today: f.today)
    var plan = try rules.handoverPlan(for: "L")
    plan = plan.changing("C2", to: "W3").changing("C3", to: "W5").changing("C4", to: "W4")
    let review = rules.review(plan)
    #expect(review.warnings(of: "C2").contains(.asyeHighRisk(case: "C2")))
    #expect(review.warnings(of: "C3").contains(.thirdWorker(case: "C3", count: 4)))
    // Uma's 4 points of C3 alone leave her at 40%; nothing over capacity.
    #expect(
      !review.warnings(of: "C3").contains { if case .overCapacity = $0 { true } else { false } })
    #expect(review.warnings(of: "C4") == [.targetLeaving(day("2026-12-04"))])
    let crowded = rules.review(plan.changing("C4", to: "W5").changing("C1", to: "W5"))
    #expect(
      crowded.warnings(of: "C3").contains { if case .overCapacity = $0 { true } else { false } })
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
