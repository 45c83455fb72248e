import Foundation
import Testing

/// The ncurses layer, driven through `caseload terminal-check` in tmux: drawing, keys,
/// resize, paste, colours and their absence, start-up errors, and restoring the terminal.
@Suite(
  "terminal layer", .timeLimit(.minutes(2)),
  .enabled(if: Products.hasTerminalCheck, "needs the hidden 'caseload terminal-check' command"))
struct TerminalLayerTests {
  let names = "names: 陈静 Łukasz Zoë Siobhán Nguyễn"

  private func startCheck(
    width: Int = 80, height: Int = 24, environment: [String: String] = [:]
  ) throws -> TmuxSession {
    let tmux = try Tmux.start(
      command: [Products.caseload, "terminal-check"], width: width, height: height,
      environment: environment)
    try tmux.waitFor("caseload terminal check")
    return tmux
  }

  /// Sends one key and returns the screen once the program has counted it.
  @discardableResult
  private func press(_ key: String, on tmux: TmuxSession, count: inout Int) throws -> [String] {
    try tmux.send(keys: key)
    count += 1
    return try tmux.waitFor("keys \(count) ")
  }

  private func lastKey(_ screen: [String]) -> String? {
    screen.first { $0.contains("last key: ") }
      .map { $0.components(separatedBy: "last key: ")[1] }
      .map { String($0.prefix { $0 != "│" && $0 != "|" }).trimmingCharacters(in: .whitespaces) }
  }

  /// After the program has gone: the box is gone, and a shell reading lines with echo is back.
  private func expectRestored(_ tmux: TmuxSession) throws {
    var screen = try tmux.waitUntil { $0.contains("$") }
    #expect(!screen.contains { $0.contains("caseload terminal check") })
    try tmux.type("stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e echo -e icrnl -e opost")
    try tmux.send(keys: "Enter")
    screen = try tmux.waitUntil("stty's settings") { $0.contains("opost") }
    for setting in ["icanon", "echo", "icrnl", "opost"] {
      #expect(screen.contains(setting), "\(setting) should be back on")
    }
  }

  @Test("draws at 80x24 with wide names measured and a raw escape shown as text")
  func drawsAt80x24() throws {
    let tmux = try startCheck()
    let screen = try tmux.waitFor("unicode yes colours yes")
    #expect(screen.count == 24)
    #expect(screen[0] == "┌" + String(repeating: "─", count: 46) + "┐")
    #expect(screen[2] == "│ size 80x24" + String(repeating: " ", count: 35) + "│")
    #expect(screen[6] == "│ \(names)" + String(repeating: " ", count: 8) + "│")
    #expect(screen[7] == "│ raw escape: ^[31mnot red" + String(repeating: " ", count: 21) + "│")
    #expect(screen[23] == "q quits")
    let styled = try tmux.captureStyled()
    #expect(styled[9].contains("\u{1B}[32mok"), "ok is green")
    #expect(styled[9].contains("\u{1B}[33mwarn"), "warn is yellow")
    #expect(!styled[7].contains("\u{1B}[31mnot"), "data never turns the screen red")
  }

  @Test("reads every key caseload uses")
  func keys() throws {
    let tmux = try startCheck()
    let table: [(tmux: String, key: String)] = [
      ("Up", "up"), ("Down", "down"), ("Left", "left"), ("Right", "right"),
      ("Home", "home"), ("End", "end"), ("PPage", "pageUp"), ("NPage", "pageDown"),
      ("Enter", "enter"), ("Escape", "escape"), ("Tab", "tab"), ("BTab", "backTab"),
      ("BSpace", "backspace"), ("DC", "delete"), ("F1", "function(1)"),
      ("F2", "function(2)"), ("F12", "function(12)"), ("C-s", "ctrl(\"s\")"),
      ("C-c", "ctrl(\"c\")"), ("k", "char(\"k\")"), ("/", "char(\"/\")"),
      ("é", "char(\"é\")"), ("陈", "char(\"陈\")"),
    ]
    var count = 0
    for entry in table {
      let screen = try press(entry.tmux, on: tmux, count: &count)
      #expect(lastKey(screen) == entry.key, "tmux key \(entry.tmux)")
    }
  }

  @Test("Alt+key and unknown key sequences are not taken as typing")
  func unknownSequencesAreDropped() throws {
    let tmux = try startCheck()
    var count = 0
    try press("Up", on: tmux, count: &count)
    // Each of these would otherwise arrive as Esc followed by letters such as "A" or "q".
    try tmux.send(keys: "M-q", "C-Up", "M-x")
    let screen = try press("Down", on: tmux, count: &count)
    #expect(lastKey(screen) == "down")
  }

