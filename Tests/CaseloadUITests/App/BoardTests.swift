import CaseloadCore
import CaseloadUI
import Testing

@Suite("team board")
struct BoardTests {
  @Test(
    "the demo board at 80x24 shows the header, summary, every worker with a bar, and the footer")
  func boardAt80x24() {
    let driver = Driver.demo()
    let lines = driver.lines
    #expect(lines.count == 24)
    #expect(lines[0].hasPrefix("caseload | Child in Need and Protection 1"))
    #expect(lines[0].hasSuffix("Mon 2026-11-23  pm.hughes"))
    #expect(driver.text.contains("Workers 12 | agency 5 (42%)"))
    #expect(driver.text.contains("caseloads avg 18.5"))
    let workerRows = lines.filter { $0.contains("[") && $0.contains("%") }
    #expect(workerRows.count == 12)
    #expect(lines[23].contains("? help"))
    #expect(lines[23].contains("q quit"))
  }

  @Test("every line fits the width at 80x24 and 120x40", arguments: [(80, 24), (120, 40)])
  func fits(_ size: (Int, Int)) {
    let driver = Driver.demo(width: size.0, height: size.1)
    #expect(driver.lines.allSatisfy { $0.displayWidth <= size.0 })
    #expect(driver.lines.count == size.1)
  }
}
