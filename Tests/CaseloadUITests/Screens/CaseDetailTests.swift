import CaseloadCore
import CaseloadUI
import Testing

/// Whole screens as the user sees them (ASCII glyphs, no colour), driven by keys: case detail and addenda.
@Suite("screens as text: case detail and addenda")
struct CaseDetailTests {
  @Test("Tab then Enter opens the selected case: details, siblings, history, records newest first")
  func screen3() {
    var d = Driver.demo()
    d.press(.tab, .enter)
    #expect(
      d.text == #"""
        caseload | Child in Need and Protection 1 -> Case C52~ Mon 2026-11-23  pm.hughes
          Hanna Krawczyk, 5, born 2021-09-15  CP
          Worker: Aisha Siddiqui   Opened 2026-03-02
          Last visit 2026-11-15   Due 2026-11-27
          Social workers in 12 months: 3
          Allocation history
            2026-07-17 to now  Aisha Siddiqui  (Change of worker at family's request; by
            pm.hughes)
            2026-04-04 to 2026-07-17  Kwame Asante  (Initial child protection
            conference: plan made; by pm.hughes)
            2026-03-02 to 2026-04-04  Yasmin Chowdhury  (Referral accepted for
            assessment; by pm.adeyemi)
          Oversight and supervision, newest first
        > Oversight note by pm.hughes, 2026-11-02
              Discussed with Aisha. Hanna seen alone at the last visit; home conditions
              better than last month.
              Decision: Consider step down to child in need at the review conference.
          Oversight note by pm.hughes, 2026-10-14
              Missed visit last week (family out). Aisha went back unannounced and saw
              Hanna.
              Decision: Recommend to conference that the plan continues; risk not yet
              reduced.

        j/k move  r reassign  n note  a addendum  e records  Esc back  ? help  q quit
        """#)
  }

  @Test("a on a record in case detail writes an addendum that names the record it corrects")
  func addendum() {
    var d = Driver.demo()
    d.press(.tab, .enter, .char("a"))
    #expect(
      d.lines[1].hasPrefix("Addendum to the oversight note on C529228 by pm.hughes, 2026-11-02"))
    d.type("The visit was on Tuesday, not Monday.")
    d.press(.ctrl("s"))
    let saved = d.store.caseload.addenda.last
    #expect(saved?.text == "The visit was on Tuesday, not Monday.")
    let newest = d.store.caseload.notes(on: "C529228").max {
      $0.authorship.recorded < $1.authorship.recorded
    }
    #expect(newest?.id == saved?.target, "the record chosen in case detail, newest first")
    #expect(d.text.contains("The visit was on Tuesday, not Monday."), "back on the case, shown")
  }
}

extension CaseDetailTests {
  @Test("undoing a move leaves the child's count of social workers as it was")
  func undoMove() throws {
    var d = Driver.demo()
    d.press(.tab, .enter)
    let before = try #require(d.lines.first { $0.contains("Social workers in 12 months") })
    d.press(.escape, .char("r"), .enter)
    d.type("Balancing")
    d.press(.enter)
    if d.state.question != nil { d.press(.char("y")) }
    #expect(d.store.entries.count == 1)
    d.press(.char("u"), .char("y"))
    #expect(d.store.entries.count == 2)
    #expect(d.store.caseload.case("C529228")?.worker == "aisha.siddiqui")
    d.press(.home, .enter)
    #expect(d.lines[1].contains("Hanna Krawczyk"))
    #expect(d.lines.first { $0.contains("Social workers in 12 months") } == before)
  }

  @Test("an addendum taken back with u shows as withdrawn, with who and when")
  func undoAddendum() {
    var d = Driver.demo()
    d.press(.tab, .enter, .char("a"))
    d.type("The visit was on Tuesday.")
    d.press(.ctrl("s"))
    #expect(d.text.contains("The visit was on Tuesday."))
    d.press(.char("u"), .char("y"))
    #expect(d.text.contains("(WITHDRAWN: withdrawn by pm.hughes on"))
    #expect(d.lines[22].contains("Saved: undo of #1: withdrawal"))
  }

  @Test("a visit and a category change show in case detail with who and when")
  func recordChanges() {
    var d = Driver.demo()
    d.press(.tab, .enter, .char("v"), .ctrl("s"))
    d.press(.char("c"), .right, .tab)
    d.type("Plan ended at review")
    d.press(.ctrl("s"))
    #expect(d.store.entries.count == 2)
    #expect(d.text.contains("Changes to the record, newest first"))
    let lines = d.lines.filter { $0.contains("(by tester") || $0.contains("(by pm.hughes at") }
    #expect(lines.count == 2, "\(d.text)")
    #expect(lines.first?.contains("Plan ended at review") == true)
  }
}
