import CaseloadCore
import Foundation
import PostgresNIO

extension PostgresStore {
  /// `caseload init postgres://...`: the schema in a database that holds no store yet, with a
  /// snapshot of `caseload` (no change yet).
  public static func create(
    _ address: String, environment: [String: String], with caseload: Caseload
  ) throws {
    try create(address, environment: environment, with: caseload, sequence: 0, history: [])
  }

  /// Makes the schema and fills it in one transaction: the snapshot of `caseload` after change
  /// `sequence`, and `history` as the journal with every change's number, author and time.
  /// With `intoEmpty`, a store `init` has just made (no change saved) is filled instead.
  static func create(
    _ address: String, environment: [String: String], with caseload: Caseload, sequence: Int,
    history: [JournalEntry], intoEmpty: Bool = false
  ) throws {
    let location = try PostgresLocation(address, environment: environment)
    let session = PostgresSession(location, group: group)
    defer { session.close() }
    try session.connect()
    let body = String(
      decoding: try SnapshotText.encode(caseload, sequence: sequence), as: UTF8.self)
    try session.begin(doing: "create the store")
    do {
      let exists = try session.query(
        "SELECT to_regclass('caseload_schema') IS NOT NULL", doing: "look for a store")
      if (try? exists.first?.decode(Bool.self)) == true {
        guard intoEmpty else {
          throw CaseloadError.refused(
            "\(location.display) already holds a caseload store; nothing was changed")
        }
        try PostgresSchema.check(session)
        try session.query(
          "LOCK TABLE caseload_journal, caseload_snapshot IN EXCLUSIVE MODE", doing: "lock it")
        let used = try session.query(
          """
          SELECT (SELECT count(*) FROM caseload_journal) + (SELECT sequence FROM caseload_snapshot)
          """, doing: "look at the store")
        guard (try? used.first?.decode(Int.self)) == 0 else {
          throw CaseloadError.refused(
            "\(location.display) already holds changes; migrate only into a new database or an"
              + " empty store that caseload init has just made")
        }
        try session.query(
          """
          UPDATE caseload_snapshot SET sequence = \(sequence), body = \(body),
          written_at = \(unescaped: PostgresSchema.now) WHERE id = 1
          """, doing: "write the snapshot")
      } else {
        for statement in PostgresSchema.create {
          try session.query(statement, doing: "create the store")
        }
        try session.query(
          """
          INSERT INTO caseload_snapshot (id, sequence, body, written_at)
          VALUES (1, \(sequence), \(body), \(unescaped: PostgresSchema.now))
          """, doing: "write the snapshot")
      }
      try insert(history, into: session)
      try session.commit(doing: "create the store")
    } catch {
      session.rollback()
      throw error
    }
  }

  /// Inserts entries as journal rows, keeping each one's number, author and time, a thousand
  /// to a statement. They were not made through the database, so they have no role.
  static func insert(_ entries: [JournalEntry], into session: PostgresSession) throws {
    let rowsPerStatement = 1000
    for start in stride(from: 0, to: entries.count, by: rowsPerStatement) {
      var bindings = PostgresBindings()
      var rows: [String] = []
      for entry in entries[start..<min(start + rowsPerStatement, entries.count)] {
        let first = bindings.count + 1
        rows.append("($\(first), $\(first + 1), $\(first + 2), $\(first + 3), NULL)")
        bindings.append(entry.sequence)
        bindings.append(entry.at.description)
        bindings.append(entry.by)
        bindings.append(try SnapshotText.encode(entry.change))
      }
      try session.query(
        PostgresQuery(
          unsafeSQL: "INSERT INTO caseload_journal (seq, at, by_user, change, by_role) VALUES "
            + rows.joined(separator: ", "), binds: bindings), doing: "copy the journal")
    }
  }

  /// `caseload migrate`: copies a store with its whole history (each change keeps its number,
  /// author and time) into a database with no store yet, or into one `init` has just made and
  /// nothing has been saved to, in one transaction.
  public static func migrate(
    from source: any CaseloadStore, to address: String, environment: [String: String]
  ) throws {
    try create(
      address, environment: environment, with: source.caseload, sequence: source.sequence,
      history: try source.changes(since: 0), intoEmpty: true)
  }

  /// `caseload export`: writes this store back as a JSON-file store at `path` (which must not
  /// hold one): the snapshot at the latest change, and the whole journal for the audit.
  public func export(to path: String) throws {
    try readJournal()
    try FileStore.create(
      at: path, with: caseload, sequence: sequence, history: try changes(since: 0))
  }
}
