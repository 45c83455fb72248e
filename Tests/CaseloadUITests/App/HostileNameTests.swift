import CaseloadCore
import Testing

@testable import CaseloadUI

/// Found by the terminal-safety proof: a worker's name with control characters in it made
/// the handover plan ask "Discard your changes?" on Esc though nothing had been changed, since
/// the reason field drops control characters and no longer matched the proposed reason.
@Suite("hostile names do not change how screens behave")
struct HostileNameTests {
  @Test func anUntouchedHandoverPlanClosesOnEscWhateverTheLeaversName() throws {
    var caseload = Driver.demoCaseload
    var aisha = try #require(caseload.worker("aisha.siddiqui"))
    aisha.name += "\u{1B}[2J\u{1B}]0;pwned\u{07}\u{202E}"
    caseload.insert(aisha)
    var d = Driver(caseload: caseload, width: 80, height: 24, team: "cin-cp-1")
    d.press(.char("H"))
    guard case .handover = d.state.top else {
      Issue.record("no handover plan:\n\(d.text)")
      return
    }
    d.press(.escape)
    #expect(d.state.question == nil, "\(d.text)")
    guard case .board = d.state.top else {
      Issue.record("Esc did not close the plan:\n\(d.text)")
      return
    }
  }
}
