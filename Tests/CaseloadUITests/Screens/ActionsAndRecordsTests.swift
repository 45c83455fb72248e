import CaseloadCore
import CaseloadUI
import Testing

/// Following actions up and reading supervision back: worker detail's panes, a session's
/// whole record, the actions screen and marking an action done.
@Suite("screens as text: actions and supervision records")
struct ActionsAndRecordsTests {
  /// The team member with the most open actions, and how many.
  static func busiest() -> (index: Int, worker: Worker.ID, count: Int) {
    let caseload = Driver.demoCaseload
    let rows = (try? caseload.rules(today: Driver.today).summary(of: "cin-cp-1").workers) ?? []
    let counts = rows.enumerated().map {
      ($0.offset, $0.element.worker.id, caseload.openActions(for: $0.element.worker.id).count)
    }
    return counts.max { $0.2 < $1.2 } ?? (0, "aisha.siddiqui", 0)
  }

  @Test("worker detail lists every open action, scrolling, and marks one done with d")
  func workerActions() throws {
    let (index, worker, count) = Self.busiest()
    #expect(count >= 3, "the demo should have a worker with several open actions")
    var d = Driver.demo()
    d.press(Array(repeating: Key.down, count: index) + [.enter, .tab])
    #expect(d.text.contains("Open actions (\(count)"))
    let items = d.store.caseload.openActions(for: worker)
    // Every action can be reached by scrolling, never "7" above two.
    var seen = Set<String>()
    for _ in 0..<count {
      if let line = d.lines.first(where: { $0.hasPrefix(">") }) { seen.insert(line) }
      d.press(.down)
    }
    #expect(seen.count == count)
    d.press(.home, .char("d"))
    #expect(d.store.entries.count == 1)
    guard case .completeAction(let done) = d.store.entries.last?.change else {
      Issue.record("d should record the action done")
      return
    }
    #expect(done.action == items.first?.id)
    #expect(done.authorship.author == "pm.hughes")
    #expect(d.text.contains("Open actions (\(count - 1)"))
  }

  @Test("Enter on a session in worker detail opens its whole record")
  func sessionRecord() throws {
    var d = Driver.demo()
    d.press(.down, .down, .enter, .tab, .tab, .enter)
    let session = try #require(d.store.caseload.sessions(with: "chidi.okonkwo").last)
    #expect(d.lines[0].contains("-> Session"))
    #expect(d.lines[1].contains("Supervision with Chidi Okonkwo, \(session.date)"))
    #expect(d.text.contains("Wellbeing, workload, development"))
    for entry in session.entries.prefix(2) {
      #expect(d.text.contains(entry.case.rawValue), "the entry about \(entry.case)")
    }
    d.press(.pageDown, .pageDown)
    #expect(
      d.lines[1] != "  Supervision with Chidi Okonkwo, \(session.date)" || session.entries.count < 3
    )
    d.press(.escape)
    #expect(d.lines[0].contains("Worker"))
  }

  @Test("A on the board lists the team's open actions oldest due first; d marks one done")
  func teamActions() throws {
    var d = Driver.demo(width: 100, height: 30)
    d.press(.char("A"))
    let open = d.store.caseload.openActions(in: "cin-cp-1")
    #expect(d.lines[1].hasPrefix("Open actions for Child in Need and Protection 1: \(open.count),"))
    let dues = d.lines.compactMap { line -> String? in
      let trimmed = line.dropFirst()
      guard trimmed.count > 10, let day = Day(iso: String(trimmed.prefix(10))) else { return nil }
      return day.description
    }
    #expect(dues == dues.sorted(), "oldest due first")
    #expect(dues.count >= min(open.count, 20))
    d.press(.char("d"))
    #expect(d.store.entries.count == 1)
    #expect(d.lines[1].contains(": \(open.count - 1),"))
  }

  @Test("in case detail an open action is chosen with j/k and marked done with d")
  func caseAction() throws {
    let caseload = Driver.demoCaseload
    let child = try #require(
      caseload.openActions(in: "cin-cp-1").compactMap(\.case).compactMap { caseload.case($0) }
        .first)
    var d = Driver.demo()
    d.press(.char("/"))
    d.type(child.id.rawValue)
    d.press(.enter, .end)
    #expect(d.lines.contains { $0.hasPrefix("> ") && $0.contains("set ") }, "the action is chosen")
    d.press(.char("d"))
    guard case .completeAction = d.store.entries.last?.change else {
      Issue.record("d should mark the action done")
      return
    }
    #expect(
      d.store.caseload.openActions(on: child.id).count == caseload.openActions(on: child.id).count
        - 1)
  }
}
