import Foundation
import Testing

/// Every screen of the real board, in tmux, on a demo whose every displayable field carries
/// ESC, CSI, OSC title and OSC 52 clipboard writes, C1, CR, BS, DEL, bidi overrides,
/// zero-width and combining characters and wide CJK: nothing reaches the terminal raw (the
/// pane's title and tmux's clipboard are untouched, the notation is on screen) and the layout
/// holds (the header on the first row, the footer on the last, columns in line).
@Suite("terminal safety: hostile data on every screen of the real board")
struct TerminalSafetyTests {
  /// One screen on a tour: the keys that reach it from the last, what shows it is drawn, and
  /// the keys that go back (to the board, unless the next screen is reached from here).
  struct Stop: Sendable {
    var name: String
    var keys: [String]
    var marker: String
    var back: [String] = ["Escape"]
  }

  /// Screens visited in one board session, one after the other.
  struct Tour: CustomTestStringConvertible, Sendable {
    var name: String
    var width = 80
    var height = 24
    var stops: [Stop]
    var testDescription: String { "\(name) at \(width)x\(height)" }
  }

  static let tours: [Tour] = [
    Tour(
      name: "the board and what opens from the workers",
      stops: [
        Stop(name: "board", keys: [], marker: "Cases of", back: []),
        Stop(name: "worker detail", keys: ["Enter"], marker: "supervised", back: []),
        Stop(
          name: "session record", keys: ["Tab", "Tab", "Enter"], marker: "Recorded by",
          back: ["Escape", "Escape"]),
        Stop(name: "records menu", keys: ["e"], marker: "Keep records current"),
        Stop(name: "worker form", keys: ["D"], marker: "The details of"),
        Stop(name: "leave form", keys: ["L"], marker: "Leave or absence for"),
        Stop(name: "referral form", keys: ["N"], marker: "A new referral for"),
        Stop(name: "supervision editor", keys: ["s"], marker: "Supervision with"),
        Stop(name: "handover", keys: ["H"], marker: "Handover plan for"),
        Stop(name: "queue", keys: ["U"], marker: "Waiting"),
        Stop(name: "search", keys: ["/", "a"], marker: "found"),
        Stop(name: "help", keys: ["?"], marker: "Keys on Team board"),
        Stop(name: "actions", keys: ["A"], marker: "Open actions for"),
        Stop(name: "team picker", keys: ["t"], marker: "Size"),
      ]),
    Tour(
      name: "what opens from the cases",
      stops: [
        Stop(name: "case detail", keys: ["Tab", "Enter"], marker: "Allocation history", back: []),
        Stop(
          name: "addendum editor", keys: ["a"], marker: "Addendum to", back: ["Escape", "Escape"]),
        Stop(name: "reassign", keys: ["r"], marker: "Move to", back: []),
        Stop(
          name: "reassign reason", keys: ["Enter"], marker: "Reason (required)",
          back: ["Escape", "Escape"]),
        Stop(name: "note editor", keys: ["n"], marker: "Oversight note on"),
        Stop(name: "closing form", keys: ["x"], marker: "Closing the case"),
      ]),
    Tour(
      name: "the wide board", width: 200, height: 50,
      stops: [Stop(name: "board", keys: [], marker: "Cases of", back: [])]),
  ]

  @Test(arguments: tours)
  func hostileDataStaysOnScreen(_ tour: Tour) throws {
    let (home, cli) = try HostileDemo.make()
    defer { withExtendedLifetime(home) {} }
    var environment = cli.environment
    environment["TERM"] = "tmux-256color"
    let tmux = try Tmux.start(
      command: [CLI.binary, "demo"], width: tour.width, height: tour.height,
      environment: environment, clipboard: true)
    defer { tmux.kill() }
    let title = try tmux.title()
    _ = try tmux.waitFor("Cases of")
    for stop in tour.stops {
      for key in stop.keys { try tmux.send(keys: key) }
      let lines = try tmux.waitUntil("\(stop.name) drawn whole") { lines in
        lines.contains { $0.contains(stop.marker) } && (lines.last.map { !$0.isEmpty } ?? false)
      }
      try expectSafe(lines, stop.name, tour: tour, tmux: tmux, title: title)
      for key in stop.back { try tmux.send(keys: key) }
      if !stop.back.isEmpty { _ = try tmux.waitFor("Cases of") }
    }
  }

  private func expectSafe(
    _ lines: [String], _ name: String, tour: Tour, tmux: TmuxSession, title: String
  ) throws {
    let shown = lines.joined(separator: "\n")
    #expect(try tmux.title() == title, "\(name): the pane's title was set")
    #expect(try tmux.buffers() == [], "\(name): something reached tmux's clipboard")
    #expect(shown.contains("^[[2J^[]0;pwned^G"), "\(name): the escape codes are not shown")
    #expect(lines.count == tour.height, "\(name):\n\(shown)")
    #expect(lines.first?.hasPrefix("caseload") == true, "\(name): the header moved:\n\(shown)")
    #expect(
      lines.last.map { $0.contains("Esc") || $0.contains("quit") || $0.contains("help") } == true,
      "\(name): the footer is not on the last row:\n\(shown)")
    // Load bars start in one column whatever the names before them hold.
    let bars = lines.compactMap { line -> Int? in
      guard let percent = line.firstIndex(of: "%"), line.contains("] ") else { return nil }
      return line[..<percent].lastIndex(of: "[").map {
        line.distance(from: line.startIndex, to: $0)
      }
    }
    if name == "board" {
      #expect(
        bars.count >= 12 && Set(bars).count == 1, "the bars are out of line \(bars):\n\(shown)")
    }
  }
}
