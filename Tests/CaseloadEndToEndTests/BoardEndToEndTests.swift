import CaseloadCore
import Foundation
import Testing

@Suite("the real board inside tmux, on a copy of the demo store", .serialized)
struct BoardEndToEndTests {
  /// A private demo copy and the environment to run the board on it.
  struct Setup {
    let home: TemporaryDirectory
    let cli: CLI
    var environment: [String: String]

    init(extra: [String: String] = [:]) throws {
      home = try TemporaryDirectory()
      cli = CLI(home: home.path)
      var env = cli.environment
      env["TERM"] = "tmux-256color"
      env["LANG"] = "C.UTF-8"
      env["LC_ALL"] = "C.UTF-8"
      for (key, value) in extra { env[key] = value }
      environment = env
    }

    /// The demo copy as the CLI left it, opened read-only.
    func demoStore() throws -> FileStore {
      try FileStore.open(
        at: home.path + "/state/caseload/demo", readOnly: true, user: "t",
        clock: { Timestamp(seconds: 0) })
    }

    func board(_ arguments: [String] = ["demo"], width: Int = 80, height: Int = 24) throws
      -> TmuxSession
    {
      try Tmux.start(
        command: [CLI.binary] + arguments, width: width, height: height, environment: environment)
    }
  }

  @Test("the board shows the main team's workers and bars; q leaves a usable terminal")
  func boardAndQuit() throws {
    let setup = try Setup()
    let tmux = try setup.board()
    let screen = try tmux.waitFor("Łukasz Wiśniewski")
    #expect(screen[0].contains("Child in Need and Protection 1"))
    #expect(screen.filter { $0.contains("%") && $0.contains("[") }.count == 12)
    #expect(screen.last?.contains("? help") == true)
    try tmux.send(keys: "q")
    #expect(try tmux.waitForExit() == 0)
    try tmux.type("stty -a | tr ' ' '\\n' | grep -x -e icanon -e echo | sort | tr '\\n' ,")
    try tmux.send(keys: "Enter")
    _ = try tmux.waitFor("echo,icanon,")
  }

  @Test("a case is reassigned with a reason, and the CLI sees the change")
  func reassign() throws {
    let setup = try Setup()
    let tmux = try setup.board()
    _ = try tmux.waitFor("Cases of")
    try tmux.send(keys: "Tab")
    try tmux.send(keys: "r")
    _ = try tmux.waitFor("Move to")
    try tmux.send(keys: "Enter")
    _ = try tmux.waitFor("Reason (required)")
    try tmux.type("Balancing the team")
    try tmux.send(keys: "Enter")
    let asked = try tmux.waitUntil(timeout: 10) { lines in
      lines.joined().contains("Saved:") || lines.joined().contains("[y]")
    }
    if asked.joined().contains("[y]") { try tmux.send(keys: "y") }
    _ = try tmux.waitFor("Saved: reassign")
    try tmux.send(keys: "q")
    _ = try tmux.waitForExit()
    let log = try setup.cli.run(["log", "--demo"])
    #expect(log.stdout.contains("reassign"))
    #expect(log.stdout.contains("Balancing the team"))
  }

