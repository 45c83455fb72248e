import CaseloadCore
import PostgresNIO

// # The caseload store on PostgreSQL, schema version 1
//
// Three tables in the database the address names (its default schema):
//
// - `caseload_schema (version integer)`: one row, the schema's version. A newer version than
//   this program knows is refused on open.
// - `caseload_snapshot (id = 1, sequence bigint, body text, written_at text)`: one row, the
//   state after change `sequence` as the same JSON text as a file store's `caseload.json`,
//   validated the same way on open. `caseload compact` rewrites it.
// - `caseload_journal (seq bigint primary key, at text, by_user text, by_role text, change
//   text, commit_id uuid unique)`: every change, with a gap-free sequence from 1; `at` is the
//   server's UTC time as `2026-11-23T14:05:00Z`, `by_user` the OS user and `by_role` the
//   database role that made it (null for a change `caseload migrate` copied in from a file
//   store, which had none); `change` is the same JSON as a journal line's `change`. Rows are
//   only inserted. The journal holds the whole history, also what the snapshot folds in.
//
// Committing a change is one transaction: take the writer's lock (an advisory lock held to
// the end of the transaction), read what others committed since, check the change against
// that latest state exactly as the file store does, insert it with the next number and a
// commit id, `NOTIFY caseload_changes` with the number, commit. If the connection drops on
// the way, the store reconnects and looks for its commit id: found, the change is saved once;
// not found, it was not saved, and a retry of the same change reuses the id, so it can never
// be saved twice.
enum PostgresSchema {
  static let version = 1
  /// The channel open boards listen on; the payload is the new change's number.
  static let channel = "caseload_changes"
  /// The advisory lock that makes committers take turns.
  static let writerLock: Int64 = 0x6361_7365_6C6F_6164  // "caseload"

  static let create: [PostgresQuery] = [
    "CREATE TABLE caseload_schema (version integer NOT NULL)",
    "INSERT INTO caseload_schema (version) VALUES (1)",
    """
    CREATE TABLE caseload_snapshot (
      id smallint PRIMARY KEY CHECK (id = 1), sequence bigint NOT NULL CHECK (sequence >= 0),
      body text NOT NULL, written_at text NOT NULL)
    """,
    """
    CREATE TABLE caseload_journal (
      seq bigint PRIMARY KEY CHECK (seq > 0), at text NOT NULL, by_user text NOT NULL,
      by_role text DEFAULT current_user, change text NOT NULL, commit_id uuid UNIQUE)
    """,
  ]

  /// The server's time now in UTC, written as every store writes times.
  static let now = #"to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')"#

  /// Refuses a database whose schema is missing or newer than this program knows.
  static func check(_ session: PostgresSession) throws {
    let rows = try session.query("SELECT version FROM caseload_schema", doing: "read its schema")
    guard let row = rows.first, let version = try? row.decode(Int.self) else {
      throw CaseloadError.invalidStore(
        file: session.location.display, record: "caseload_schema", problem: "has no version")
    }
    guard version <= Self.version else {
      throw CaseloadError.refused(
        "\(session.location.display) was made by a newer caseload (schema \(version); this one"
          + " knows \(Self.version)); upgrade caseload before opening it")
    }
    guard version >= 1 else {
      throw CaseloadError.invalidStore(
        file: session.location.display, record: "caseload_schema",
        problem: "has version \(version), which no caseload made")
    }
  }
}
