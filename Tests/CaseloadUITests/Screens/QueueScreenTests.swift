import CaseloadCore
import CaseloadUI
import Testing

/// The unallocated queue: oldest first, a suggestion that follows the rules, and allocation
/// through the same picker as reassigning.
@Suite("screens as text: the unallocated queue")
struct QueueScreenTests {
  @Test("every suggestion can take new cases, and no ASYE is suggested for CP or court work")
  func suggestions() {
    let caseload = Driver.demoCaseload
    let rules = caseload.rules(today: Driver.today)
    var checked = 0
    for team in caseload.teams.keys {
      for item in rules.unallocatedQueue(team: team) {
        guard let id = item.suggested, let worker = caseload.worker(id) else { continue }
        #expect(rules.canTakeNewCases(worker), "\(item.case.id) -> \(worker.name)")
        #expect(
          !(worker.role == .asye && item.case.category.isHighRisk),
          "\(item.case.id) is \(item.case.category) and \(worker.name) is an ASYE")
        checked += 1
      }
    }
    #expect(checked > 0)
  }

  @Test("U, then r on the oldest case: the picker opens on the suggestion, and Enter allocates it")
  func allocatesOldest() throws {
    var d = Driver.demo()
    d.press(.char("U"))
    let queue = d.store.caseload.rules(today: Driver.today).unallocatedQueue(team: "cin-cp-1")
    let oldest = try #require(queue.first)
    #expect(d.lines[2].hasPrefix(">\(oldest.case.id.rawValue)"), "oldest first: \(d.lines[2])")
    d.press(.char("r"))
    #expect(d.lines[0].contains("Reassign"))
    #expect(!d.text.contains("Leave unallocated"), "a waiting case has no 'leave unallocated'")
    let suggested = try #require(oldest.suggested.flatMap { d.store.caseload.worker($0)?.name })
    let highlighted = d.lines.first { $0.hasPrefix(">") }
    #expect(highlighted?.hasPrefix(">\(suggested)") == true, "\(highlighted ?? "none")")
    d.press(.enter)
    d.type("Allocated from the queue")
    d.press(.enter)
    if d.text.contains("[y]") { d.press(.char("y")) }
    #expect(d.store.entries.count == 1)
    #expect(d.store.caseload.case(oldest.case.id)?.worker == oldest.suggested)
    #expect(d.lines[1].hasPrefix(" Case     Child"), "back on the queue")
    #expect(
      !d.lines.dropLast(2).joined().contains(oldest.case.id.rawValue),
      "the case has left the queue")
    #expect(d.lines[22].hasPrefix("Saved: reassign \(oldest.case.id) unallocated->"))
  }

  @Test("a reassignment's first highlighted target is the suggestion, not the emptiest leaver")
  func reassignDefault() {
    var d = Driver.demo()
    d.press(.tab, .char("r"))
    let highlighted = d.lines.first { $0.hasPrefix(">") } ?? ""
    // The lightest rows are the ASYE (a CP case) and Bartłomiej, leaving on 30 November.
    #expect(!highlighted.contains("Ifeoma Nwosu"))
    #expect(!highlighted.contains("LEAVING"))
  }
}
