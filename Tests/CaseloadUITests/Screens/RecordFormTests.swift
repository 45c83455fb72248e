import CaseloadCore
import CaseloadUI
import Testing

/// Bringing a team in and keeping it current from the board: the first-run screen and the
/// record forms, each field checked as it is typed, saved as one recorded change.
@Suite("screens as text: first run and the record forms")
struct RecordFormTests {
  /// A new, empty store.
  static func empty() -> Driver {
    Driver(caseload: Caseload(settings: .defaults), width: 80, height: 24)
  }

  /// Types into the focused field after clearing it.
  static func fill(_ d: inout Driver, _ text: String) {
    d.press(.end)
    d.press(Array(repeating: Key.backspace, count: 40))
    d.type(text)
  }

  @Test("a store with no teams says how to bring one in, and a adds a team")
  func firstRun() {
    var d = Self.empty()
    #expect(d.text.contains("Welcome to caseload. This store has no teams yet."))
    #expect(d.text.contains("caseload import --workers workers.csv --cases cases.csv"))
    #expect(d.lines[23].contains("a add team"))
    d.press(.char("a"))
    #expect(d.lines[0].contains("New team"))
    Self.fill(&d, "cin-2")
    d.press(.tab)
    Self.fill(&d, "Child in Need 2")
    d.press(.tab, .right, .right)  // kind: child in need and protection
    d.press(.ctrl("s"))
    #expect(d.store.entries.count == 1)
    guard case .addTeam(let team) = d.store.entries.last?.change else {
      Issue.record("Ctrl-S should add the team")
      return
    }
    #expect(team.id == "cin-2" && team.name == "Child in Need 2")
    #expect(team.kind == .childInNeedAndProtection)
    #expect(team.managers == ["pm.hughes"])
    #expect(d.lines[0].contains("Child in Need 2"), "the board is now the new team's")
    #expect(d.text.contains("No workers in this team yet: w adds one"))
  }

  @Test("each field is checked as it is typed, with the message beside it")
  func checkedAsTyped() {
    var d = Driver.demo()
    d.press(.char("w"))
    #expect(d.lines[1].contains("A new worker in"))
    Self.fill(&d, "sam patel")
    #expect(d.lines[3].contains("! worker id 'sam patel' has a"), "beside the field")
    #expect(d.text.contains("Worker id: worker id 'sam patel' has a space in it"), "and whole")
    Self.fill(&d, "sam.patel")
    #expect(!d.text.contains("! worker id"))
    d.press(.tab, .tab, .tab, .tab)  // name, role, employment, FTE
    Self.fill(&d, "1.5")
    let fteLine = d.lines.first { $0.hasPrefix("> FTE") } ?? ""
    #expect(fteLine.contains("!"), "\(fteLine)")
    d.press(.ctrl("s"))
    #expect(d.store.entries.isEmpty, "nothing is saved while a field is wrong")
    #expect(d.lines[22].hasPrefix("! Name:") || d.lines[22].hasPrefix("! FTE:"))
  }

