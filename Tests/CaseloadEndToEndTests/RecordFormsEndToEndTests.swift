import CaseloadCore
import Foundation
import Testing

@Suite("a new store brought up from the real board in tmux", .serialized)
struct RecordFormsEndToEndTests {
  @Test("on a new store: a team, a worker, a case, a visit and a closure, then caseload report")
  func firstDay() throws {
    let home = try TemporaryDirectory()
    let cli = CLI(home: home.path)
    let store = home.path + "/store"
    let made = try cli.run(["init", store])
    #expect(made.status == 0, "\(made.stderr)")
    var env = cli.environment
    env["TERM"] = "tmux-256color"
    env["LANG"] = "C.UTF-8"
    env["LC_ALL"] = "C.UTF-8"
    env["CASELOAD_STORE"] = store
    let tmux = try Tmux.start(command: [CLI.binary], width: 80, height: 24, environment: env)
    defer { tmux.kill() }
    _ = try tmux.waitFor("This store has no teams yet")

    // A team.
    try tmux.send(keys: "a")
    _ = try tmux.waitFor("A new team in this store")
    try tmux.type("fd-east")
    try tmux.send(keys: "Tab")
    try tmux.type("Front Door East")
    try tmux.send(keys: "C-s")
    _ = try tmux.waitFor("No workers in this team yet")

    // A worker.
    try tmux.send(keys: "w")
    _ = try tmux.waitFor("A new worker in Front Door East")
    try tmux.type("sam.patel")
    try tmux.send(keys: "Tab")
    try tmux.type("Sam Patel")
    try tmux.send(keys: "C-s")
    _ = try tmux.waitFor("Saved: ")
    _ = try tmux.waitUntil("the worker on the board") { lines in
      lines.contains { $0.contains("Sam Patel") && $0.contains("%") }
    }

    // A case for Sam, a visit to it, then closing it.
    try tmux.send(keys: "N")
    _ = try tmux.waitFor("A new referral for Front Door East")
    try tmux.type("C700001")
    try tmux.send(keys: "Tab")
    try tmux.type("Iris Mensah")
    try tmux.send(keys: "Tab")
    try tmux.type("2/3/2018")
    for key in ["Tab", "Tab", "Tab", "Tab", "Right"] { try tmux.send(keys: key) }
    _ = try tmux.waitUntil("Sam chosen as the worker") { lines in
      lines.contains { $0.hasPrefix("> Worker") && $0.contains("Sam Patel") }
    }
    try tmux.send(keys: "C-s")
    let asked = try tmux.waitUntil(timeout: 10) { lines in
      lines.joined().contains("[y]") || lines.joined().contains("Saved: case add")
    }
    if asked.joined().contains("[y]") { try tmux.send(keys: "y") }
    _ = try tmux.waitUntil("the case in Sam's list") { lines in
      lines.contains { $0.contains("C700001") && $0.contains("Iris Mensah") }
    }
    try tmux.send(keys: "Tab")
    try tmux.send(keys: "v")
    _ = try tmux.waitFor("A statutory visit to C700001 Iris Mensah")
    try tmux.send(keys: "C-s")
    _ = try tmux.waitFor("Saved: ")
    try tmux.send(keys: "x")
    _ = try tmux.waitFor("Closing the case of C700001 Iris Mensah")
    try tmux.send(keys: "Tab")
    try tmux.type("Family moved away")
    try tmux.send(keys: "C-s")
    _ = try tmux.waitUntil("the case gone from the list") { lines in
      lines.joined().contains("Saved: ") && !lines.contains { $0.contains("Iris Mensah") }
    }
    try tmux.send(keys: "q")
    #expect(try tmux.waitForExit() == 0)

    let report = try cli.run(["report", "--store", store])
    #expect(report.status == 0, "\(report.stderr)")
    #expect(report.stdout.contains("Front Door East (fd-east)"))
    #expect(report.stdout.contains("Sam Patel"))
    let history = try cli.run(["history", "--store", store, "C700001"])
    #expect(history.stdout.contains("Family moved away"), "\(history.stdout)")
    let opened = try FileStore.open(
      at: store, readOnly: true, user: "t", clock: { Timestamp(seconds: 0) })
    let child = try #require(opened.caseload.case("C700001"))
    #expect(child.closed != nil)
    #expect(child.lastVisit == Day(iso: "2026-11-23"))
  }
}
