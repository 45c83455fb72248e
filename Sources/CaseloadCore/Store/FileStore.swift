import Foundation
import SystemPackage

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// # The caseload store format, version 1
//
// A store is a directory, readable by its owner only (mode 0700, files 0600) or, when its
// setgid bit is set, by its group too (2770, files 0660). It holds:
//
// - `caseload.json`, the snapshot: the state after the change numbered `sequence`.
//
//       {"format":"caseload","version":1,"sequence":120,"journal":3,
//       "settings":{...},
//       "teams":[
//       {"id":"T1","kind":"front-door","managers":["amara"],"name":"Front Door"},
//       ...
//       ],
//       "workers":[...],"cases":[...],"allocations":[...],"sessions":[...],
//       "notes":[...],"addenda":[...],"actionsDone":[...],"actionsClosed":[...],
//       "caseEvents":[...]
//       }
//
//   One record per line, keys sorted, so a person can read it and `diff` two copies; any other
//   JSON layout of the same content reads the same. Allocations and case events are grouped by
//   case in case order, oldest first; completed and closed actions in the order recorded.
//   An action's `owner` is a worker id (`"owner":"W1"`) or a manager's user name
//   (`"owner":{"manager":"amara"}`). A session may carry `reviews`, what it decided about open
//   actions (`{"action":"A1","outcome":"done","note":"..."}`, `"carried-forward"`, or
//   `"closed"` with a `reason`); the done and closed records those reviews made are in
//   `actionsDone` and `actionsClosed` too (with `session`), written when the session was
//   applied and never derived again on load. `actionsDone` entries may have `note`, `session`
//   and `recordedOn`; `actionsClosed` entries are `{"action","closed","reason","authorship"}`
//   with optional `session` and `recordedOn`. An action is done or closed at most once, never
//   both. An addendum with `"withdrawal":true` withdraws its target (the undo of recording it).
//   `actionsClosed` came in after version 1 was first written and is read as empty when
//   absent; `reviews`, `note` and `withdrawal` are left out when empty or false. A case event
//   (`{"authorship":{...},"case":"C1","date":"2026-11-23","kind":"visit","seenAlone":true}`)
//   is a referral (`added`, `imported`), an import's `updated`, a `visit`, a `category` change
//   (with `category` from/to), `closed`, `reopened` or `transferred` (with `team` from/to); it
//   must name a case and teams that exist and carry what its kind needs. `caseEvents` came in
//   after version 1 was first written and is read as empty when absent. `journal` names the journal segment that
//   continues from this snapshot. A newer `version` is refused. Record ids are unique (teams,
//   workers and cases each; sessions, notes, actions and addenda together) and every reference
//   must resolve.
//
// - `journal/NNNNNN.jsonl`, the journal: one change per line, each line a JSON object ending
//   in a newline, `{"at":"2026-11-23T14:05:00Z","by":"amara","change":{...},"seq":121}`.
//   A change is `{"kind":K, ...}`: reassign, note, session, addendum, action-done,
//   action-close, visit, undo, and to keep records current team-add, worker-add, worker-set
//   (fields as {"from","to"}), absence, case-add, category, close, transfer, import (one whole
//   import), holidays; reopen, remove and action-reopen appear only inside an undo, and so does
//   a move's `undoesMoveOn` (the move undone is taken out of the allocation history). See
//   `Change+Codable.swift` for each one's keys.
//   Sequence numbers rise by one with no gaps across all segments. Lines are only ever
//   appended; a segment is never rewritten, so old segments are the audit history.
//   A last line without its newline was cut short by a crash and was never reported saved:
//   readers skip it and the next writer removes it.
//
//   A segment named by no snapshot (K+1 left by a compaction that failed before its rename)
//   is simply where the journal continues; a segment after a missing one is refused.
//
// - `lock`, an empty file that writers hold with flock(LOCK_EX) while they commit or compact.
//   Read-only use takes no lock.
//
// Committing a change, under the lock: read the lines other writers appended since we last
// looked and apply them; check the change against that latest state; append its line with one
// write; fdatasync; only then report it saved. If the write or sync fails, the segment is cut
// back to its old length and nothing is reported saved.
//
// Compacting, under the lock: write `caseload.json.tmp` (the state now, naming segment K+1),
// fsync it, create the empty segment K+1 and fsync the journal directory, rename the temporary
// file over `caseload.json`, fsync the store directory. A reader holding the old snapshot just
// reads on from segment K into K+1, so it never needs to reload.
//
// A compaction killed before its rename leaves `caseload.json.tmp`, never in force. The next
// writer to open the store removes it, if no writer holds the lock at that moment (a
// compaction holds it the whole time the file is its own); `caseload check` mentions it,
// taking the lock shared for a moment to tell, without counting it a problem.
//
// Before anything is read, every entry of the store folder and of `journal/` is looked at with
// lstat (an entry that vanishes meanwhile, such as a compaction's temporary file, is skipped)
// and the store is refused if any is readable or writable by other users; is a symbolic link
// (the store folder itself may be reached through one); is not what it must be (`caseload.json`,
// `caseload.json.tmp`, `lock` and segments regular files, `journal` a folder), so a pipe or
// device is never opened; or is owned by anyone but the store folder's owner, or in a
// group-shared store by anyone outside its group. A snapshot over 1 GiB or a journal line over
// 64 MiB is refused unread.
//
// Every number has a range (`StoreNumbers`), so no arithmetic on one read from a file can
// overflow: change numbers (`sequence`, `seq`) run from 1 to 2^53 = 9007199254740992, segment
// numbers from 1 to 999999 (six digits; `journal/1000000.jsonl` is no segment); weights 0 to
// 1000 points, `capacityPerFTE` and `cap` 1 to 10000, `asyeCapacityFactor` 0.1 to 1, `warnAt`
// 0.01 to 10, `overAbove` from `warnAt` to 10, `workerCountWarnAt` 1 to 1000, intervals 0 to
// 3660 units, years 1 to 9999. A value outside is refused, naming the file and field. A store
// at the last change number takes no more; one at the last segment is not compacted again.

