import CaseloadCore
import Foundation
import PostgresTestServer
import Testing

@testable import CaseloadPostgres

@Suite(
  "the PostgreSQL store, against a real server",
  .enabled(if: TestServer.available, "no PostgreSQL server could be started (see .ci/postgres.sh)"))
struct PostgresStoreTests {
  @Test("init makes a versioned schema holding the snapshot; a second init is refused")
  func initAndReopen() throws {
    let address = try Fixture.store()
    let store = try Fixture.open(address)
    #expect(store.caseload == Fixture.caseload)
    #expect(store.sequence == 0)
    #expect(throws: CaseloadError.self) {
      try PostgresStore.create(address, environment: TestServer.environment, with: Caseload())
    }
    #expect(
      try TestServer.psql(
        "SELECT version FROM caseload_schema", database: TestServer.name(of: address)) == "1\n")
  }

  @Test("a newer schema than this program knows is refused in one line")
  func newerSchema() throws {
    let address = try Fixture.store()
    try TestServer.psql(
      "UPDATE caseload_schema SET version = 2", database: TestServer.name(of: address))
    #expect {
      try Fixture.open(address)
    } throws: { error in
      "\(error)".contains("was made by a newer caseload (schema 2; this one knows 1)")
    }
  }

  @Test("commits are checked against the latest state, numbered without gaps, and kept")
  func commits() throws {
    let address = try Fixture.store()
    let first = try Fixture.open(address)
    let second = try Fixture.open(address, user: "bo")
    let moved = try first.commit(Fixture.move("C1", from: "W1", to: "W2"))
    #expect(moved.sequence == 1)
    // The second manager saw C1 with W1: their move is refused, not silently overruled.
    #expect {
      try second.commit(Fixture.move("C1", from: "W1", to: "W3"))
    } throws: { error in
      "\(error)".contains("was moved by someone else")
    }
    #expect(second.caseload.case("C1")?.worker == "W2", "the refusal read the latest state")
    let note = try second.commit(Fixture.note("N9"))
    #expect(note.sequence == 2)
    #expect(try first.refresh().map(\.sequence) == [2])
    let reopened = try Fixture.open(address, readOnly: true)
    #expect(reopened.sequence == 2)
    #expect(reopened.caseload == first.caseload)
    #expect(try reopened.changes(since: 0).map(\.by) == ["amara", "bo"])
    #expect(throws: CaseloadError.self) { try reopened.commit(Fixture.note("N10")) }
  }

  @Test("the audit has the OS user, the database role and the server's UTC time")
  func audit() throws {
    let address = try Fixture.store()
    let store = try Fixture.open(address)
    let before = Timestamp(Date()).seconds
    try store.commit(Fixture.note("N1"))
    let trail = try store.auditTrail(since: 0)
    #expect(trail.count == 1)
    #expect(trail.first?.entry.by == "amara")
    #expect(trail.first?.role == TestServer.server?.user)
    let at = try #require(trail.first?.entry.at.seconds)
    #expect(abs(at - before) < 120, "the server's clock, in UTC")
  }

  @Test("an open board hears of others' changes, and polls when the notifications stop")
  func listening() throws {
    let address = try Fixture.store()
    let board = try Fixture.open(address, listen: true)
    let other = try Fixture.open(address, user: "bo")
    #expect(try board.refresh().isEmpty)
    try other.commit(Fixture.note("N1"))
    #expect(try Self.eventually { try board.refresh().count == 1 })
    // Drop the listening connection from the server side: the board falls back to polling.
    try TestServer.psql(
      """
      SELECT pg_terminate_backend(pid) FROM pg_stat_activity
      WHERE datname = current_database() AND query LIKE 'LISTEN%'
      """, database: TestServer.name(of: address))
    #expect(try Self.eventually { board.listener?.isListening == false })
    try other.commit(Fixture.note("N2"))
    #expect(try Self.eventually { try board.refresh().count == 1 })
    // It listens again by itself.
    #expect(
      try Self.eventually(seconds: 10) {
        _ = try board.refresh()
        return board.listener?.isListening == true
      })
    try other.commit(Fixture.note("N3"))
    #expect(try Self.eventually { try board.refresh().count == 1 })
  }

  @Test("a connection dropped before COMMIT saves nothing; the retry saves it once")
  func droppedBeforeCommit() throws {
    let address = try Fixture.store()
    let store = try Fixture.open(address)
    store.fault = { step in
      if step == .beforeCommit { store.session.close() }
    }
    #expect {
      try store.commit(Fixture.note("N1"))
    } throws: { error in
      "\(error)".contains("could not save: the connection to the server was lost")
    }
    #expect(try Fixture.open(address, readOnly: true).sequence == 0)
    store.fault = nil
    let saved = try store.commit(Fixture.note("N1"))
    #expect(saved.sequence == 1)
    #expect(try Fixture.open(address, readOnly: true).changes(since: 0).count == 1)
  }

  @Test("a connection dropped after COMMIT is found to have saved the change, once")
  func droppedAfterCommit() throws {
    let address = try Fixture.store()
    let store = try Fixture.open(address)
    store.fault = { step in
      if step == .afterCommit {
        store.session.close()
        throw CaseloadError.io(
          path: "test", operation: "save", reason: "the connection to the server was lost")
      }
    }
    let saved = try store.commit(Fixture.note("N1"))
    #expect(saved.sequence == 1)
    store.fault = nil
    // Retrying the same change now is a new note with the same id: refused, not saved twice.
    #expect(throws: CaseloadError.self) { try store.commit(Fixture.note("N1")) }
    #expect(try Fixture.open(address, readOnly: true).changes(since: 0).count == 1)
  }

  @Test("a bad journal row, a gap or a bad snapshot is refused in one line naming it")
  func hostileRows() throws {
    let address = try Fixture.store()
    let name = TestServer.name(of: address)
    try Fixture.open(address).commit(Fixture.note("N1"))
    try TestServer.psql(
      """
      INSERT INTO caseload_journal (seq, at, by_user, change)
      VALUES (2, '2026-11-23T10:00:00Z', 'x',
        '{"kind":"reassign","reassign":{"moves":[{"case":"C1","from":"W1","to":"W99"}],"reason":"r","date":"2026-11-23"}}')
      """, database: name)
    #expect {
      try Fixture.open(address)
    } throws: { error in
      let text = "\(error)"
      return text.contains("caseload_journal seq 2") && text.contains("W99")
        && !text.contains("\n")
    }
    try TestServer.psql("DELETE FROM caseload_journal WHERE seq = 2", database: name)
    try TestServer.psql(
      """
      INSERT INTO caseload_journal (seq, at, by_user, change)
      VALUES (5, '2026-11-23T10:00:00Z', 'x', '{"kind":"visit","case":"C1","on":"2026-11-20"}')
      """, database: name)
    #expect {
      try Fixture.open(address)
    } throws: { error in
      "\(error)".contains("changes 2 to 4 are missing")
    }
    try TestServer.psql("DELETE FROM caseload_journal WHERE seq = 5", database: name)
    // As strict as a journal line in a file: no key twice, no field this version does not know.
    for (change, problem) in [
      (#"{"kind":"visit","case":"C1","case":"C2","on":"2026-11-20"}"#, "is given twice"),
      (#"{"kind":"visit","case":"C1","on":"2026-11-20","risk":"high"}"#, "is not a field"),
    ] {
      try TestServer.psql(
        """
        INSERT INTO caseload_journal (seq, at, by_user, change)
        VALUES (2, '2026-11-23T10:00:00Z', 'x', '\(change)')
        """, database: name)
      #expect {
        try Fixture.open(address)
      } throws: { error in
        "\(error)".contains("caseload_journal seq 2") && "\(error)".contains(problem)
      }
      try TestServer.psql("DELETE FROM caseload_journal WHERE seq = 2", database: name)
    }
    try TestServer.psql(
      "UPDATE caseload_snapshot SET body = replace(body, '\"fte\":1', '\"fte\":99')",
      database: name)
    #expect {
      try Fixture.open(address)
    } throws: { error in
      "\(error)".contains("caseload_snapshot") && "\(error)".contains("fte")
    }
  }

  @Test("opened for the board before its records are proved, a bad one makes it read-only")
  func provedAfterOpening() throws {
    let address = try Fixture.store()
    let name = TestServer.name(of: address)
    try TestServer.psql(
      #"UPDATE caseload_snapshot SET body = regexp_replace(body, '"worker":"W1"', '"worker":"W99"')"#,
      database: name)
    #expect {
      try Fixture.open(address)
    } throws: { "\($0)".contains("W99") }
    let store = try PostgresStore.open(
      address, environment: TestServer.environment, validation: .afterOpening, user: "amara")
    #expect(store.caseload.workers.count == 3, "the board has its state at once")
    #expect {
      try store.commit(Fixture.note("N1"))
    } throws: { "\($0)".contains("caseload_snapshot") && "\($0)".contains("W99") }
    guard case .failed(let problem) = store.validationState else {
      Issue.record("the proof did not fail: \(store.validationState)")
      return
    }
    #expect("\(problem)".contains("W99"))
    #expect(throws: CaseloadError.self) { try store.compact() }
    #expect(
      try TestServer.psql("SELECT count(*) FROM caseload_journal", database: name) == "0\n",
      "nothing was saved")
  }

  @Test("server down, login refused, no database, no rights: each one clear line")
  func failures() throws {
    let address = try Fixture.store()
    let name = TestServer.name(of: address)
    let down = TestServer.address(name).replacingOccurrences(
      of: ":\(TestServer.server?.port ?? 0)/", with: ":1/")
    #expect { try Fixture.open(down) } throws: {
      "\($0)".contains("cannot reach the PostgreSQL server")
    }
    var wrong = TestServer.environment
    wrong["PGPASSWORD"] = "wrong"
    #expect {
      try PostgresStore.open(address, environment: wrong, user: "amara")
    } throws: { "\($0)".contains("refused the login") }
    #expect {
      try Fixture.open(TestServer.address("caseload_nowhere"))
    } throws: { "\($0)".contains("there is no database caseload_nowhere") }
    let role = "caseload_nogrant_\(UUID().uuidString.prefix(6).lowercased())"
    try TestServer.psql("CREATE ROLE \(role) LOGIN PASSWORD '\(TestServer.server?.password ?? "")'")
    try TestServer.psql("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC", database: name)
    #expect {
      try Fixture.open(TestServer.address(name, user: role))
    } throws: { "\($0)".contains("may not read its schema") }
    #expect {
      try Fixture.open(TestServer.address(name, query: "?sslmode=require"))
    } throws: { "\($0)".contains("does not offer TLS") }
  }

  @Test("managers with the README's grants can read, save and compact, but never rewrite history")
  func managerRoles() throws {
    let address = try Fixture.store()
    let name = TestServer.name(of: address)
    let group = "caseload_managers_\(UUID().uuidString.prefix(6).lowercased())"
    let manager = "amara_\(UUID().uuidString.prefix(6).lowercased())"
    let password = TestServer.server?.password ?? ""
    // As in the README's "Running on PostgreSQL".
    try TestServer.psql(
      """
      CREATE ROLE \(group) NOLOGIN;
      GRANT CONNECT ON DATABASE \(name) TO \(group);
      GRANT USAGE ON SCHEMA public TO \(group);
      GRANT SELECT ON caseload_schema, caseload_snapshot, caseload_journal TO \(group);
      GRANT INSERT ON caseload_journal TO \(group);
      GRANT UPDATE ON caseload_snapshot TO \(group);
      CREATE ROLE \(manager) LOGIN PASSWORD '\(password)' IN ROLE \(group);
      """, database: name)
    let mine = TestServer.address(name, user: manager)
    let store = try Fixture.open(mine, user: "amara")
    try store.commit(Fixture.note("N1"))
    try store.compact()
    #expect(try store.auditTrail(since: 0).map(\.role) == [manager])
    for rewrite in [
      "UPDATE caseload_journal SET by_user = 'someone'", "DELETE FROM caseload_journal",
      "DELETE FROM caseload_snapshot", "UPDATE caseload_schema SET version = 1",
    ] {
      #expect(throws: TestServer.Failure.self, "\(rewrite)") {
        try TestServer.psql(rewrite, database: name, user: manager)
      }
    }
    #expect(try Fixture.open(address).sequence == 1)
  }

  @Test("TLS is used when the server offers it, required when asked, and off when disabled")
  func tls() throws {
    let cluster = try #require(TestServer.Cluster.start(tls: true), "no cluster with TLS")
    defer { cluster.remove() }
    let address = "postgres://caseload_test@127.0.0.1:\(cluster.port)/postgres"
    try PostgresStore.create(address, environment: TestServer.environment, with: Fixture.caseload)
    for (query, encrypted) in [("", true), ("?sslmode=require", true), ("?sslmode=disable", false)]
    {
      let store = try PostgresStore.open(
        address + query, environment: TestServer.environment, user: "amara")
      // The newest connection over TCP is the store's (psql here comes over the socket).
      let ssl = try withExtendedLifetime(store) {
        try cluster.psql(
          """
          SELECT s.ssl FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid)
          WHERE a.client_addr IS NOT NULL ORDER BY a.backend_start DESC LIMIT 1
          """)
      }
      #expect(ssl == (encrypted ? "t\n" : "f\n"), "sslmode from '\(query)'")
    }
    // Its certificate is signed by no one this machine trusts.
    #expect {
      try PostgresStore.open(
        address + "?sslmode=verify-full", environment: TestServer.environment, user: "amara")
    } throws: { error in
      "\(error)".contains("its certificate is not signed by an authority this machine trusts")
        && !"\(error)".contains("\n")
    }
  }

  @Test("4 managers x 250 changes on overlapping cases: none lost, no gaps, a valid history")
  func concurrentWriters() throws {
    let address = try Fixture.store()
    let counts = ConcurrentCounts()
    DispatchQueue.concurrentPerform(iterations: 4) { writer in
      do {
        let store = try Fixture.open(address, user: "m\(writer)")
        for index in 0..<250 {
          let child = Case.ID("C\(index % 4 + 1)")
          let change: Change
          if index % 5 == 0, let holder = store.caseload.case(child)?.worker {
            change = Fixture.move(child, from: holder, to: holder == "W1" ? "W2" : "W1")
          } else {
            change = Fixture.note("N\(writer)-\(index)", on: child)
          }
          do {
            try store.commit(change)
            counts.saved(change)
          } catch let error as CaseloadError {
            // Another manager moved the case first: refused, as it must be.
            if case .conflict = error { counts.refused() } else { counts.failed("\(error)") }
          }
        }
      } catch {
        counts.failed("\(error)")
      }
    }
    #expect(counts.failures.isEmpty, "\(counts.failures.prefix(3))")
    let final = try Fixture.open(address, readOnly: true)
    let history = try final.changes(since: 0)
    #expect(history.map(\.sequence) == Array(1...history.count))
    #expect(history.count == counts.savedCount)
    #expect(counts.savedCount + counts.refusedCount == 1000)
    let notes = history.filter { if case .recordNote = $0.change { true } else { false } }
    #expect(Set(notes.map(\.change)).count == notes.count, "no change twice")
    #expect(notes.count >= 800)
  }

  /// Polls until `condition` holds or the deadline passes.
  static func eventually(seconds: Double = 5, _ condition: () throws -> Bool) throws -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if try condition() { return true }
      Thread.sleep(forTimeInterval: 0.05)
    }
    return try condition()
  }
}

final class ConcurrentCounts: @unchecked Sendable {
  private let lock = NSLock()
  private(set) var savedCount = 0
  private(set) var refusedCount = 0
  private(set) var failures: [String] = []

  func saved(_ change: Change) { lock.withLock { savedCount += 1 } }
  func refused() { lock.withLock { refusedCount += 1 } }
  func failed(_ text: String) { lock.withLock { failures.append(text) } }
}
