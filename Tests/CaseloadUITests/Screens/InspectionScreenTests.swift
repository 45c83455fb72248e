import CaseloadCore
import CaseloadUI
import Testing

@Suite("screens as text: inspection readiness")
struct InspectionScreenTests {
  @Test("I shows the team's figures and a row per worker, the same as report --inspection")
  func figures() throws {
    var d = Driver.demo()
    d.press(.char("I"))
    let inspection = try d.store.caseload.rules(today: Driver.today).inspection(of: "cin-cp-1")
    let f = inspection.figures
    #expect(
      d.lines[1]
        == "Oversight in timescale: \(f.oversight.count) of \(f.oversight.total) (\(f.oversight.percentText))"
    )
    #expect(d.text.contains("Visits in timescale: \(f.visits.count) of \(f.visits.total)"))
    #expect(d.text.contains("Supervision overdue: \(inspection.supervisionsOverdue) of 12 workers"))
    #expect(d.text.contains("Unallocated: 7 waiting, longest"))
    #expect(d.text.contains("Actions: \(f.openActions) open, \(f.overdueActions) overdue"))
    for row in inspection.workers.prefix(5) {
      let line = d.lines.first { $0.contains(String(row.worker.name.prefix(12))) }
      #expect(line?.contains("\(row.load.percent)%") == true, "\(row.worker.name)")
    }
    d.press(.enter)
    #expect(d.lines[0].contains("Worker"))
  }
}
