import Foundation
import Testing

/// The tmux harness itself, checked against plain shell commands before any test trusts it.
@Suite("tmux harness", .timeLimit(.minutes(1)))
struct HarnessTests {
  @Test("shows a command's output and delivers typed keys to it")
  func typedKeysReachTheCommand() throws {
    let tmux = try Tmux.start(command: ["sh", "-c", "printf hello; read x; echo got $x; read y"])
    try tmux.waitFor("hello")
    try tmux.type("abc")
    try tmux.send(keys: "Enter")
    let screen = try tmux.waitFor("got abc")
    #expect(screen.first == "helloabc")
    #expect(screen[1] == "got abc")
    #expect(tmux.isAlive)
  }

  @Test("the pane has the size asked for, and resizing changes what the command sees")
  func sizeAndResize() throws {
    let tmux = try Tmux.start(
      command: ["sh", "-c", "stty size; read x; stty size; read y"], width: 80, height: 24)
    try tmux.waitFor("24 80")
    #expect(try tmux.size() == (80, 24))
    #expect(try tmux.capture().count == 24)
    try tmux.resize(width: 60, height: 20)
    #expect(try tmux.size() == (60, 20))
    try tmux.send(keys: "Enter")
    let screen = try tmux.waitFor("20 60")
    #expect(screen.count == 20)
  }

  @Test("the command gets exactly the environment given, over a fixed base")
  func environment() throws {
    let tmux = try Tmux.start(
      command: ["sh", "-c", "echo \"[$TERM] [$LANG] [$CASELOAD_X] [${NO_COLOR-unset}]\"; read x"],
      environment: ["TERM": "vt100", "CASELOAD_X": "陈静 Łukasz"])
    try tmux.waitFor("[vt100] [C.UTF-8] [陈静 Łukasz] [unset]")
  }

  @Test("a command that exits at once leaves its output, its status and a usable shell")
  func exitStatus() throws {
    let tmux = try Tmux.start(command: ["sh", "-c", "echo bye; exit 3"])
    #expect(try tmux.waitForExit() == 3)
    #expect(!tmux.isAlive)
    // capture-pane trims trailing spaces, so the prompt "$ " shows as a line "$".
    let screen = try tmux.waitUntil { $0.contains("$") }
    #expect(screen.first == "bye")
    try tmux.type("echo after")
    try tmux.send(keys: "Enter")
    try tmux.waitFor("after")
  }

  @Test("a signal reaches the command in the pane")
  func signal() throws {
    let tmux = try Tmux.start(
      command: [
        "sh", "-c", "trap 'echo caught; exit 7' TERM; echo ready; while :; do sleep 1; done",
      ])
    try tmux.waitFor("ready")
    try tmux.signal(SIGTERM)
    #expect(try tmux.waitForExit() == 7)
    #expect(try tmux.capture().contains("caught"))
  }

  @Test("waiting for text that never comes fails with the screen in the message")
  func waitTimesOut() throws {
    let tmux = try Tmux.start(command: ["sh", "-c", "echo something else; read x"])
    try tmux.waitFor("something else")
    let error = #expect(throws: TmuxError.self) {
      try tmux.waitFor("never shown", timeout: 0.3)
    }
    #expect(error?.description.contains("something else") == true)
  }

  @Test("killing the session stops the command and its server")
  func kill() throws {
    let tmux = try Tmux.start(command: ["sh", "-c", "read x"])
    #expect(tmux.isAlive)
    tmux.kill()
    #expect(!tmux.isAlive)
    #expect(throws: TmuxError.self) { try tmux.capture() }
  }
}
