import CaseloadCore
import CaseloadPostgres
import Foundation
import PostgresTestServer
import Testing

/// The two store backends the store's proof suites run against: the same tests, the same
/// `caseload` binary, a folder or a `postgres://` address.
enum Backend: String, CustomTestStringConvertible, Sendable {
  case file
  case postgres

  var testDescription: String { self == .file ? "JSON files" : "PostgreSQL" }

  /// Both when a PostgreSQL server can be had (see `TestServer`; under CI one must be), else
  /// the file store alone.
  static var all: [Backend] { TestServer.available ? [.file, .postgres] : [.file] }

  /// How many times longer than on files a process takes to open the store and commit: a
  /// PostgreSQL process logs in and commits over a socket, so kills meant to land among its
  /// commits wait that much longer.
  var pace: UInt32 { self == .file ? 1 : 3 }

  static func of(_ place: String) -> Backend {
    PostgresLocation.isAddress(place) ? .postgres : .file
  }

  /// The password a `caseload` process needs for the tests' server, and nothing else.
  static var environment: [String: String] {
    TestServer.server.map { ["PGPASSWORD": $0.password] } ?? [:]
  }

  /// The store a test works on, made from a generated folder: the folder itself, or a new
  /// database it was migrated into.
  func store(from path: String, cli: CLI) throws -> String {
    switch self {
    case .file:
      return path
    case .postgres:
      let address = try TestServer.database("proof")
      let migrated = try cli.run(["migrate", "--from", path, "--to", address])
      guard migrated.status == 0 else {
        throw ChildError(description: "migrate: \(migrated.stderr)")
      }
      return address
    }
  }

  /// Opens a folder or an address, as `caseload` would.
  static func open(_ place: String, readOnly: Bool = false, user: String) throws
    -> any CaseloadStore
  {
    switch of(place) {
    case .file:
      return try FileStore.open(
        at: place, readOnly: readOnly, user: user, clock: StoreAudit.clock)
    case .postgres:
      return try PostgresStore.open(
        place, environment: TestServer.environment, readOnly: readOnly, user: user)
    }
  }

  /// What `caseload check` finds wrong, in-process: every problem of a folder; for a database,
  /// what opening it (which validates the snapshot and every change) refuses.
  static func problems(at place: String) -> [String] {
    switch of(place) {
    case .file:
      return FileStore.check(at: place).map { "\($0)" }
    case .postgres:
      do {
        _ = try open(place, readOnly: true, user: "auditor")
        return []
      } catch {
        return ["\(error)"]
      }
    }
  }
}
