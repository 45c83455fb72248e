/// The store behind the UI and CLI; another backend (PostgreSQL) could implement it later.
public protocol CaseloadStore: AnyObject {
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
}

extension CaseloadStore {
  public var validationState: ValidationState { .passed }
}