  @Test("a new worker, then a new case given to them, then a visit and a closure")
  func keepingCurrent() throws {
    var d = Driver.demo()
    d.press(.char("w"))
    Self.fill(&d, "sam.patel")
    d.press(.tab)
    Self.fill(&d, "Sam Patel")
    d.press(.tab, .tab, .right, .tab)  // role social worker; employment agency
    Self.fill(&d, "0.8")
    d.press(.ctrl("s"))
    guard case .addWorker(let worker) = d.store.entries.last?.change else {
      Issue.record("the worker should be saved")
      return
    }
    #expect(worker.employment == .agency && worker.fte == 0.8 && worker.team == "cin-cp-1")
    #expect(d.text.contains("Sam Patel"), "on the board")

    d.press(.char("N"))
    Self.fill(&d, "C900001")
    d.press(.tab)
    Self.fill(&d, "Amira Haddad")
    d.press(.tab)
    Self.fill(&d, "14/03/2019")
    d.press(.tab, .right, .tab, .tab, .tab)  // category CIN; family; opened today; worker
    let workerField = d.lines.first { $0.hasPrefix("> Worker") } ?? ""
    #expect(workerField.contains("Unallocated"))
    var steps = 0
    while d.lines.first(where: { $0.hasPrefix("> Worker") })?.contains("Sam Patel") != true,
      steps < 30
    {
      d.press(.right)
      steps += 1
    }
    d.press(.ctrl("s"))
    if d.text.contains("[y]") { d.press(.char("y")) }
    guard case .addCase(let referral) = d.store.entries.last?.change else {
      Issue.record("the case should be added: \(d.lines[22])")
      return
    }
    #expect(referral.case.worker == "sam.patel" && referral.case.category == .childInNeed)
    #expect(referral.case.birthDate == Day(year: 2019, month: 3, day: 14))

    // To Sam's row, then the case: a visit in the future is refused beside the field.
    let row = try #require(d.lines.firstIndex { $0.contains("Sam Patel") })
    d.press(.home)
    d.press(Array(repeating: Key.down, count: row - 4))
    d.press(.tab, .char("v"))
    #expect(d.lines[1].contains("A statutory visit to C900001 Amira Haddad"))
    Self.fill(&d, "2026-12-24")
    #expect(d.lines[3].contains("! cannot be in the future"))
    #expect(d.text.contains("Visit date: cannot be in the future (today is 2026-11-23)"))
    Self.fill(&d, "20/11/2026")
    d.press(.ctrl("s"))
    #expect(d.store.caseload.case("C900001")?.lastVisit == Day(year: 2026, month: 11, day: 20))

    d.press(.char("x"))
    d.press(.tab)
    d.type("No further action after assessment")
    d.press(.ctrl("s"))
    #expect(d.store.caseload.case("C900001")?.closed == Driver.today)
    #expect(!d.text.contains("Amira Haddad"), "a closed case leaves the list")
  }

  @Test("Esc on a changed form asks first; e lists the forms for what is chosen")
  func escAndMenu() {
    var d = Driver.demo()
    d.press(.tab, .char("e"))
    #expect(d.lines[0].contains("Records"))
    #expect(d.text.contains("a statutory visit to Hanna Krawczyk (C529228)"))
    #expect(d.text.contains("leave or an absence for Aisha Siddiqui"))
    d.press(.char("c"))
    #expect(d.lines[0].contains("Category"))
    d.press(.tab)
    d.type("Plan ended")
    d.press(.escape)
    #expect(d.text.contains("Discard this category?"))
    d.press(.char("y"))
    #expect(d.lines[0].contains("Team board") == false && !d.lines[0].contains("Category"))
  }

  @Test("a leaving date before the start, or an absence ending before it starts, is refused")
  func impossibleDates() {
    var d = Driver.demo()
    d.press(.char("D"))
    d.press(.tab, .tab, .tab, .tab, .tab)  // leaving
    Self.fill(&d, "01/01/2020")
    d.press(.tab)
    d.type("Notice given")
    d.press(.ctrl("s"))
    #expect(d.store.entries.isEmpty)
    #expect(d.lines[22].contains("before"), "\(d.lines[22])")
    d.press(.escape, .char("y"), .char("L"))
    Self.fill(&d, "10/12/2026")
    d.press(.tab)
    Self.fill(&d, "01/12/2026")
    d.press(.tab)
    d.type("Annual leave")
    d.press(.ctrl("s"))
    #expect(d.store.entries.isEmpty)
    #expect(d.lines[22].contains("before"), "\(d.lines[22])")
  }

  @Test("read-only: the record keys say why they are unavailable")
  func readOnly() {
    var d = Driver.demo(readOnly: true)
    d.press(.char("e"))
    #expect(d.lines[22].contains("Read-only: changing records is unavailable"))
    d.press(.char("w"))
    #expect(d.lines[22].contains("Read-only: adding a worker is unavailable"))
  }

  @Test("a form's typing is kept as a draft and comes back")
  func drafts() {
    let drafts = TestDrafts()
    var d = Driver.demo(drafts: drafts)
    d.press(.tab, .char("x"), .tab)
    d.type("Moved out of area")
    #expect(drafts.all.first?.fields["reason"] == "Moved out of area")
    #expect(drafts.all.first?.target == .form("close", subject: "C529228"))
    var again = Driver.demo(drafts: drafts)
    #expect(again.text.contains("Unsaved draft"))
    again.press(.char("y"))
    #expect(again.text.contains("Moved out of area"))
  }
}
