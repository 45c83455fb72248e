import CaseloadCore
import Foundation
import NIOPosix
import PostgresNIO

/// The store on PostgreSQL, behind the same protocol as the JSON-file store: a snapshot row,
/// a journal table with a gap-free sequence, every commit one transaction checked against the
/// latest state, and `NOTIFY` telling open boards. See `PostgresSchema` for the layout.
public final class PostgresStore: CaseloadStore {
  public internal(set) var caseload: Caseload
  public internal(set) var sequence: Int
  public let isReadOnly: Bool
  public var location: String { address.display }

  let address: PostgresLocation
  let session: PostgresSession
  /// Present for an open board: tells when there is something new to read.
  let listener: ChangeListener?
  let user: String
  /// Others' changes read while committing, kept for the next refresh to report.
  var unreported: [JournalEntry] = []
  /// The last change that may or may not have reached the server, with its commit id, so a
  /// retry of the same change can never save it twice.
  var pending: (change: Change, id: UUID)?
  /// Where tests make a commit fail as a dropped connection would.
  enum CommitStep { case beforeCommit, afterCommit }
  var fault: ((CommitStep) throws -> Void)?
  /// The proof of the snapshot's records, when it was left to run after opening.
  let proof: BackgroundValidation?

  static var group: any EventLoopGroup { MultiThreadedEventLoopGroup.singleton }

  init(
    address: PostgresLocation, session: PostgresSession, listener: ChangeListener?,
    readOnly: Bool, user: String, caseload: Caseload, sequence: Int,
    proof: BackgroundValidation? = nil
  ) {
    self.proof = proof
    self.address = address
    self.session = session
    self.listener = listener
    isReadOnly = readOnly
    self.user = user
    self.caseload = caseload
    self.sequence = sequence
  }

  deinit {
    listener?.stop()
    session.close()
  }

  /// Opens the store at `address`: checks the schema, reads and validates the snapshot and
  /// every change after it. `listen` starts the notification connection (for the board);
  /// `.afterOpening` proves the snapshot's records on a background thread, as the file store
  /// does for the board, and nothing is saved before that proof has passed.
  public static func open(
    _ address: String, environment: [String: String], readOnly: Bool = false,
    listen: Bool = false, validation: StoreValidation = .beforeOpening, user: String
  ) throws -> PostgresStore {
    let location = try PostgresLocation(address, environment: environment)
    let session = PostgresSession(location, group: group)
    try session.connect()
    try PostgresSchema.check(session)
    let rows = try session.query(
      "SELECT sequence, body FROM caseload_snapshot WHERE id = 1", doing: "read its snapshot")
    // The body as bytes: the decoder checks its UTF-8 itself, so no String is made of it.
    guard let row = rows.first,
      let (snapshotSequence, body) = try? row.decode((Int, ByteBuffer).self)
    else {
      throw CaseloadError.invalidStore(
        file: location.display, record: "caseload_snapshot", problem: "has no snapshot row")
    }
    let (state, sequence, proof) = try SnapshotText.read(
      Array(body.readableBytesView), name: "\(location.display) caseload_snapshot",
      validation: validation)
    guard sequence == snapshotSequence else {
      throw CaseloadError.invalidStore(
        file: location.display, record: "caseload_snapshot",
        problem: "says change \(snapshotSequence) but its text says \(sequence)")
    }
    let store = PostgresStore(
      address: location, session: session,
      listener: listen ? ChangeListener(location, group: group) : nil, readOnly: readOnly,
      user: user, caseload: state, sequence: sequence, proof: proof)
    do {
      try store.readJournal()
    } catch {
      // A bad snapshot explains a journal that does not replay onto it: report it first.
      if case .failed(let problem) = proof?.wait() { throw problem }
      throw error
    }
    store.unreported = []
    _ = store.listener?.takeNews()
    return store
  }

  /// How the proof of the snapshot's records stands; `.passed` when it ran in `open`.
  public var validationState: ValidationState { proof?.state ?? .passed }

  /// Waits for the proof of the snapshot's records, if it is still running; throws the
  /// problem it found. What must happen before anything is written.
  func provedWhole() throws {
    if case .failed(let problem) = proof?.wait() { throw problem }
  }

  /// Reads the changes after the ones this process has, checks each follows the last with no
  /// gap, applies them, and returns them.
  @discardableResult
  func readJournal() throws -> [JournalEntry] {
    let entries = try journalRows(after: sequence)
    for entry in entries {
      guard entry.sequence == sequence + 1 else {
        throw CaseloadError.invalidStore(
          file: location, record: "caseload_journal seq \(entry.sequence)",
          problem:
            "follows change \(sequence): changes \(sequence + 1) to \(entry.sequence - 1) are missing"
        )
      }
      do {
        try caseload.apply(entry)
      } catch let error as CaseloadError {
        throw CaseloadError.invalidStore(
          file: location, record: "caseload_journal seq \(entry.sequence)",
          problem: "cannot be applied: \(error.description)")
      }
      sequence = entry.sequence
    }
    unreported += entries
    return entries
  }

  /// Journal rows after a change number, as entries, oldest first.
  func journalRows(after: Int, doing what: String = "read its journal") throws -> [JournalEntry] {
    let rows = try session.query(
      "SELECT seq, at, by_user, change FROM caseload_journal WHERE seq > \(after) ORDER BY seq",
      doing: what)
    return try rows.map { row in try entry(row) }
  }

  /// One journal row as an entry, refused in one line when it is not one.
  func entry(_ row: PostgresRow) throws -> JournalEntry {
    let columns = row.makeRandomAccess()
    guard let seq = try? columns["seq"].decode(Int.self),
      let at = try? columns["at"].decode(String.self),
      let by = try? columns["by_user"].decode(String.self),
      let change = try? columns["change"].decode(String.self)
    else {
      throw CaseloadError.invalidStore(
        file: location, record: "caseload_journal", problem: "has a row of the wrong shape")
    }
    let record = "caseload_journal seq \(seq)"
    guard let time = Timestamp(iso: at) else {
      throw CaseloadError.invalidStore(
        file: location, record: record, problem: "at '\(at.prefix(30))' is not a UTC time")
    }
    let decoded = try SnapshotText.decodeChange(change, name: location, record: record)
    return JournalEntry(sequence: seq, at: time, by: by, change: decoded)
  }

  public func refresh() throws -> [JournalEntry] {
    if let listener, !listener.takeNews(), unreported.isEmpty { return [] }
    try readJournal()
    defer { unreported = [] }
    return unreported
  }

  public func changes(since sequence: Int) throws -> [JournalEntry] {
    try journalRows(after: sequence)
  }

  public func auditTrail(since sequence: Int) throws -> [(entry: JournalEntry, role: String?)] {
    let rows = try session.query(
      """
      SELECT seq, at, by_user, change, by_role FROM caseload_journal WHERE seq > \(sequence)
      ORDER BY seq
      """, doing: "read its journal")
    return try rows.map { row in
      let role = try? row.makeRandomAccess()["by_role"].decode(String.self)
      return (try entry(row), role)
    }
  }
}
