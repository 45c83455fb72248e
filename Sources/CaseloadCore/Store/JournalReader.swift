import Foundation
import SystemPackage

/// Where reading a journal segment has got to. Only whole lines are ever consumed, so bytes a
/// writer has not finished (or a crash left torn) stay beyond `offset` until they are complete.
struct SegmentCursor {
  let number: Int
  let fd: FileDescriptor
  var offset: Int64 = 0
  var lines = 0
  /// The last line read, newline included: if the bytes before `offset` ever differ from it,
  /// the line was taken back and rewritten.
  var lastLine: [UInt8] = []

  var file: String { StoreLayout.segmentFile(number) }
}

/// The state a store has replayed: the records and the last sequence number applied.
struct ReplayState {
  var caseload: Caseload
  var sequence: Int
}

/// Reads journal segments line by line and replays their entries onto a state.
struct JournalReader {
  let layout: StoreLayout
  let writable: Bool
  let io: StoreIO
  let limits: StoreLimits
  let modes: StoreModes

  /// A line this process read is no longer there: a writer took back a change that failed to
  /// sync after this process saw it, so the state must be loaded afresh.
  struct TakenBack: Error {}

  /// What stopped a segment being read line by line.
  enum LineFailure: Error {
    case io(Errno)
    case tooLong(line: Int)

    func error(file: String, limit: Int, in layout: StoreLayout) -> CaseloadError {
      switch self {
      case .io(let errno): return StoreErrors.reading(file, errno, in: layout)
      case .tooLong(let line):
        return .invalidStore(
          file: layout.full(file), record: "line \(line)",
          problem: Self.tooLongProblem(limit: limit))
      }
    }

    static func tooLongProblem(limit: Int) -> String {
      "is longer than \(StoreErrors.size(limit)), the most a journal line may be"
    }
  }

  /// How much of a segment is read at once.
  static let pieceSize: Int64 = 1 << 20

  /// Opens a segment, read-write for a writable store; nil when it does not exist.
  func openSegment(_ number: Int) throws -> FileDescriptor? {
    let path = layout.segment(number)
    let file = StoreLayout.segmentFile(number)
    if writable {
      // Looking for a next segment is routine; only a segment that is there goes through `io`,
      // and only a regular file is opened at all (a device or pipe could block or act).
      let status: FileStatus
      do throws(Errno) { status = try FileStatus.of(path, following: false) } catch {
        if error == .noSuchFileOrDirectory { return nil }
        throw StoreErrors.reading(file, error, in: layout)
      }
      if status.isSymbolicLink {
        throw StoreErrors.reading(file, .tooManySymbolicLinkLevels, in: layout)
      }
      guard status.isRegular else { throw StoreErrors.notRegular(file, in: layout) }
    }
    let fd: FileDescriptor
    do throws(Errno) {
      fd =
        writable
        ? try io.open(path, [.nonBlocking], modes.file) : try StoreFiles.openForReading(path)
    } catch {
      if error == .noSuchFileOrDirectory { return nil }
      // Opened to append: on a read-only file system that is not a failure to read.
      if writable, error == .readOnlyFileSystem {
        throw StoreErrors.writing(file, error, operation: "open it for writing", in: layout)
      }
      throw StoreErrors.reading(file, error, in: layout)
    }
    do {
      guard try FileStatus.of(fd).isRegular else {
        try? fd.close()
        throw StoreErrors.notRegular(file, in: layout)
      }
    } catch let error as Errno {
      try? fd.close()
      throw StoreErrors.reading(file, error, in: layout)
    }
    return fd
  }

  /// Applies every complete line after the cursor, then any later segments. Each entry is
  /// appended to `applied` (when `keep`) as soon as it is applied, so it survives a bad line.
  func catchUp(
    _ state: inout ReplayState, _ cursor: inout SegmentCursor, applied: inout [JournalEntry],
    keep: Bool
  ) throws {
    while true {
      try replay(&state, &cursor, applied: &applied, keep: keep)
      guard let number = StoreNumbers.segment(after: cursor.number),
        let next = try openSegment(number)
      else { return }
      // The next segment exists, so no writer adds to this one again; finish what it added first.
      do { try replay(&state, &cursor, applied: &applied, keep: keep) } catch {
        try? next.close()
        throw error
      }
      try? cursor.fd.close()
      cursor = SegmentCursor(number: number, fd: next)
    }
  }

  private func replay(
    _ state: inout ReplayState, _ cursor: inout SegmentCursor, applied: inout [JournalEntry],
    keep: Bool
  ) throws {
    let file = layout.full(cursor.file)
    do {
      try replayLines(&state, &cursor, applied: &applied, keep: keep, file: file)
    } catch let failure as LineFailure {
      throw failure.error(file: cursor.file, limit: limits.journalLineBytes, in: layout)
    }
  }