  @Test("a resize reaches the program at once, down to 60x20 and back")
  func resize() throws {
    let tmux = try startCheck()
    try tmux.resize(width: 60, height: 20)
    var screen = try tmux.waitFor("last key: resize(width: 60, height: 20)")
    #expect(screen.count == 20)
    #expect(screen[2].hasPrefix("│ size 60x20 "))
    try tmux.resize(width: 80, height: 24)
    screen = try tmux.waitFor("last key: resize(width: 80, height: 24)")
    #expect(screen[2].hasPrefix("│ size 80x24 "))
  }

  @Test("a bracketed paste arrives as one event, line breaks and all")
  func paste() throws {
    let tmux = try startCheck()
    try tmux.paste("line one\nline two q")
    let screen = try tmux.waitFor("keys 1 ")
    #expect(lastKey(screen) == #"paste("line one\nline two q")"#)
    #expect(tmux.isAlive, "a q inside a paste is text, not the quit key")
  }

  @Test("ticks about once a second while idle")
  func ticks() throws {
    let tmux = try startCheck()
    try tmux.waitFor("ticks 1")
    let start = Date()
    try tmux.waitFor("ticks 3")
    #expect(Date().timeIntervalSince(start) > 1.5)
  }

  @Test("q quits with status 0 and gives the terminal back")
  func quitRestores() throws {
    let tmux = try startCheck()
    try tmux.send(keys: "q")
    #expect(try tmux.waitForExit() == 0)
    try expectRestored(tmux)
  }

  @Test(
    "a signal restores the terminal and exits with 128 + its number",
    arguments: [(SIGTERM, "TERM"), (SIGHUP, "HUP"), (SIGINT, "INT")])
  func signalRestores(signal: Int32, name: String) throws {
    let tmux = try startCheck()
    try tmux.signal(signal)
    #expect(try tmux.waitForExit() == 128 + signal, "SIG\(name)")
    try expectRestored(tmux)
  }

  @Test("NO_COLOR keeps the layout and marks roles with attributes only")
  func noColor() throws {
    let tmux = try startCheck(environment: ["NO_COLOR": "1"])
    let screen = try tmux.waitFor("unicode yes colours no")
    #expect(screen[6] == "│ \(names)" + String(repeating: " ", count: 8) + "│")
    let styled = try tmux.captureStyled()
    let colours = (0...7).flatMap { ["\u{1B}[3\($0)m", ";3\($0)m", "\u{1B}[3\($0);"] }
    #expect(!colours.contains { styled.joined().contains($0) }, "no foreground colour anywhere")
    #expect(styled[9].contains("\u{1B}[4mwarn"), "warn is underlined")
    #expect(styled[9].contains("\u{1B}[7mselected"), "selected is reversed")
  }

  @Test("a vt100 gets the same layout without colour")
  func vt100() throws {
    let tmux = try startCheck(environment: ["TERM": "vt100"])
    let screen = try tmux.waitFor("colours no")
    #expect(screen[6] == "│ \(names)" + String(repeating: " ", count: 8) + "│")
    #expect(screen[23] == "q quits")
    try tmux.send(keys: "q")
    #expect(try tmux.waitForExit() == 0)
  }

  @Test("outside a UTF-8 locale, lines are ASCII and other scripts become ?")
  func asciiLocale() throws {
    let tmux = try startCheck(environment: ["LANG": "C", "LC_ALL": "C"])
    let screen = try tmux.waitFor("unicode no")
    #expect(screen[0] == "+" + String(repeating: "-", count: 46) + "+")
    #expect(
      screen[6] == "| names: ?? ?ukasz Zo? Siobh?n Nguy?n" + String(repeating: " ", count: 10) + "|"
    )
  }

  @Test(
    "a terminal that cannot be used gives one clear line and status 1",
    arguments: [
      (
        "nosuchterm",
        "terminal type 'nosuchterm' is not known here; set TERM to one this machine has, such as xterm-256color"
      ),
      ("dumb", "terminal type 'dumb' cannot move the cursor"),
      ("", "TERM is not set"),
    ])
  func unusableTerminal(term: String, message: String) throws {
    let tmux = try Tmux.start(
      command: [Products.caseload, "terminal-check"], width: 200, environment: ["TERM": term])
    #expect(try tmux.waitForExit() == 1)
    let screen = try tmux.capture()
    #expect(screen.contains { $0.contains(message) }, "screen: \(screen)")
  }

  @Test("without a terminal on standard input it says so and exits 1")
  func notATerminal() throws {
    let result = try Spawn.run(
      [Products.caseload, "terminal-check"],
      environment: ["TERM": "xterm-256color", "PATH": "/usr/bin:/bin"])
    #expect(result.status == 1)
    #expect(result.errors.contains("standard input is not one"))
    #expect(result.errors.split(separator: "\n").count == 1)
  }
}
