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
    let id = pending?.change == change ? pending?.id ?? UUID() : UUID()
    pending = (change, id)
    do {
      let entry = try transaction(change, id: id)
      pending = nil
      return entry
    } catch {
      guard PostgresErrors.isConnectionLost(error) || Self.isLost(error) else {
        session.rollback()
        if PostgresErrors.state(of: error) == .uniqueViolation {
          return try settle(id, after: error)
        }
        throw error
      }
      return try settle(id, after: error)
    }
  }

  private func transaction(_ change: Change, id: UUID) throws -> JournalEntry {
    try session.begin(doing: "save")
    try session.query(
      "SELECT pg_advisory_xact_lock(\(PostgresSchema.writerLock))", doing: "take the lock")
    try readJournal()
    if let done = try committed(id) {
      try session.commit(doing: "save")
      return done
    }
    do {
      try caseload.check(change)
    } catch {
      session.rollback()
      throw error
    }
    guard sequence < JournalEntry.lastSequence else {
      session.rollback()
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

  /// After a failure whose outcome is unknown: reconnects and looks for the commit id. Saved:
  /// the entry (read in order with any others). Not saved: the failure, with the change kept
  /// for a retry that cannot save it twice.
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
        reason: "the connection to the server was lost, so it is not known whether the change"
          + " was saved; try again when the server is back (it cannot be saved twice)")
    }
    let reason = (failure as? CaseloadError)?.description ?? PostgresErrors.short(failure)
    throw CaseloadError.io(
      path: location, operation: "save", reason: "not saved (\(reason)); try again")
  }

  static func isLost(_ error: any Error) -> Bool {
    if case .io(_, _, let reason) = error as? CaseloadError {
      return reason.hasPrefix("cannot reach") || reason == "not connected"
    }
    return false
  }

  /// Writes a new snapshot at the latest change, under the writer's lock.
  public func compact() throws {
    guard !isReadOnly else {
      throw CaseloadError.readOnly("the store is open read-only, so it cannot be compacted")
    }
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
