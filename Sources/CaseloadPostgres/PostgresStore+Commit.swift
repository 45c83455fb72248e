import CaseloadCore
import Foundation
import PostgresNIO

extension PostgresStore {
  /// One transaction: the writer's lock, others' changes read and applied, the change checked
  /// against that latest state, inserted with the next number and a commit id, `NOTIFY`.
  /// A connection dropped on the way is settled by looking for the commit id afterwards.
  @discardableResult
  public func commit(_ change: Change) throws -> JournalEntry {
    guard !isReadOnly else {
      throw CaseloadError.readOnly("the store is open read-only, so nothing can be saved")
    }
    try provedWhole()
    let id = pending?.change == change ? pending?.id ?? UUID() : UUID()
    pending = (change, id)
    var committing = false
    do {
      let entry = try transaction(change, id: id, committing: &committing)
      pending = nil
      return entry
    } catch {
      session.rollback()
      // Until COMMIT is sent, a failure of any kind saves nothing (the server rolls back a
      // transaction whose connection goes); a unique commit id already there was saved.
      if PostgresErrors.state(of: error) == .uniqueViolation { return try settle(id, after: error) }
      guard committing, PostgresErrors.isConnectionLost(error) || Self.isLost(error) else {
        throw error
      }
      return try settle(id, after: error)
    }
  }

  private func transaction(_ change: Change, id: UUID, committing: inout Bool) throws
    -> JournalEntry
  {
    try session.begin(doing: "save")
    try session.query(
      "SELECT pg_advisory_xact_lock(\(PostgresSchema.writerLock))", doing: "take the lock")
    try readJournal()
    if let done = try committed(id) {
      try session.commit(doing: "save")
      return done
    }
    try caseload.check(change)
    guard sequence < JournalEntry.lastSequence else {
      throw CaseloadError.refused("the store has reached its last change number")
    }
    let next = sequence + 1
    let json = try SnapshotText.encode(change)
    let rows = try session.query(
      """
      INSERT INTO caseload_journal (seq, at, by_user, change, commit_id)
      VALUES (\(next), \(unescaped: PostgresSchema.now), \(user), \(json), \(id)) RETURNING at
      """, doing: "save the change")
    try session.query(
      "SELECT pg_notify(\(PostgresSchema.channel), \(String(next)))", doing: "tell others")
    try fault?(.beforeCommit)
    // From here the outcome is unknown if the connection goes: COMMIT may have reached it.
    committing = session.isOpen
    try session.commit(doing: "save")
    try fault?(.afterCommit)
    let at = rows.first.flatMap { try? $0.decode(String.self) }.flatMap(Timestamp.init(iso:))
    let entry = JournalEntry(
      sequence: next, at: at ?? Timestamp(Date()), by: user, change: change)
    try caseload.apply(entry)
    sequence = next
    return entry
  }

  /// The entry a commit id was saved as, if it was.
  private func committed(_ id: UUID) throws -> JournalEntry? {
    let rows = try session.query(
      "SELECT seq, at, by_user, change FROM caseload_journal WHERE commit_id = \(id)",
      doing: "look for the change")
    return try rows.first.map(entry)
  }

  /// After the connection went as COMMIT was sent, so the outcome is unknown: reconnects and
  /// looks for the commit id. Saved: the entry (read in order with any others). Not saved:
  /// says so, keeping the change for a retry that cannot save it twice.
  private func settle(_ id: UUID, after failure: any Error) throws -> JournalEntry {
    do {
      try session.connect()
      if let done = try committed(id) {
        try readJournal()
        pending = nil
        return done
      }
    } catch {
      throw CaseloadError.io(
        path: location, operation: "save",
        reason: "the connection to the server went as the change was being committed, and it"
          + " cannot be reached to see whether it was saved; try again when it is back (it"
          + " cannot be saved twice)")
    }
    let reason = (failure as? CaseloadError).map(Self.reason) ?? PostgresErrors.short(failure)
    throw CaseloadError.io(path: location, operation: "save", reason: reason)
  }

  /// An error's reason alone, without the place it already names.
  static func reason(_ error: CaseloadError) -> String {
    if case .io(_, _, let reason) = error { return reason }
    return error.description
  }

  static func isLost(_ error: any Error) -> Bool {
    if case .io(_, _, let reason) = error as? CaseloadError {
      return reason.hasPrefix("cannot reach") || reason == PostgresSession.lostConnection
    }
    return false
  }

  /// Writes a new snapshot at the latest change, under the writer's lock.
  public func compact() throws {
    guard !isReadOnly else {
      throw CaseloadError.readOnly("the store is open read-only, so it cannot be compacted")
    }
    try provedWhole()
    try session.begin(doing: "compact")
    do {
      try session.query(
        "SELECT pg_advisory_xact_lock(\(PostgresSchema.writerLock))", doing: "take the lock")
      try readJournal()
      let body = String(
        decoding: try SnapshotText.encode(caseload, sequence: sequence), as: UTF8.self)
      try session.query(
        """
        UPDATE caseload_snapshot SET sequence = \(sequence), body = \(body),
        written_at = \(unescaped: PostgresSchema.now) WHERE id = 1
        """, doing: "write the snapshot")
      try session.commit(doing: "compact")
    } catch {
      session.rollback()
      throw error
    }
  }
}
