import Foundation
import Testing

/// SIGINT, SIGTERM and SIGHUP (an SSH session dropping) on every screen, editors and forms
/// included: the terminal is given back as it was, and typing is kept as a draft.
@Suite("signals on every screen of the real board", .serialized)
struct SignalsEndToEndTests {
  struct Screen: CustomTestStringConvertible, Sendable {
    var name: String
    /// tmux key names to reach the screen from the board.
    var keys: [String]
    /// Text that shows the screen is drawn.
    var marker: String
    /// Typed once there, so a draft should be kept.
    var typing: String?
    var testDescription: String { name }
  }

  static let screens: [Screen] = [
    Screen(name: "board", keys: [], marker: "Cases of"),
    Screen(name: "worker detail", keys: ["Enter"], marker: "supervised"),
    Screen(name: "case detail", keys: ["Tab", "Enter"], marker: "Allocation history"),
    Screen(name: "reassign", keys: ["Tab", "r"], marker: "Move to"),
    Screen(name: "reassign reason", keys: ["Tab", "r", "Enter"], marker: "Reason (required)"),
    Screen(
      name: "note editor", keys: ["Tab", "n"], marker: "Oversight note on", typing: "Seen today"),
    Screen(name: "supervision", keys: ["s"], marker: "Supervision with", typing: "Wellbeing ok"),
    Screen(
      name: "record form", keys: ["Tab", "x", "Tab"], marker: "Closing the case", typing: "Moved"),
    Screen(name: "handover", keys: ["H"], marker: "Handover plan for"),
    Screen(name: "queue", keys: ["U"], marker: "Waiting"),
    Screen(name: "search", keys: ["/"], marker: "Search:"),
    Screen(name: "help", keys: ["?"], marker: "Keys on Team board"),
    Screen(name: "actions", keys: ["A"], marker: "Open actions for"),
    // Issue 11: the screens the list above did not reach.
    Screen(name: "session record", keys: ["Enter", "Tab", "Tab", "Enter"], marker: "Recorded by"),
    Screen(
      name: "addendum editor", keys: ["Tab", "Enter", "a"], marker: "Addendum to",
      typing: "Also seen"),
    Screen(name: "records menu", keys: ["e"], marker: "Keep records current"),
    Screen(name: "team picker", keys: ["t"], marker: "Size"),
    Screen(name: "referral form", keys: ["N"], marker: "A new referral for", typing: "C999"),
  ]

  static let signals: [(Int32, Int32)] = [(SIGINT, 130), (SIGTERM, 143), (SIGHUP, 129)]

  @Test(arguments: screens.indices)
  func restoresAndKeeps(_ index: Int) throws {
    let screen = Self.screens[index]
    // Each screen gets the next signal in turn; screens with typing get all three.
    let signals = screen.typing == nil ? [Self.signals[index % 3]] : Self.signals
    for (signal, status) in signals {
      let setup = try BoardEndToEndTests.Setup()
      let tmux = try setup.board()
      defer { tmux.kill() }
      _ = try tmux.waitFor("Cases of")
      for key in screen.keys { try tmux.send(keys: key) }
      _ = try tmux.waitFor(screen.marker)
      if let typing = screen.typing {
        try tmux.type(typing)
        _ = try tmux.waitFor(typing)
      }
      try tmux.signal(signal)
      #expect(try tmux.waitForExit() == status, "\(screen.name), signal \(signal)")
      try tmux.type("stty -a | tr ' ' '\\n' | grep -x -e icanon -e echo | sort | tr '\\n' ,")
      try tmux.send(keys: "Enter")
      _ = try tmux.waitFor("echo,icanon,")
      if screen.typing != nil {
        let drafts = setup.home.path + "/state/caseload/drafts"
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: drafts)) ?? []
        let files = folders.flatMap {
          (try? FileManager.default.contentsOfDirectory(atPath: drafts + "/" + $0)) ?? []
        }
        #expect(files.count == 1, "\(screen.name): the typing is kept as a draft")
      }
    }
  }
}
