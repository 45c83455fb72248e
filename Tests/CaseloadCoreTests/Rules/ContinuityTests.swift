import CaseloadCore
import Testing

@Suite("Social workers in the last 12 months")
struct ContinuityTests {
  @Test("every worker whose allocation overlaps the 12 months to today, oldest first")
  func withinWindow() {
    var f = Fixture(today: "2026-11-23")
    f.child("C1", .childInNeed, worker: "A", opened: "2025-06-02")
    f.move("C1", to: "B", on: "2026-01-12")
    f.move("C1", to: nil, on: "2026-05-01")
    f.move("C1", to: "C", on: "2026-06-01")
    #expect(f.caseload.socialWorkers(of: "C1", today: f.today) == ["A", "B", "C"])
  }

  @Test("a worker whose allocation ended before 23 Nov 2025 is not counted")
  func olderThanWindow() {
    var f = Fixture(today: "2026-11-23")
    f.child("C1", .childInNeed, worker: "A", opened: "2025-06-02")
    f.move("C1", to: "B", on: "2025-11-20")
    f.move("C1", to: "C", on: "2026-06-01")
    #expect(f.caseload.socialWorkers(of: "C1", today: f.today) == ["B", "C"])
  }

  @Test("a worker who had the child twice is counted once")
  func distinct() {
    var f = Fixture(today: "2026-11-23")
    f.child("C1", .childInNeed, worker: "A", opened: "2026-01-05")
    f.move("C1", to: "B", on: "2026-03-02")
    f.move("C1", to: "A", on: "2026-06-01")
    #expect(f.caseload.socialWorkers(of: "C1", today: f.today) == ["A", "B"])
    #expect(f.rules.workerCount(of: "C1", with: "B") == 2)
    #expect(f.rules.workerCount(of: "C1", with: "C") == 3)
  }
}
