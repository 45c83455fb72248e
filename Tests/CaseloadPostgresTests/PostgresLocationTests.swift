import CaseloadCore
import Foundation
import Testing

@testable import CaseloadPostgres

@Suite("postgres:// addresses and libpq's conventions")
struct PostgresLocationTests {
  @Test(
    "addresses read as libpq reads them",
    arguments: [
      ("postgres://pm@db.example:6543/caseload", "pm", "db.example", 6543, "caseload"),
      ("postgresql://pm@localhost/caseload", "pm", "localhost", 5432, "caseload"),
      ("postgres://pm@%2Fvar%2Frun%2Fpostgresql/cl", "pm", "/var/run/postgresql", 5432, "cl"),
      ("postgres://pm@/cl?host=/tmp&port=5544", "pm", "/tmp", 5544, "cl"),
    ])
  func reads(address: String, user: String, host: String, port: Int, database: String) throws {
    let location = try PostgresLocation(address, environment: [:])
    #expect(location.user == user)
    #expect(location.host == host)
    #expect(location.port == port)
    #expect(location.database == database)
    #expect(location.tls == .prefer)
  }

  @Test(
    "a password, a missing user or database, or a bad port or sslmode is refused",
    arguments: [
      ("postgres://pm:secret@h/db", "holds a password"),
      ("postgres://h/db", "names no user"),
      ("postgres://pm@h/", "names no database"),
      ("postgres://pm@h:99999/db", "port"),
      ("postgres://pm@h/db?sslmode=sometimes", "sslmode 'sometimes'"),
      ("/var/lib/store", "is not a postgres:// address"),
      ("postgres://pm:secret@h:port/db", "cannot be read"),
    ])
  func refused(address: String, says: String) {
    #expect {
      try PostgresLocation(address, environment: [:])
    } throws: { "\($0)".contains(says) && !"\($0)".contains("secret") && !"\($0)".contains("cret") }
  }

  @Test("the password comes from PGPASSWORD, else ~/.pgpass when only its owner can read it")
  func passwords() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("caseload-pgpass-\(UUID().uuidString.prefix(8))").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let file = folder + "/.pgpass"
    try "# comment\nother:*:*:*:no\nh:5432:db:pm:from\\:file\n".write(
      toFile: file, atomically: true, encoding: .utf8)
    chmod(file, 0o600)
    let fromFile = try PostgresLocation("postgres://pm@h/db", environment: ["HOME": folder])
    #expect(fromFile.password == "from:file")
    let fromEnvironment = try PostgresLocation(
      "postgres://pm@h/db", environment: ["HOME": folder, "PGPASSWORD": "env"])
    #expect(fromEnvironment.password == "env")
    chmod(file, 0o644)
    #expect {
      try PostgresLocation("postgres://pm@h/db", environment: ["HOME": folder])
    } throws: { "\($0)".contains("chmod 0600") }
  }

  @Test("PGSSLMODE applies unless the address says otherwise")
  func sslmode() throws {
    #expect(
      try PostgresLocation("postgres://pm@h/db", environment: ["PGSSLMODE": "require"]).tls
        == .require)
    #expect(
      try PostgresLocation(
        "postgres://pm@h/db?sslmode=disable", environment: ["PGSSLMODE": "require"]
      )
      .tls == .disable)
  }
}