/// The JSON-file store: a snapshot plus an append-only journal, safe for several writers.
public final class FileStore: CaseloadStore {
  public var caseload: Caseload { state.caseload }
  public var sequence: Int { state.sequence }
  public let isReadOnly: Bool
  /// The store directory, as it was given.
  public var path: String { layout.display }
  public var location: String { path }

  let layout: StoreLayout
  let reader: JournalReader
  var state: ReplayState
  var cursor: SegmentCursor
  /// The segment the snapshot on disk continues into, as far as this process knows.
  var snapshotJournal: Int
  /// Held by a writable store from its first write on (from `open` when validated first).
  var lockFile: FileDescriptor?
  /// The validation still running or done on a background thread; nil when it ran in `open`.
  let validation: BackgroundValidation?
  private let user: String
  private let clock: @Sendable () -> Timestamp
  /// Changes applied while catching up for a commit, kept for the next `refresh` to report.
  private var unreported: [JournalEntry] = []
  private let encoder = SnapshotCodec.makeEncoder()

  private init(
    layout: StoreLayout, reader: JournalReader, loaded: Loaded, lockFile: FileDescriptor?,
    readOnly: Bool, validation: BackgroundValidation?, user: String,
    clock: @escaping @Sendable () -> Timestamp
  ) {
    self.layout = layout
    self.reader = reader
    state = loaded.state
    cursor = loaded.cursor
    snapshotJournal = loaded.snapshotJournal
    self.lockFile = lockFile
    isReadOnly = readOnly
    self.validation = validation
    self.user = user
    self.clock = clock
  }

  deinit {
    try? cursor.fd.close()
    try? lockFile?.close()
  }

