import CaseloadCore
import CaseloadUI
import Testing

/// The board draws before the store's records are proved whole; when the proof finds a
/// problem, the board says so in one line and refuses every change, with the problem in the
/// refusal.
@Suite("a problem found after the board is drawn makes it read-only")
struct ValidationNoticeTests {
  static let problem = CaseloadError.invalidStore(
    file: "/s/caseload.json", record: "cases[2] (C3)", problem: "worker 'W9' does not exist")
  static let refusal =
    "Read-only: the store has a problem, so nothing can be saved: /s/caseload.json: cases[2] (C3): worker 'W9' does not exist. Run caseload check."

  @Test("nothing shows while validation runs; the problem shows on the tick after it fails")
  func noticeOnTick() {
    var d = Driver.demo()
    d.store.validationState = .running
    d.tick()
    #expect(!d.text.contains("Read-only"))
    #expect(!d.lines[0].contains("READ-ONLY"))
    d.store.validationState = .failed(Self.problem)
    d.tick()
    #expect(d.state.storeProblem == Self.problem)
    #expect(d.lines[0].hasSuffix("READ-ONLY"))
    #expect(d.lines[22].hasPrefix("!! Read-only: the store has a problem"))
  }

  @Test("every editing key is refused with the problem, and nothing is committed")
  func editingRefused() {
    var d = Driver.demo()
    d.store.validationState = .failed(Self.problem)
    d.tick()
    for key: Key in [.char("n"), .char("s"), .char("r"), .char("H")] {
      d.press(key)
      #expect(d.state.notice?.text == Self.refusal, "\(key)")
      #expect(d.state.stack.path.isEmpty, "\(key) opened a screen")
    }
    d.press(.tab, .char("r"))
    #expect(d.state.notice?.text == Self.refusal)
    #expect(d.store.entries.isEmpty)
  }

  @Test("a commit refused because validation failed meanwhile makes the board read-only")
  func commitRefusedByValidation() {
    var d = Driver.demo()
    d.store.validationState = .running
    d.press(.tab, .char("n"))
    d.type("Spoke with the school")
    d.store.validationState = .failed(Self.problem)
    d.press(.ctrl("s"))
    #expect(d.store.entries.isEmpty)
    #expect(d.state.storeProblem == Self.problem)
    #expect(d.lines[0].hasSuffix("READ-ONLY"))
  }
}
