import CaseloadCore
import Testing

@Suite("Load (SPEC 1.2)")
struct LoadTests {
  @Test("weights by category: CP 6 + CIN 4 + CiC 5 = 15 points of 85 is 18%, ok")
  func weightsByCategory() {
    var f = Fixture()
    let amy = f.worker("W1")
    f.child("C1", .childProtection, worker: amy)
    f.child("C2", .childInNeed, worker: amy)
    f.child("C3", .childInCare, worker: amy)
    let load = f.caseload.load(of: amy, today: f.today)
    #expect(load.caseCount == 3)
    #expect(load.points == 15)
    #expect(load.capacity == 85)
    #expect(load.percent == 18)
    #expect(load.band == .ok)
  }

  @Test(
    "each category's default weight",
    arguments: [
      (Case.Category.assessment, 4.0), (.childInNeed, 4), (.childProtection, 6), (.childInCare, 5),
      (.careLeaver, 3), (.courtProceedings, 8),
    ])
  func defaultWeights(category: Case.Category, points: Double) {
    var f = Fixture()
    f.worker("W1")
    f.child("C1", category, worker: "W1")
    #expect(f.caseload.load(of: "W1", today: f.today).points == points)
  }

  @Test("a second sibling with the same worker counts 50%: CP 6 in full, its CIN sibling 4 at 2")
  func siblingAtHalf() {
    var f = Fixture()
    f.worker("W1")
    f.worker("W2")
    f.child("C1", .childInNeed, worker: "W1", family: "F1", opened: "2026-01-05")
    f.child("C2", .childProtection, worker: "W1", family: "F1", opened: "2026-03-02")
    // The third sibling is with another worker, so it counts in full there.
    f.child("C3", .childInNeed, worker: "W2", family: "F1")
    #expect(f.caseload.load(of: "W1", today: f.today).points == 8)
    #expect(f.caseload.load(of: "W2", today: f.today).points == 4)
    let weighted = f.rules.weightedCases(of: "W1").map { "\($0.case.id) \($0.points)" }
    #expect(weighted == ["C1 2.0", "C2 6.0"])
  }

  @Test("siblings of equal weight: the earlier opened counts in full, whatever the store order")
  func siblingTie() {
    var f = Fixture()
    f.worker("W1")
    f.child("C2", .childInNeed, worker: "W1", family: "F1", opened: "2026-05-01")
    f.child("C1", .childInNeed, worker: "W1", family: "F1", opened: "2026-05-01")
    f.child("C3", .childInNeed, worker: "W1", family: "F1", opened: "2026-04-01")
    let weighted = f.rules.weightedCases(of: "W1").map { "\($0.case.id) \($0.points)" }
    #expect(weighted == ["C2 2.0", "C1 2.0", "C3 4.0"])
    #expect(f.caseload.load(of: "W1", today: f.today).points == 8)
  }

  @Test("an ASYE has 90% capacity (76.5 points) until the first anniversary of starting, then 85")
  func asyeCapacity() {
    var f = Fixture()
    f.worker("W1", role: .asye, started: "2026-03-02")
    #expect(f.caseload.load(of: "W1", today: day("2026-11-23")).capacity == 76.5)
    #expect(f.caseload.load(of: "W1", today: day("2027-03-01")).capacity == 76.5)
    #expect(f.caseload.load(of: "W1", today: day("2027-03-02")).capacity == 85)
  }

  @Test("capacity scales with FTE, and a cap overrides FTE and ASYE")
  func fteAndCap() {
    var f = Fixture()
    f.worker("W1", fte: 0.6)
    f.worker("W2", role: .asye, fte: 0.6, started: "2026-09-07", cap: 40)
    #expect(f.caseload.load(of: "W1", today: f.today).capacity == 51)
    #expect(f.caseload.load(of: "W2", today: f.today).capacity == 40)
  }

  @Test(
    "RAG bands against a cap of 100, and the figure never rounds across a band's edge",
    arguments: [
      (84.4, LoadBand.ok, 84), (84.9, .ok, 84), (85, .warn, 85), (91.5, .warn, 92),
      (100, .warn, 100), (100.1, .over, 101), (100.6, .over, 101), (111.4, .over, 111),
    ])
  func ragBoundaries(points: Double, band: LoadBand, percent: Int) {
    var f = Fixture(settings: Fixture.settings(weight: points, of: .childInNeed))
    f.worker("W1", cap: 100)
    f.child("C1", .childInNeed, worker: "W1")
    let load = f.caseload.load(of: "W1", today: f.today)
    #expect(load.band == band)
    #expect(load.percent == percent)
  }

  @Test("a sum that is 85% in decimal but not in binary is still warn: 7 x 1.7 = 11.9 of 14")
  func floatingSum() {
    // In binary the seven additions come to 11.899999999999999, a hair under 85%.
    var f = Fixture(settings: Fixture.settings(weight: 1.7, of: .childInNeed))
    f.worker("W1", cap: 14)
    for n in 1...7 { f.child(Case.ID(rawValue: "C\(n)"), .childInNeed, worker: "W1") }
    #expect(f.caseload.load(of: "W1", today: f.today).band == .warn)
  }

  @Test("closed cases do not count; cases of absent and departed workers still do")
  func whatCounts() {
    var f = Fixture()
    f.worker("W1", absent: ("2026-11-16", "2026-12-04"))
    f.worker("W2", leaving: "2026-10-30")
    f.child("C1", .childInNeed, worker: "W1")
    f.child("C2", .childInNeed, worker: "W1", closed: "2026-11-01")
    f.child("C3", .childInCare, worker: "W2")
    #expect(f.caseload.load(of: "W1", today: f.today).caseCount == 1)
    #expect(f.caseload.load(of: "W2", today: f.today).points == 5)
  }

  @Test("load after a move: adding a CP case to 4 points makes 10; removing it again makes 4")
  func addingAndRemoving() {
    var f = Fixture()
    f.worker("W1")
    f.worker("W2")
    f.child("C1", .childInNeed, worker: "W1")
    f.child("C2", .childProtection, worker: "W2")
    #expect(f.caseload.load(of: "W1", today: f.today, adding: ["C2"]).points == 10)
    #expect(f.caseload.load(of: "W1", today: f.today, adding: ["C2"]).caseCount == 2)
    #expect(f.caseload.load(of: "W2", today: f.today, removing: ["C2"]).points == 0)
    #expect(f.caseload.load(of: "W1", today: f.today, adding: ["C1"]).caseCount == 1)
  }

  @Test("a worker with a cap of 0 and a case is shown far over, not as a crash")
  func zeroCapacity() {
    var f = Fixture()
    f.worker("W1", cap: 0)
    let empty = f.caseload.load(of: "W1", today: f.today)
    #expect(empty.band == .ok)
    #expect(empty.percent == 0)
    f.child("C1", .childInNeed, worker: "W1")
    let load = f.caseload.load(of: "W1", today: f.today)
    #expect(load.band == .over)
    #expect(load.percent == 9999)
  }
}
