import CaseloadCore
import Testing

@testable import CaseloadUI

@Suite("the board's summary line")
struct SummaryLineTests {
  @Test("at every width from 80 to 250 every figure is placed inside the width and the lines")
  func everyWidth() throws {
    let summary = try Driver.demoCaseload.rules(today: Driver.today).summary(of: "cin-cp-1")
    let items = SummaryLine.items(summary)
    for width in 80...250 {
      let places = SummaryLine.placement(items, width: width, ascii: true)
      let height = SummaryLine.height(summary, width: width)
      #expect(places.count == items.count)
      for (item, place) in zip(items, places) {
        #expect(place.line < height)
        let end = place.x + place.separator.displayWidth + item.text.displayWidth
        #expect(end <= width, "\(item.text) runs past \(width) columns")
      }
      // The overdue figures stay together on one line.
      let overdueLines = Set(
        zip(items, places).filter { $0.0.text.hasPrefix("overdue") || $0.0.continues }
          .map(\.1.line))
      #expect(overdueLines.count == 1, "at \(width)")
    }
  }

  @Test("it names what it counts: visits, assessments, oversight and supervision overdue")
  func names() throws {
    let summary = try Driver.demoCaseload.rules(today: Driver.today).summary(of: "cin-cp-1")
    let text = SummaryLine.items(summary).map(\.text).joined(separator: " ")
    #expect(text.contains("overdue: visits 21"))
    #expect(text.contains("assessments \(summary.assessmentsOverdue)"))
    #expect(text.contains("oversight \(summary.oversightOverdue)"))
    #expect(text.contains("supervision 3"))
  }
}
