import CaseloadCore
import CaseloadUI
import Testing

@Suite("other managers' changes reach an open board")
struct OtherManagersTests {
  static func move(_ child: Case.ID, from: Worker.ID, to: Worker.ID) -> Change {
    .reassign(
      Reassignment(
        moves: [Reassignment.Move(case: child, from: from, to: to)], reason: "Cover",
        date: Driver.today))
  }

  @Test("a case moved by another manager shows on the next tick, with a notice naming them")
  func reassignedElsewhere() throws {
    var d = Driver.demo()
    #expect(d.lines[4].contains("Aisha Siddiqui") && d.lines[4].contains(" 15 "))
    try d.store.otherManager(
      Self.move("C529228", from: "aisha.siddiqui", to: "ifeoma.nwosu"), by: "pm.adeyemi")
    #expect(d.lines[4].contains(" 15 "), "nothing changes before the tick")
    d.tick()
    #expect(d.lines[4].contains("Aisha Siddiqui") && d.lines[4].contains(" 14 "))
    #expect(d.lines[22].hasPrefix("pm.adeyemi changed the store: reassign C529228"))
    #expect(!d.text.contains("C529228  Hanna Krawczyk"), "gone from Aisha's cases")
  }

  @Test("marks go with the cases: one moved away by another manager leaves one marked")
  func marksFollowTheCases() throws {
    var d = Driver.demo()
    d.press(.tab, .char(" "), .down, .char(" "))
    #expect(d.text.contains("Cases of Aisha Siddiqui (15, 2 marked)"))
    try d.store.otherManager(
      Self.move("C529228", from: "aisha.siddiqui", to: "ifeoma.nwosu"), by: "pm.adeyemi")
    d.tick()
    #expect(d.text.contains("Cases of Aisha Siddiqui (14, 1 marked)"))
  }

  @Test("marks made on the board are gone once the cases are moved from worker detail")
  func marksClearedAfterMove() {
    var d = Driver.demo()
    d.press(.tab, .char(" "), .down, .char(" "), .backTab, .enter)
    // In worker detail: move the first case to the emptiest worker, with a reason.
    d.press(.char(" "), .down, .char(" "), .char("r"), .enter)
    d.type("Balancing")
    d.press(.enter, .char("y"), .escape)
    #expect(d.store.entries.count == 1)
    // The two cases and their siblings have gone, and so have the board's marks on them.
    #expect(d.text.contains("Cases of Aisha Siddiqui (11)"))
    #expect(!d.text.contains("marked"))
  }

  @Test("a reason being typed survives another manager's change to the same case")
  func typingKept() throws {
    var d = Driver.demo()
    d.press(.tab, .char("r"), .home, .enter)
    d.type("Balancing")
    try d.store.otherManager(
      Self.move("C529228", from: "aisha.siddiqui", to: "dora.szabo"), by: "pm.adeyemi")
    d.tick()
    #expect(d.text.contains("Reason (required): Balancing"))
    #expect(d.text.contains("From Dóra Szabó"), "the bars follow the store")
    d.press(.enter)
    #expect(d.store.entries.count == 1, "their move is not overruled without a second look")
    #expect(d.text.contains("Another manager moved these cases since you looked"))
    #expect(d.store.caseload.case("C529228")?.worker == "dora.szabo")
    d.press(.enter, .char("y"))  // looked again, confirmed, and the warnings accepted
    #expect(d.store.entries.count == 2)
    #expect(d.store.caseload.case("C529228")?.worker == "ifeoma.nwosu")
  }

  @Test("a store that cannot be read on a tick says so, and is not reported as a failed save")
  func unreadable() {
    var d = Driver.demo()
    d.store.failNextRefresh = .invalidStore(
      file: "journal/000001.jsonl", record: "line 3", problem: "is not JSON")
    d.tick()
    #expect(
      d.lines[22] == "!! Cannot read new changes: journal/000001.jsonl: line 3: is not JSON")
    #expect(!d.text.contains("Not saved"))
    #expect(d.text.contains("Cases of Aisha Siddiqui"), "the board stays as it was")
  }
}
