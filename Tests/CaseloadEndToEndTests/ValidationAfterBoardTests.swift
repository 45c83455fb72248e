import Foundation
import Testing

/// The real board on a store whose records have a problem only validation finds (a case held
/// by a worker who does not exist): the board draws at once, then says so in one line and
/// refuses every change, and the store is left byte for byte as it was.
@Suite("a problem found after the first board: one line, read-only, nothing written", .serialized)
struct ValidationAfterBoardTests {
  @Test("the board goes read-only naming the record, and no file changes")
  func boardGoesReadOnly() throws {
    let home = try TemporaryDirectory()
    let cli = CLI(home: home.path)
    let path = home.path + "/store"
    #expect(
      try cli.run(["generate", "--workers", "3", "--cases", "6", "--notes", "4", "--out", path])
        .status == 0)
    try BadStoreTests.edit(
      path + "/caseload.json",
      #""id":"C100005","lastVisit":"2026-11-17","opened":"2026-11-17","worker":"w00003""#,
      #""id":"C100005","lastVisit":"2026-11-17","opened":"2026-11-17","worker":"w00099""#)
    let before = snapshotOfFiles(under: path)
    var environment = cli.environment
    environment["TERM"] = "tmux-256color"
    let tmux = try Tmux.start(
      command: [CLI.binary, "--store", path], width: 80, height: 24, environment: environment)
    _ = try tmux.waitFor("Front Door 001")
    let problem = "caseload.json: cases[5] (C100005): worker 'w00099' does not exist"
    let shown = try tmux.waitFor("the store has a problem")
    #expect(shown[0].hasSuffix("READ-ONLY"))
    #expect(shown.contains { $0.contains("Read-only: the store has a problem") })
    try tmux.send(keys: "Tab")
    try tmux.send(keys: "n")
    let refused = try tmux.waitFor("nothing can be saved")
    #expect(!refused.joined().contains("Discussion"), "the note editor opened")
    try tmux.send(keys: "q")
    #expect(try tmux.waitForExit() == 0)
    #expect(snapshotOfFiles(under: path) == before, "the store changed")
    let check = try cli.run(["check", "--store", path])
    #expect(check.status == 1)
    #expect(check.stdout.contains(problem) || check.stderr.contains(problem))
  }
}