  /// Opens a store, checking every file first; a store with any problem is refused whole and
  /// nothing in it is written. `readOnly` takes no lock and creates nothing. With
  /// `.afterOpening` the records are proved whole on a background thread (see
  /// `StoreValidation`), and the lock is taken at the first write.
  public static func open(
    at path: String, readOnly: Bool = false, user: String,
    clock: @escaping @Sendable () -> Timestamp, io: StoreIO = .system,
    limits: StoreLimits = .standard, validation: StoreValidation = .beforeOpening
  ) throws -> FileStore {
    let layout = StoreLayout(path: path)
    let modes = try inspectDirectory(layout)
    let reader = JournalReader(
      layout: layout, writable: !readOnly, io: io, limits: limits, modes: modes)
    let loaded = try load(layout, reader, validation: validation)
    var lockFile: FileDescriptor?
    if !readOnly, loaded.unvalidated == nil {
      do { lockFile = try openLock(layout, io: io, modes: modes) } catch {
        try? loaded.cursor.fd.close()
        throw error
      }
      if let lockFile { removeLeftovers(layout, lock: lockFile) }
    }
    return FileStore(
      layout: layout, reader: reader, loaded: loaded, lockFile: lockFile, readOnly: readOnly,
      validation: loaded.unvalidated.map { BackgroundValidation($0, directory: layout.display) },
      user: user, clock: clock)
  }

  public func refresh() throws -> [JournalEntry] {
    do {
      try reader.catchUp(&state, &cursor, applied: &unreported, keep: true)
    } catch is JournalReader.TakenBack {
      try reloadAfterTakeBack()
    }
    defer { unreported = [] }
    return unreported
  }

  @discardableResult public func commit(_ change: Change) throws -> JournalEntry {
    try withLock {
      try catchUpUnderLock()
      try state.caseload.check(change)
      guard let sequence = StoreNumbers.next(after: state.sequence) else {
        throw CaseloadError.refused(
          "\(layout.display) has reached change \(StoreNumbers.lastSequence), the highest number a change can have, so nothing more can be saved in it"
        )
      }
      let entry = JournalEntry(sequence: sequence, at: clock(), by: user, change: change)
      var line: [UInt8]
      do { line = Array(try encoder.encode(entry)) } catch {
        throw CaseloadError.refused("the change cannot be written as JSON: \(error)")
      }
      line.append(0x0A)
      guard line.count <= reader.limits.journalLineBytes else {
        throw CaseloadError.refused(
          "the change is larger than \(StoreErrors.size(reader.limits.journalLineBytes)) and cannot be saved"
        )
      }
      try append(line)
      // Cannot fail: the same state accepted the change a moment ago, under the same lock.
      try state.caseload.apply(entry)
      state.sequence = entry.sequence
      cursor.offset += Int64(line.count)
      cursor.lines += 1
      cursor.lastLine = line
      return entry
    }
  }

  public func changes(since sequence: Int) throws -> [JournalEntry] {
    let numbers: [Int]
    do throws(Errno) { numbers = try StoreFiles.segmentNumbers(in: layout) } catch {
      throw StoreErrors.reading(StoreLayout.journalName, error, in: layout)
    }
    let history = JournalReader(
      layout: layout, writable: false, io: reader.io, limits: reader.limits, modes: reader.modes)
    var result: [JournalEntry] = []
    for number in numbers {
      guard let fd = try history.openSegment(number) else { continue }
      defer { try? fd.close() }
      var segment = SegmentCursor(number: number, fd: fd)
      let file = layout.full(segment.file)
      do {
        try history.forEachLine(&segment) { line, lineNumber in
          switch JournalReader.decode(line) {
          case .success(let entry) where entry.sequence > sequence: result.append(entry)
          case .success: break
          case .failure(let problem):
            throw CaseloadError.invalidStore(
              file: file, record: "line \(lineNumber)", problem: problem.text)
          }
        }
      } catch let failure as JournalReader.LineFailure {
        throw failure.error(file: segment.file, limit: reader.limits.journalLineBytes, in: layout)
      }
    }
    return result
  }

  // MARK: Writing

