import CaseloadCore
import Foundation
import PostgresTestServer
import Testing

/// The real binary on a real PostgreSQL server: migrate and export, the board hearing of
/// another process's change, and hostile values, each as a user would meet them.
@Suite(
  "caseload on PostgreSQL, end to end", .serialized,
  .enabled(if: TestServer.available, "no PostgreSQL server could be started (see .ci/postgres.sh)"))
struct PostgresEndToEndTests {
  /// A home for the CLI and a new database, with the password where libpq looks for it.
  struct Setup {
    let home: TemporaryDirectory
    let cli: CLI
    let database: String

    init() throws {
      home = try TemporaryDirectory()
      cli = CLI(home: home.path, extra: Backend.environment)
      database = try TestServer.database("e2e")
    }

    /// The demo copy, with a note and a move made on it so its history is not empty.
    func demoWithHistory() throws -> String {
      for arguments in [
        [
          "note", "--demo", "--case", "C807716", "--discussion", "Reviewed the plan.", "--decision",
          "Agreed.",
        ],
        ["reassign", "--demo", "C807716", "--to", "dora.szabo", "--reason", "Cover", "--force"],
      ] {
        let result = try cli.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
      }
      return home.path + "/state/caseload/demo"
    }

    /// What `report` and `log` print for a store; the two a round trip must keep.
    func views(of store: String) throws -> [String] {
      try [["report", "--store", store], ["log", "--store", store]].map { arguments in
        let result = try cli.run(arguments)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return result.stdout
      }
    }

    func roundTrip(_ path: String) throws {
      let migrated = try cli.run(["migrate", "--from", path, "--to", database])
      #expect(migrated.status == 0, "\(migrated.stderr)")
      let original = try views(of: path)
      #expect(try views(of: database) == original)
      let back = home.path + "/exported"
      let exported = try cli.run(["export", "--from", database, "--to", back])
      #expect(exported.status == 0, "\(exported.stderr)")
      #expect(try views(of: back) == original)
      let check = try cli.run(["check", "--store", back])
      #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }
  }

  @Test("the demo with its history goes to PostgreSQL and back with report and log unchanged")
  func demoRoundTrip() throws {
    let setup = try Setup()
    let path = try setup.demoWithHistory()
    let log = try setup.views(of: path)[1]
    #expect(log.contains("reassign") && log.contains("note"), "the history is not empty")
    try setup.roundTrip(path)
  }

  @Test("a generated authority store goes to PostgreSQL and back with report and log unchanged")
  func authorityRoundTrip() throws {
    let setup = try Setup()
    let path = setup.home.path + "/authority"
    let made = try setup.cli.run([
      "generate", "--workers", "2000", "--cases", "20000", "--notes", "200000", "--out", path,
    ])
    #expect(made.status == 0, "\(made.stderr)")
    try setup.roundTrip(path)
  }

  @Test("migrate refuses a database that already holds changes, and changes nothing there")
  func migrateRefusesUsed() throws {
    let setup = try Setup()
    let path = try setup.demoWithHistory()
    #expect(try setup.cli.run(["migrate", "--from", path, "--to", setup.database]).status == 0)
    let before = try setup.views(of: setup.database)
    let again = try setup.cli.run(["migrate", "--from", path, "--to", setup.database])
    #expect(again.status == 1)
    #expect(again.stderr.hasPrefix("caseload: "), "\(again.stderr)")
    #expect(again.stderrLines.count == 1, "\(again.stderr)")
    #expect(try setup.views(of: setup.database) == before)
  }

  @Test("a move made with the CLI reaches a board open on PostgreSQL within 2 seconds")
  func boardHearsOthers() throws {
    let setup = try Setup()
    let path = setup.home.path + "/state/caseload/demo"
    _ = try setup.cli.run(["report", "--demo"])
    #expect(try setup.cli.run(["migrate", "--from", path, "--to", setup.database]).status == 0)
    var environment = setup.cli.environment
    environment["TERM"] = "tmux-256color"
    let tmux = try Tmux.start(
      command: [CLI.binary, "--store", setup.database, "--team", "cin-cp-1"],
      environment: environment)
    let before = try tmux.waitFor("Cases of")
    #expect(before.contains { $0.contains("Aisha Siddiqui") && $0.contains(" 15 [") })
    let moved = try setup.cli.run([
      "reassign", "--store", setup.database, "C807716", "--to", "dora.szabo", "--reason", "Cover",
      "--force",
    ])
    #expect(moved.status == 0, "\(moved.stderr)")
    let after = try tmux.waitFor("changed the store: reassign", timeout: 2)
    #expect(after.contains { $0.contains("Aisha Siddiqui") && $0.contains(" 12 [") })
    try tmux.send(keys: "q")
    #expect(try tmux.waitForExit() == 0)
  }