  private func replayLines(
    _ state: inout ReplayState, _ cursor: inout SegmentCursor, applied: inout [JournalEntry],
    keep: Bool, file: String
  ) throws {
    try forEachLine(&cursor) { line, number in
      let entry: JournalEntry
      switch Self.decode(line) {
      case .success(let decoded): entry = decoded
      case .failure(let problem):
        throw CaseloadError.invalidStore(
          file: file, record: "line \(number)", problem: problem.text)
      }
      if let problem = Self.sequenceProblem(entry.sequence, after: state.sequence) {
        throw CaseloadError.invalidStore(file: file, record: "line \(number)", problem: problem)
      }
      do { try state.caseload.apply(entry) } catch {
        throw CaseloadError.invalidStore(
          file: file, record: "line \(number) (sequence \(entry.sequence))",
          problem: StoreProblem.oneLine("cannot be replayed: \(error)"))
      }
      state.sequence = entry.sequence
      if keep { applied.append(entry) }
    }
  }

  /// Calls `body` with each complete line after the cursor and its line number, moving the
  /// cursor past it once `body` returns. Throws `TakenBack`, `LineFailure` or what `body` throws.
  /// Each byte is read once, in pieces, and searched once; a line over the limit is refused
  /// after at most the limit and one piece of it have been read.
  func forEachLine(
    _ cursor: inout SegmentCursor, _ body: (ArraySlice<UInt8>, Int) throws -> Void
  ) throws {
    let size: Int64
    do { size = try FileStatus.of(cursor.fd).size } catch { throw LineFailure.io(error) }
    guard size >= cursor.offset else { throw TakenBack() }
    if !cursor.lastLine.isEmpty {
      let count = cursor.lastLine.count
      let before: [UInt8]
      do {
        before = try StoreFiles.read(
          cursor.fd, at: cursor.offset - Int64(count), count: count, io: io)
      } catch { throw LineFailure.io(error) }
      guard before == cursor.lastLine else { throw TakenBack() }
    }
    var position = cursor.offset
    var scanner = LineScanner(limit: limits.journalLineBytes)
    while position < size {
      let piece: [UInt8]
      do {
        piece = try StoreFiles.read(
          cursor.fd, at: position, count: Int(min(Self.pieceSize, size - position)), io: io)
      } catch { throw LineFailure.io(error) }
      if piece.isEmpty { break }
      position += Int64(piece.count)
      do {
        try scanner.feed(piece) { line in
          let number = cursor.lines + 1
          try body(line, number)
          cursor.lines = number
          cursor.offset += Int64(line.count + 1)
          cursor.lastLine = Array(line) + [0x0A]
        }
      } catch is LineScanner.TooLong {
        throw LineFailure.tooLong(line: cursor.lines + 1)
      }
    }
  }

  /// Why a line is not a journal entry, in words for a person.
  struct LineProblem: Error {
    let text: String

    /// Values quoted from a hostile line may hold control characters; the text stays one line.
    init(text: String) { self.text = StoreProblem.oneLine(text) }
  }

  static func decode(_ line: ArraySlice<UInt8>) -> Result<JournalEntry, LineProblem> {
    guard !line.isEmpty else { return .failure(LineProblem(text: "is empty")) }
    do {
      let entry = try JSONDecoder().decode(JournalEntry.self, from: Data(line))
      // Checked here, before any reader adds to it or subtracts from it.
      if let problem = StoreNumbers.sequenceProblem(entry.sequence) {
        return .failure(LineProblem(text: problem))
      }
      if let problem = fieldProblem(line, entry) { return .failure(LineProblem(text: problem)) }
      return .success(entry)
    } catch {
      let (path, problem) = JSONProblem.describe(error, in: line, singleLine: true)
      return .failure(LineProblem(text: path.map { "\($0): \(problem)" } ?? problem))
    }
  }

  /// A key the decoder would pass over unseen: given twice, or not a field of the entry it
  /// decoded to (it would be dropped on the next compaction). Keys caseload leaves out when
  /// empty may be there empty.
  static func fieldProblem(_ line: ArraySlice<UInt8>, _ entry: some Encodable) -> String? {
    let keys = JSONKeys(line)
    if let duplicate = keys.duplicate {
      return "\(duplicate): is given twice; a change says each thing once"
    }
    guard let canonical = try? SnapshotCodec.makeEncoder().encode(entry) else { return nil }
    guard let unknown = keys.firstUnknown(comparedWith: JSONKeys(Array(canonical)[...])) else {
      return nil
    }
    return "\(unknown): is not a field caseload knows; the line may have "
      + "been written by a newer version of caseload, which this one cannot read safely"
  }

  /// Why `sequence` cannot follow `previous`, or nil when it is the next number. Both are in
  /// `StoreNumbers.changeNumbers` or 0 (decoding and validation see to it), so nothing here
  /// can overflow.
  static func sequenceProblem(_ sequence: Int, after previous: Int) -> String? {
    if sequence == previous + 1 { return nil }
    if sequence <= previous {
      return "sequence \(sequence) repeats or goes back (the change before it is \(previous))"
    }
    let missing =
      sequence - previous == 2
      ? "change \(previous + 1) is missing"
      : "changes \(previous + 1) to \(sequence - 1) are missing"
    return "sequence \(sequence) follows \(previous): \(missing)"
  }
}