  /// Runs `body` holding the store's write lock, which every other writer waits for.
  func withLock<T>(_ body: () throws -> T) throws -> T {
    try prepareToWrite()
    guard let lockFile else {
      throw CaseloadError.readOnly("the store is open read-only, so nothing can be saved")
    }
    do throws(Errno) { try SystemCall.retrying { flock(lockFile.rawValue, LOCK_EX) } } catch {
      throw CaseloadError.io(
        path: layout.full(StoreLayout.lockName), operation: "lock the store",
        reason: error.description)
    }
    defer { _ = flock(lockFile.rawValue, LOCK_UN) }
    return try body()
  }

  /// Runs `body` with the write lock held and the state caught up, so nobody can save a
  /// change meanwhile: `caseload migrate` copies a store this way.
  public func withoutOtherWriters<T>(_ body: () throws -> T) throws -> T {
    try withLock {
      try catchUpUnderLock()
      return try body()
    }
  }

  /// Brings the state up to the latest committed change and clears a torn last line, so the
  /// next line written starts at the end of the last whole one. Call only under the lock.
  func catchUpUnderLock() throws {
    do {
      try reader.catchUp(&state, &cursor, applied: &unreported, keep: true)
    } catch is JournalReader.TakenBack {
      try reloadAfterTakeBack()
    }
    let size: Int64
    do throws(Errno) { size = try FileStatus.of(cursor.fd).size } catch {
      throw StoreErrors.reading(cursor.file, error, in: layout)
    }
    guard size > cursor.offset else { return }
    do throws(Errno) {
      try reader.io.truncate(cursor.fd, cursor.offset)
      try reader.io.sync(cursor.fd, .data)
    } catch {
      throw StoreErrors.writing(
        cursor.file, error, operation: "remove a change cut short by a crash", in: layout)
    }
  }

  /// Appends one whole line and makes it durable, or leaves the segment as it was and throws.
  private func append(_ line: [UInt8]) throws {
    let start = cursor.offset
    let io = reader.io
    let fd = cursor.fd
    var failure: Errno?
    do throws(Errno) {
      try StoreFiles.writeAll(line, to: fd, at: start, io: io)
      try io.sync(fd, .data)
    } catch {
      failure = error
    }
    guard let failure else { return }
    // Take back whatever reached the file, so no reader replays a change not reported saved.
    if let size = try? FileStatus.of(fd).size, size > start {
      do throws(Errno) {
        try io.truncate(fd, start)
        try? io.sync(fd, .data)
      } catch {
        // A whole line that stays is read by everyone as saved; a torn one is skipped.
        if size >= start + Int64(line.count) {
          throw CaseloadError.io(
            path: layout.full(cursor.file), operation: "save the change",
            reason: "\(failure), and could not take it back, so it may be in the store; "
              + "look (caseload log) before saving it again")
        }
      }
    }
    throw StoreErrors.writing(cursor.file, failure, operation: "save the change", in: layout)
  }

  // MARK: Loading

  /// What opening a store reads: the replayed state, where the journal was read to, and the
  /// segment the snapshot names.
  struct Loaded {
    var state: ReplayState
    var cursor: SegmentCursor
    var snapshotJournal: Int
    /// The snapshot as read, when its validation is left to run after opening.
    var unvalidated: SnapshotLoader.Read?
  }

  /// Reads the store afresh after a writer took back a change this process had already seen,
  /// and reports again from that change on: only the last line read can have been taken back,
  /// since its writer held the lock until it had done so.
  private func reloadAfterTakeBack() throws {
    let doubtful = state.sequence
    let loaded = try Self.load(layout, reader)
    try? cursor.fd.close()
    state = loaded.state
    cursor = loaded.cursor
    snapshotJournal = loaded.snapshotJournal
    unreported.removeAll { $0.sequence >= doubtful }
    unreported += try changes(since: max(doubtful - 1, 0)).filter {
      $0.sequence <= state.sequence
    }
  }
}
