import CaseloadCore
import Foundation
import Testing

@Suite("supervision, handover and the queue through the real board in tmux", .serialized)
struct SupervisionEndToEndTests {
  @Test("a session covering three children with actions, seen in case detail and caseload actions")
  func session() throws {
    let setup = try BoardEndToEndTests.Setup()
    let tmux = try setup.board()
    defer { tmux.kill() }
    _ = try tmux.waitFor("Cases of")
    try tmux.send(keys: "Down")
    try tmux.send(keys: "Down")
    _ = try tmux.waitFor("Cases of Chidi Okonkwo")
    try tmux.send(keys: "s")
    _ = try tmux.waitFor("Supervision with Chidi Okonkwo")
    try tmux.send(keys: "Tab")
    try tmux.send(keys: "Tab")
    try tmux.type("Wellbeing good. Workload too high.")
    try tmux.send(keys: "PageDown")
    try tmux.send(keys: "PageDown")
    _ = try tmux.waitFor("Space ticks a child")
    for index in 0..<3 {
      try tmux.send(keys: "Home")
      for _ in 0..<index { try tmux.send(keys: "Down") }
      try tmux.send(keys: "Enter")
      _ = try tmux.waitUntil("child \(index + 1)'s page") { lines in
        lines.contains { $0.hasPrefix("Discussion") }
          && lines[2].contains("Children (\(index + 1))")
      }
      try tmux.type("Talked about child \(index + 1).")
      try tmux.send(keys: "Tab")
      try tmux.type("Keep going.")
      try tmux.send(keys: "Tab")
      try tmux.type("Visit plan \(index + 1)")
      try tmux.send(keys: "Enter")
      _ = try tmux.waitFor("Action added")
      try tmux.send(keys: "PageUp")
      for _ in 0..<index { try tmux.send(keys: "PageUp") }
      _ = try tmux.waitFor("Space ticks a child")
    }
    try tmux.send(keys: "C-s")
    _ = try tmux.waitFor("Saved: session")
    try tmux.send(keys: "q")
    #expect(try tmux.waitForExit() == 0)

    let actions = try setup.cli.run(["actions", "--demo", "--worker", "chidi.okonkwo"])
    for index in 1...3 {
      #expect(actions.stdout.contains("Visit plan \(index)"), "\(actions.stdout)")
    }
    let store = try setup.demoStore()
    let session = try #require(store.caseload.sessions(with: "chidi.okonkwo").last)
    #expect(session.entries.count == 3)
    let child = try #require(session.entries.first?.case)

    // Seen in case detail on the board.
    let again = try setup.board()
    defer { again.kill() }
    _ = try again.waitFor("Cases of")
    try again.send(keys: "/")
    try again.type(child.rawValue)
    _ = try again.waitFor("1 found")
    try again.send(keys: "Enter")
    let detail = try again.waitFor("Supervision with Chidi Okonkwo, 2026-11-23")
    #expect(detail.joined().contains("Talked about child 1."))
  }

  @Test("a handover plan is applied from H")
  func handover() throws {
    let setup = try BoardEndToEndTests.Setup()
    let tmux = try setup.board()
    defer { tmux.kill() }
    _ = try tmux.waitFor("Cases of")
    try tmux.send(keys: "Down")
    _ = try tmux.waitFor("Cases of Bartłomiej Nowak")
    try tmux.send(keys: "H")
    _ = try tmux.waitFor("Handover plan for Bartłomiej Nowak")
    try tmux.send(keys: "Enter")
    _ = try tmux.waitFor("Reason (Enter applies)")
    try tmux.send(keys: "Enter")
    let asked = try tmux.waitUntil(timeout: 10) { lines in
      lines.joined().contains("[y]") || lines.joined().contains("Saved: reassign")
    }
    if asked.joined().contains("[y]") { try tmux.send(keys: "y") }
    _ = try tmux.waitFor("Saved: reassign")
    try tmux.send(keys: "q")
    #expect(try tmux.waitForExit() == 0)
    let log = try setup.cli.run(["log", "--demo"])
    #expect(log.stdout.contains("Handover: Bartłomiej Nowak"), "\(log.stdout)")
  }

  @Test("the oldest case in the queue is allocated from U")
  func queue() throws {
    let setup = try BoardEndToEndTests.Setup()
    let before = try setup.cli.run(["report", "--demo"])
    #expect(before.status == 0)
    let queue = try setup.demoStore().caseload.rules(
      today: Day(iso: "2026-11-23") ?? Day(ordinal: 0)
    )
    .unallocatedQueue(team: "cin-cp-1")
    let oldest = try #require(queue.first)
    let tmux = try setup.board()
    defer { tmux.kill() }
    _ = try tmux.waitFor("Cases of")
    try tmux.send(keys: "U")
    _ = try tmux.waitFor(oldest.case.id.rawValue)
    try tmux.send(keys: "r")
    _ = try tmux.waitFor("Move to")
    try tmux.send(keys: "Enter")
    _ = try tmux.waitFor("Reason (required)")
    try tmux.type("Allocated from the queue")
    try tmux.send(keys: "Enter")
    let asked = try tmux.waitUntil(timeout: 10) { lines in
      lines.joined().contains("[y]") || lines.joined().contains("Saved: reassign")
    }
    if asked.joined().contains("[y]") { try tmux.send(keys: "y") }
    _ = try tmux.waitFor("Saved: reassign")
    try tmux.send(keys: "q")
    #expect(try tmux.waitForExit() == 0)
    let store = try setup.demoStore()
    #expect(store.caseload.case(oldest.case.id)?.worker == oldest.suggested)
  }
}