  @Test("with the server gone, the board keeps a note whose save failed; back, it saves once")
  func serverGoneWhileSaving() throws {
    // A cluster of its own, since it is stopped part way.
    let cluster = try #require(TestServer.Cluster.start(), "no PostgreSQL server binaries")
    defer { cluster.remove() }
    let setup = try Setup()
    let address = "postgres://caseload_test@127.0.0.1:\(cluster.port)/postgres"
    _ = try setup.cli.run(["report", "--demo"])
    let path = setup.home.path + "/state/caseload/demo"
    let migrated = try setup.cli.run(["migrate", "--from", path, "--to", address])
    #expect(migrated.status == 0, "\(migrated.stderr)")
    var environment = setup.cli.environment
    environment["TERM"] = "tmux-256color"
    let tmux = try Tmux.start(
      command: [CLI.binary, "--store", address, "--team", "cin-cp-1"], environment: environment)
    _ = try tmux.waitFor("Cases of")
    try tmux.send(keys: "Tab")
    try tmux.send(keys: "n")
    _ = try tmux.waitFor("Oversight note on")
    try tmux.type("Seen at home with her brother.")

    cluster.stop()
    try tmux.send(keys: "C-s")
    let refused = try tmux.waitFor("Not saved", timeout: 15)
    #expect(refused.contains { $0.contains("Seen at home with her brother.") }, "the entry is kept")
    #expect(refused.contains { $0.contains("Oversight note on") }, "the editor stays open")

    try cluster.resume()
    try tmux.send(keys: "C-s")
    _ = try tmux.waitFor("Saved: note", timeout: 15)
    try tmux.send(keys: "q")
    #expect(try tmux.waitForExit() == 0)
    let log = try setup.cli.run(["log", "--store", address])
    #expect(log.status == 0, "\(log.stderr)")
    #expect(log.stdout.split(separator: "\n").count { $0.contains(" note ") } == 1, "\(log.stdout)")
  }

  @Test("a record with control characters is refused on PostgreSQL as on a file store")
  func hostileRecordRefused() throws {
    let setup = try Setup()
    let path = setup.home.path + "/state/caseload/demo"
    _ = try setup.cli.run(["report", "--demo"])
    #expect(try setup.cli.run(["migrate", "--from", path, "--to", setup.database]).status == 0)
    let before = try setup.views(of: setup.database)
    for name in ["Aisha\u{1B}[2J", "Bell\u{07}", "Line\nbreak", "\u{202E}evil"] {
      let arguments = ["worker", "add", "w.hostile", "--name", name, "--team", "cin-cp-1"]
      let onFile = try setup.cli.run(arguments + ["--store", path])
      let onPostgres = try setup.cli.run(arguments + ["--store", setup.database])
      #expect(onFile.status != 0 && onPostgres.status == onFile.status, "\(onPostgres.stderr)")
      #expect(onPostgres.stderr == onFile.stderr)
      #expect(!onPostgres.stderrBytes.contains(0x1B), "raw ESC reached the terminal")
    }
    let csv = setup.home.path + "/cases.csv"
    try
      ("Mosaic ID,Child's Name,DOB,Sibling Group,Legal Status,Allocated Date,Allocated Worker,"
      + "Last Seen\nM1,Ava\u{1B}]0;pwned\u{07},01/02/2015,,CIN,01/06/2026,,\n").write(
        toFile: csv, atomically: true, encoding: .utf8)
    let arguments = ["import", "--cases", csv, "--team", "cin-cp-1"]
    let onFile = try setup.cli.run(arguments + ["--store", path])
    let onPostgres = try setup.cli.run(arguments + ["--store", setup.database])
    #expect(onPostgres.status == 1 && onFile.status == 1, "\(onPostgres.stderr)")
    #expect(onPostgres.stderr == onFile.stderr)
    #expect(onPostgres.stderr.contains("control character \\u{1b}"))
    #expect(try setup.views(of: setup.database) == before, "nothing was saved")
  }

  @Test("a hostile name written into the database behind caseload's back is shown escaped")
  func hostileRowShownEscaped() throws {
    let setup = try Setup()
    let path = setup.home.path + "/state/caseload/demo"
    _ = try setup.cli.run(["report", "--demo"])
    #expect(try setup.cli.run(["migrate", "--from", path, "--to", setup.database]).status == 0)
    try TestServer.psql(
      #"""
      UPDATE caseload_snapshot SET body = replace(body, '"Aisha Siddiqui"',
        '"Aisha\u001b[2J\u001b]0;pwned\u0007"')
      """#, database: TestServer.name(of: setup.database))
    let report = try setup.cli.run(["report", "--store", setup.database])
    #expect(!report.stdoutBytes.contains(0x1B) && !report.stderrBytes.contains(0x1B))
    var environment = setup.cli.environment
    environment["TERM"] = "tmux-256color"
    let tmux = try Tmux.start(
      command: [CLI.binary, "--store", setup.database, "--team", "cin-cp-1"],
      environment: environment)
    let screen = try tmux.waitUntil("the board with the hostile name") { lines in
      lines.joined().contains("Aisha^[[2J") && lines.last?.contains("q quit") == true
    }
    #expect(screen.joined().contains("^[]0;pwned^G"))
    #expect(screen[0].contains("Child in Need and Protection 1"), "the screen was not cleared")
  }
}

/// CI sets `CASELOAD_REQUIRE_POSTGRES=1`: there, a missing server fails the run instead of
/// skipping the PostgreSQL tests.
@Suite("a PostgreSQL server for the tests")
struct PostgresRequiredTests {
  @Test("is there when CASELOAD_REQUIRE_POSTGRES=1")
  func required() {
    let required = ProcessInfo.processInfo.environment["CASELOAD_REQUIRE_POSTGRES"] == "1"
    #expect(!required || TestServer.available, "CASELOAD_REQUIRE_POSTGRES=1 but no server")
  }
}