  @Test("an oversight note is written and saved with Ctrl-S")
  func note() throws {
    let setup = try Setup()
    let tmux = try setup.board()
    _ = try tmux.waitFor("Cases of")
    try tmux.send(keys: "Tab")
    try tmux.send(keys: "n")
    _ = try tmux.waitFor("Oversight note on")
    try tmux.type("Discussed the plan with Zoë; 陈静 to attend.")
    try tmux.send(keys: "C-s")
    _ = try tmux.waitFor("Saved: note")
    try tmux.send(keys: "q")
    _ = try tmux.waitForExit()
    let store = try setup.demoStore()
    #expect(
      store.caseload.notes.contains {
        $0.note.discussion == "Discussed the plan with Zoë; 陈静 to attend."
      })
  }

  @Test("typing survives a dropped connection: the draft is offered back and can be saved")
  func draftAfterHangup() throws {
    let setup = try Setup()
    let first = try setup.board()
    _ = try first.waitFor("Cases of")
    try first.send(keys: "Tab")
    try first.send(keys: "n")
    _ = try first.waitFor("Oversight note on")
    try first.type("Agreed a visit on Friday with Siobhán")
    _ = try first.waitFor("with Siobhán")
    // What an SSH session dropping does to the program.
    try first.signal(SIGHUP)
    #expect(try first.waitForExit() == 129)
    first.kill()

    let folders = try FileManager.default.contentsOfDirectory(
      atPath: setup.home.path + "/state/caseload/drafts")
    #expect(folders.count == 1)
    let folder = setup.home.path + "/state/caseload/drafts/" + (folders.first ?? "")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder)
    #expect(files.count == 1 && files.allSatisfy { $0.hasPrefix("oversight-") })
    #expect(try mode(of: folder) == 0o700)
    #expect(try mode(of: folder + "/" + (files.first ?? "")) == 0o600)

    let second = try setup.board()
    _ = try second.waitFor("Unsaved draft")
    try second.send(keys: "y")
    let editor = try second.waitFor("is back")
    #expect(editor.joined().contains("Agreed a visit on Friday with Siobhán"))
    try second.send(keys: "C-s")
    _ = try second.waitFor("Saved: note")
    try second.send(keys: "q")
    #expect(try second.waitForExit() == 0)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    let store = try setup.demoStore()
    #expect(
      store.caseload.notes.contains {
        $0.note.discussion == "Agreed a visit on Friday with Siobhán"
      }
    )

    // Nothing is offered once the draft has been saved.
    let third = try setup.board()
    _ = try third.waitFor("Cases of")
    #expect(try !third.capture().joined().contains("Unsaved draft"))
  }

  private func mode(of path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? Int ?? -1) & 0o777
  }

  @Test("a move made by another manager with the CLI shows on the open board within seconds")
  func othersChanges() throws {
    let setup = try Setup()
    let tmux = try setup.board()
    let before = try tmux.waitFor("Cases of")
    #expect(before.contains { $0.contains("Aisha Siddiqui") && $0.contains(" 15 [") })
    let moved = try setup.cli.run([
      "reassign", "--demo", "C807716", "--to", "dora.szabo", "--reason", "Cover", "--force",
    ])
    #expect(moved.status == 0, "\(moved.stderr)")
    // Tyler Barker and the two siblings Aisha also holds: 15 cases become 12.
    let after = try tmux.waitFor("changed the store: reassign", timeout: 5)
    #expect(after.contains { $0.contains("Aisha Siddiqui") && $0.contains(" 12 [") })
    #expect(after.contains { $0.contains("Dóra Szabó") && $0.contains(" 17 [") })
  }

  @Test("a journal damaged while the board is open gives a notice, not a crash")
  func damagedWhileOpen() throws {
    let setup = try Setup()
    let tmux = try setup.board()
    _ = try tmux.waitFor("Cases of")
    let journal = setup.home.path + "/state/caseload/demo/journal/000001.jsonl"
    let handle = try #require(FileHandle(forWritingAtPath: journal))
    handle.seekToEndOfFile()
    handle.write(Data("{\"not\": \"a change\"}\n".utf8))
    try handle.close()
    let screen = try tmux.waitFor("Cannot read new changes", timeout: 5)
    #expect(screen.contains { $0.contains("Aisha Siddiqui") }, "the board stays")
    try tmux.send(keys: "q")
    #expect(try tmux.waitForExit() == 0)
  }

  @Test("60x20 shows the size message; back to 80x24 restores the board")
  func resize() throws {
    let setup = try Setup()
    let tmux = try setup.board()
    _ = try tmux.waitFor("Cases of")
    try tmux.resize(width: 60, height: 20)
    _ = try tmux.waitFor("at least 80x24")
    try tmux.resize(width: 80, height: 24)
    _ = try tmux.waitFor("Cases of")
  }

  @Test(
    "NO_COLOR=1 and TERM=vt100 still give a readable board",
    arguments: [["NO_COLOR": "1"], ["TERM": "vt100"]])
  func monochrome(_ extra: [String: String]) throws {
    let setup = try Setup(extra: extra)
    let tmux = try setup.board()
    let screen = try tmux.waitFor("Cases of")
    let bars = screen.filter { $0.contains("%") && $0.contains("[") }
    #expect(bars.count == 12)
    #expect(bars.contains { $0.contains("%!") }, "over-capacity must read without colour")
  }

  @Test("a worker name with ESC sequences is shown escaped")
  func hostileName() throws {
    let setup = try Setup()
    // Make the demo copy, then rename a worker through the snapshot, as a hostile edit would.
    _ = try setup.cli.run(["report", "--demo"])
    let file = setup.home.path + "/state/caseload/demo/caseload.json"
    let text = try String(contentsOfFile: file, encoding: .utf8)
    let hostile = text.replacingOccurrences(
      of: "\"Aisha Siddiqui\"", with: "\"Aisha\\u001b[2J\\u001b]0;pwned\\u0007\"")
    try hostile.write(toFile: file, atomically: false, encoding: .utf8)
    let tmux = try setup.board()
    // The whole frame, footer included: a first capture can catch the draw half-way.
    let screen = try tmux.waitUntil("the board with the hostile name") { lines in
      lines.joined().contains("Aisha^[[2J") && lines.last?.contains("q quit") == true
    }
    #expect(screen.joined().contains("^[]0;pwned^G"))
    // Drawn before and after the name: a clear-screen that got through would wipe the header.
    #expect(screen[0].contains("Child in Need and Protection 1"), "the screen was not cleared")
    #expect(screen.contains { $0.contains("Łukasz") })
  }

  @Test("read-only refuses editing keys with a reason")
  func readOnly() throws {
    let setup = try Setup()
    let tmux = try setup.board(["demo", "--read-only"])
    _ = try tmux.waitFor("READ-ONLY")
    try tmux.send(keys: "Tab")
    try tmux.send(keys: "r")
    _ = try tmux.waitFor("Read-only: reassigning is unavailable")
  }
}
