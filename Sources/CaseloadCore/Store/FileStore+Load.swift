import Foundation
import SystemPackage

extension FileStore {
  /// Checks the store directory exists and is closed to other users; returns the modes new
  /// files in it must have.
  static func inspectDirectory(_ layout: StoreLayout) throws -> StoreModes {
    let status: FileStatus
    do throws(Errno) { status = try FileStatus.of(layout.directory, following: true) } catch {
      if error == .noSuchFileOrDirectory {
        throw CaseloadError.notFound(
          "there is no store at \(layout.quoted); make one with: caseload init \(layout.quoted)")
      }
      throw StoreErrors.reading("", error, in: layout)
    }
    guard status.isDirectory else {
      throw CaseloadError.invalidStore(
        file: layout.display, record: nil, problem: "is not a store directory")
    }
    let findings: [PermissionFinding]
    do throws(Errno) { findings = try layout.permissionFindings() } catch {
      throw StoreErrors.reading("", error, in: layout)
    }
    if let first = findings.first { throw first.error }
    return StoreModes(directoryMode: status.mode)
  }

  /// Reads the snapshot and replays the journal after it, refusing the store at the first
  /// problem (with a count of the rest, which `caseload check` lists).
  static func load(
    _ layout: StoreLayout, _ reader: JournalReader,
    validation: StoreValidation = .beforeOpening
  ) throws -> Loaded {
    let bytes = try readSnapshot(layout, limit: reader.limits.snapshotBytes)
    let read: SnapshotLoader.Read
    switch SnapshotLoader.read(bytes) {
    case .failure(let problems): throw problems.error(in: layout.display)
    case .success(let snapshot): read = snapshot
    }
    // Left for later, only what no arithmetic depends on: the numbers are checked now.
    let later = validation == .afterOpening && SnapshotLoader.numberProblems(of: read).isEmpty
    func validate() throws {
      let problems = SnapshotLoader.problems(of: read)
      if !problems.isEmpty { throw SnapshotLoader.Problems(problems).error(in: layout.display) }
    }
    if !later { try validate() }
    let caseload = read.caseload
    let sequence = read.sequence
    let journal = read.journal
    let present: [Int]
    do throws(Errno) { present = try StoreFiles.segmentNumbers(in: layout) } catch {
      throw StoreErrors.reading(StoreLayout.journalName, error, in: layout)
    }
    guard let fd = try reader.openSegment(journal) else {
      throw CaseloadError.invalidStore(
        file: layout.full(StoreLayout.segmentFile(journal)), record: nil,
        problem: "is missing, but caseload.json continues into it; restore it from a backup")
    }
    var state = ReplayState(caseload: caseload, sequence: sequence)
    var cursor = SegmentCursor(number: journal, fd: fd)
    var unused: [JournalEntry] = []
    do {
      try reader.catchUp(&state, &cursor, applied: &unused, keep: false)
    } catch {
      try? cursor.fd.close()
      // A bad snapshot explains a journal that does not replay onto it: report it first.
      if later { try validate() }
      throw error is JournalReader.TakenBack
        ? CaseloadError.io(
          path: layout.full(cursor.file), operation: "read it",
          reason: "a change was taken back while it was being read; try again") : error
    }
    // A segment past a missing one would be skipped, and its changes silently lost.
    if let stray = present.first(where: { $0 > cursor.number }) {
      try? cursor.fd.close()
      if later { try validate() }
      throw CaseloadError.invalidStore(
        file: layout.full(StoreLayout.segmentFile(stray)), record: nil,
        problem:
          "comes after the missing \(StoreLayout.segmentName(cursor.number + 1)); restore the journal from a backup"
      )
    }
    return Loaded(
      state: state, cursor: cursor, snapshotJournal: journal, unvalidated: later ? read : nil)
  }

  /// The snapshot's bytes, refusing a file too large to be a store before reading it.
  static func readSnapshot(_ layout: StoreLayout, limit: Int) throws -> SnapshotBytes {
    let file = StoreLayout.snapshotName
    do throws(StoreFiles.WholeFileProblem) {
      return SnapshotBytes(try StoreFiles.readWholeBytes(layout.snapshot, limit: limit))
    } catch {
      switch error {
      case .system(.noSuchFileOrDirectory):
        throw CaseloadError.notFound(
          "there is no store at \(layout.quoted) (it has no caseload.json); make one with: caseload init \(layout.quoted)"
        )
      case .system(let errno):
        throw StoreErrors.reading(file, errno, in: layout)
      case .notRegular:
        throw StoreErrors.notRegular(file, in: layout)
      case .tooLarge(let size):
        throw CaseloadError.invalidStore(
          file: layout.full(file), record: nil,
          problem: SnapshotCodec.tooLarge(size: size, limit: limit))
      }
    }
  }

  /// Opens the lock file, making it if an older store lacks one. Only after the store has been
  /// checked, so a bad store is never written to.
  static func openLock(_ layout: StoreLayout, io: StoreIO, modes: StoreModes) throws
    -> FileDescriptor
  {
    let fd: FileDescriptor
    do throws(Errno) {
      do throws(Errno) {
        // Non-blocking, so a pipe put in its place since the check cannot hold the open.
        fd = try io.open(layout.lock, [.nonBlocking], modes.file)
      } catch  where error == .noSuchFileOrDirectory {
        fd = try io.open(layout.lock, [.create, .exclusiveCreate], modes.file)
      }
    } catch {
      if error == .tooManySymbolicLinkLevels || error == .isDirectory {
        throw StoreErrors.reading(StoreLayout.lockName, error, in: layout)
      }
      throw StoreErrors.writing(
        StoreLayout.lockName, error, operation: "open the lock file", in: layout)
    }
    guard (try? FileStatus.of(fd))?.isRegular == true else {
      try? fd.close()
      throw StoreErrors.notRegular(StoreLayout.lockName, in: layout)
    }
    return fd
  }
}
