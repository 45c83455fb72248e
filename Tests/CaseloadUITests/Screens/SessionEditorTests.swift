import CaseloadCore
import CaseloadUI
import Testing

/// The supervision session editor: the general discussion, the open actions gone through, the
/// children discussed with decisions and actions, saved as one record.
@Suite("screens as text: the supervision session editor")
struct SessionEditorTests {
  /// Chidi's session: a discussion, then three children with an action each.
  static func threeChildren(_ d: inout Driver) {
    d.press(.home, .down, .down, .char("s"))
    d.press(.tab, .tab)  // to the general discussion
    d.type("Wellbeing: tired but coping. Workload: too high, two cases to move.")
    d.press(.pageDown, .pageDown)  // to the children
    for index in 0..<3 {
      d.press(.home)
      d.press(Array(repeating: Key.down, count: index))
      d.press(.enter)
      d.type("Discussed child \(index + 1).")
      d.press(.tab)
      d.type("Carry on with the plan.")
      d.press(.tab)
      d.type("Action for child \(index + 1)")
      d.press(.enter)
      d.press(.pageUp)
      // Back on the children's page: the next one down.
      while !d.lines[2].contains("Children") || !d.text.contains("Space ticks") {
        d.press(.pageUp)
      }
    }
  }

  @Test("a session covering three children with actions is saved as one record")
  func threeChildSession() throws {
    var d = Driver.demo()
    Self.threeChildren(&d)
    #expect(d.lines[2].contains("Children (3)"))
    d.press(.ctrl("s"))
    guard case .recordSession(let session) = d.store.entries.last?.change else {
      Issue.record("Ctrl-S should save the session: \(d.lines[22])")
      return
    }
    #expect(session.worker == "chidi.okonkwo")
    #expect(session.date == Driver.today)
    #expect(session.attendees == ["pm.hughes", "Chidi Okonkwo"])
    #expect(session.entries.count == 3)
    #expect(session.entries.allSatisfy { $0.actions.count == 1 && !$0.decision.isEmpty })
    #expect(session.recordedOn == Driver.today)
    // Every action it carried forward is still open, and shown so in its record.
    #expect(
      session.reviews.count == 2 && session.reviews.allSatisfy { $0.outcome == .carriedForward })
  }

  @Test("the next session starts from the open actions: one is marked done, one closed")
  func nextSession() throws {
    var d = Driver.demo()
    Self.threeChildren(&d)
    d.press(.ctrl("s"))
    let first = d.store.entries.count
    let open = d.store.caseload.openActions(for: "chidi.okonkwo")
    #expect(open.count == 5, "two from before and three from this session")
    d.press(.char("s"), .tab, .tab)
    d.type("Follow-up session.")
    d.press(.pageDown)
    #expect(d.lines[2].contains("Actions (5, 0 decided)"))
    for item in open {
      #expect(d.text.contains(String(item.action.text.prefix(20))), "\(item.action.text) listed")
    }
    d.press(.right)  // the first: done
    #expect(d.lines.contains { $0.hasPrefix(">") && $0.hasSuffix("done") })
    d.press(.tab)
    d.type("Written up on Friday")
    d.press(.backTab, .down, .right, .right)  // the second: close
    d.press(.ctrl("s"))
    #expect(d.store.entries.count == first, "closing needs a reason")
    #expect(d.lines[22].contains("needs a reason"))
    d.press(.tab)
    d.type("Family moved; no longer needed")
    d.press(.ctrl("s"))
    #expect(d.store.entries.count == first + 1)
    let after = d.store.caseload
    let done = try #require(after.actionItem(open[0].id))
    let closed = try #require(after.actionItem(open[1].id))
    guard case .done(let record) = done.state, case .closed = closed.state else {
      Issue.record("\(done.stateText) / \(closed.stateText)")
      return
    }
    #expect(record.note == "Written up on Friday")
    #expect(after.openActions(for: "chidi.okonkwo").count == 3)
    #expect(after.actionItem(open[2].id)?.carriedForward.count == 1)
  }

  @Test("a date in the future is refused beside the field and on saving")
  func futureDate() {
    var d = Driver.demo()
    d.press(.char("s"))
    d.press(.end)
    d.press(Array(repeating: Key.backspace, count: 12))
    d.type("01/05/2027")
    #expect(d.text.contains("! Date: cannot be in the future (today is 2026-11-23)"))
    d.press(.tab, .tab)
    d.type("Talked")
    d.press(.ctrl("s"))
    #expect(d.store.entries.isEmpty)
    #expect(d.lines[22].contains("cannot be in the future"))
  }

  @Test("an action can be given to the manager, and a past due date needs Enter twice")
  func managerAndPastDue() throws {
    var d = Driver.demo()
    d.press(.tab, .char("n"))
    d.type("Discussed")
    d.press(.tab, .tab)
    d.type("Ask the school for attendance")
    d.press(.tab)
    var steps = 0
    while !d.text.contains("<pm.hughes (manager)>"), steps < 30 {
      d.press(.right)
      steps += 1
    }
    #expect(d.text.contains("<pm.hughes (manager)>"))
    d.press(.tab, .end)
    d.press(Array(repeating: Key.backspace, count: 10))
    d.type("2026-11-01")
    d.press(.enter)
    #expect(d.lines[22].contains("is in the past: Enter again"))
    #expect(!d.text.contains("1. Ask the school"))
    d.press(.enter)
    #expect(
      d.text.contains("1. Ask the school for attendance | pm.hughes (manager) | due 2026-11-01"))
    d.press(.ctrl("s"))
    guard case .recordNote(let note) = d.store.entries.last?.change else {
      Issue.record("the note should be saved")
      return
    }
    #expect(note.note.actions.first?.owner == .manager("pm.hughes"))
  }

  @Test("typing in a session is kept as a draft with its children and comes back")
  func drafts() {
    let drafts = TestDrafts()
    var d = Driver.demo(drafts: drafts)
    d.press(.down, .down, .char("s"), .tab, .tab)
    d.type("Kept typing")
    d.press(.pageDown, .pageDown, .enter)
    d.type("About the first child")
    let kept = drafts.all.first
    #expect(kept?.target == .session("chidi.okonkwo"))
    #expect(kept?.session?.children.count == 1)
    var again = Driver.demo(drafts: drafts)
    again.press(.char("y"))
    #expect(again.lines[2].contains("Children (1)"))
    again.press(.pageDown, .pageDown, .pageDown)
    #expect(again.text.contains("About the first child"))
  }
}
