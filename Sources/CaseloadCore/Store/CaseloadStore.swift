/// The store behind the UI and CLI: the JSON-file store, or PostgreSQL for an authority that
/// outgrows one server. Nothing above it knows which.
public protocol CaseloadStore: AnyObject {
  /// Where the store is, as the user named it (a folder, or a postgres:// address), for
  /// messages and for keeping drafts apart.
  var location: String { get }
  /// The latest state this process knows.
  var caseload: Caseload { get }
  /// Sequence number of the last change applied.
  var sequence: Int { get }
  var isReadOnly: Bool { get }
  /// Reads changes other processes committed since we last looked, applies them, returns them.
  func refresh() throws -> [JournalEntry]
  /// Checks the change against the latest state (under the write lock, after reading others'
  /// changes), appends it durably, applies it; returns the committed entry. Throws CaseloadError
  /// (.conflict / .refused / .notFound from Caseload.check, .io on disk failure, .readOnly).
  @discardableResult func commit(_ change: Change) throws -> JournalEntry
  /// How the proof of the store's records stands; a store validated before it was opened has
  /// passed.
  var validationState: ValidationState { get }
  /// Every change with sequence > `sequence`, oldest first, across the whole history (the audit).
  func changes(since sequence: Int) throws -> [JournalEntry]
  /// Folds the changes into a new snapshot, so opening reads less.
  func compact() throws
  /// The audit: every change after `sequence` with the database role that made it, where the
  /// backend keeps one (PostgreSQL); the file store's changes have only their OS user.
  func auditTrail(since sequence: Int) throws -> [(entry: JournalEntry, role: String?)]
}

extension CaseloadStore {
  public func auditTrail(since sequence: Int) throws -> [(entry: JournalEntry, role: String?)] {
    try changes(since: sequence).map { ($0, nil) }
  }
}

extension CaseloadStore {
  public var validationState: ValidationState { .passed }
}
