import SystemPackage

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A write that failed: which store file, and the system's reason.
struct WriteFailure: Error {
  let file: String
  let errno: Errno

  func error(operation: String, in layout: StoreLayout) -> CaseloadError {
    StoreErrors.writing(file, errno, operation: operation, in: layout)
  }
}

extension FileStore {
  /// Creates a new store directory holding `caseload` as its first snapshot (used by init,
  /// generate and the demo copy). Fails if the path exists and is not an empty directory.
  /// A failure part way removes what was made, so the path can be used again.
  public static func create(
    at path: String, with caseload: Caseload, sequence: Int = 0, history: [JournalEntry] = [],
    io: StoreIO = .system
  ) throws {
    let layout = StoreLayout(path: path)
    // With a history (a store brought back from another backend), segment 1 keeps it for the
    // audit and the snapshot, at the last change, continues into an empty segment 2.
    let journal = history.isEmpty ? 1 : 2
    let problems = SnapshotValidation.problems(
      in: StateSnapshot(caseload: caseload, sequence: sequence, journal: journal))
    if let first = problems.first { throw first.error(in: path) }
    let lines = try history.map { entry -> [UInt8] in
      Array(try SnapshotCodec.makeEncoder().encode(entry)) + [0x0A]
    }
    let modes: StoreModes
    let madeDirectory: Bool
    do {
      (modes, madeDirectory) = try prepareDirectory(layout, io: io)
    } catch let failure as WriteFailure {
      throw failure.error(operation: "create the store", in: layout)
    }
    var made: [FilePath] = []
    do {
      try step(StoreLayout.journalName) { () throws(Errno) in
        try io.makeDirectory(layout.journal, modes.directory)
      }
      made.append(layout.journal)
      for number in 1...journal {
        let segment = try step(StoreLayout.segmentFile(number)) { () throws(Errno) in
          try io.open(layout.segment(number), [.create, .exclusiveCreate], modes.file)
        }
        made.append(layout.segment(number))
        defer { try? segment.close() }
        if number == 1, !lines.isEmpty {
          let bytes = lines.flatMap { $0 }
          try step(StoreLayout.segmentFile(number)) { () throws(Errno) in
            try StoreFiles.writeAll(bytes, to: segment, at: 0, io: io)
          }
        }
        try step(StoreLayout.segmentFile(number)) { () throws(Errno) in
          try io.sync(segment, .full)
        }
      }
      try step(StoreLayout.journalName) { () throws(Errno) in
        try StoreFiles.syncDirectory(layout.journal, io: io)
      }
      let lock = try step(StoreLayout.lockName) { () throws(Errno) in
        try io.open(layout.lock, [.create, .exclusiveCreate], modes.file)
      }
      made.append(layout.lock)
      try? lock.close()
      // Once renamed in, the snapshot is ours to take away again if the folder sync fails, so
      // the path can be used again.
      made.append(layout.snapshot)
      try writeSnapshot(
        caseload, sequence: sequence, journal: journal, layout: layout, io: io, modes: modes)
      if madeDirectory {
        try? StoreFiles.syncDirectory(layout.directory.removingLastComponent(), io: io)
      }
    } catch {
      for path in made.reversed() { StoreFiles.removeQuietly(path) }
      if madeDirectory { StoreFiles.removeQuietly(layout.directory) }
      throw (error as? WriteFailure)?.error(operation: "create the store", in: layout) ?? error
    }
  }

  /// Makes the store directory, or takes over an existing empty one, with exact modes; a new
  /// directory inside a group-shared one is group-shared too.
  private static func prepareDirectory(_ layout: StoreLayout, io: StoreIO) throws -> (
    StoreModes, made: Bool
  ) {
    let status: FileStatus
    do throws(Errno) {
      status = try FileStatus.of(layout.directory, following: true)
    } catch  where error == .noSuchFileOrDirectory {
      var parent = layout.directory.removingLastComponent()
      if parent.isEmpty { parent = "." }
      let shared = (try? FileStatus.of(parent, following: true)).map { $0.mode & 0o2000 != 0 }
      let modes: StoreModes = shared == true ? .group : .owner
      try step("") { () throws(Errno) in
        try io.makeDirectory(layout.directory, modes.directory)
      }
      return (modes, true)
    } catch {
      throw StoreErrors.reading("", error, in: layout)
    }
    guard status.isDirectory else {
      throw CaseloadError.refused(
        "\(layout.quoted) exists and is not a directory; choose another place for the store")
    }
    let names: [String]
    do throws(Errno) { names = try StoreFiles.names(in: layout.directory) } catch {
      throw StoreErrors.reading("", error, in: layout)
    }
    guard names.isEmpty else {
      throw CaseloadError.refused(
        "\(layout.quoted) already exists and is not empty; choose a new directory for the store")
    }
    let modes = StoreModes(directoryMode: status.mode)
    do throws(Errno) {
      try SystemCall.retrying(layout.directory) { chmod($0, modes.directory.rawValue) }
    } catch {
      throw StoreErrors.writing("", error, operation: "set its permissions", in: layout)
    }
    return (modes, false)
  }

  /// Writes the state into `caseload.json` the safe way: a temporary file, synced, renamed
  /// over the old one, and the directory synced so the rename survives a power cut.
  static func writeSnapshot(
    _ caseload: Caseload, sequence: Int, journal: Int, layout: StoreLayout, io: StoreIO,
    modes: StoreModes, beforeRename: () throws -> Void = {}
  ) throws {
    let temp = StoreLayout.snapshotTempName
    // A crash during an earlier compaction may have left one; it was never in force.
    StoreFiles.removeQuietly(layout.snapshotTemp)
    let fd = try step(temp) { () throws(Errno) in
      try io.open(layout.snapshotTemp, [.create, .exclusiveCreate], modes.file)
    }
    var renamed = false
    defer {
      try? fd.close()
      if !renamed { StoreFiles.removeQuietly(layout.snapshotTemp) }
    }
    var offset: Int64 = 0
    try SnapshotCodec.encode(caseload, sequence: sequence, journal: journal) { piece in
      try step(temp) { () throws(Errno) in
        try StoreFiles.writeAll(piece, to: fd, at: offset, io: io)
      }
      offset += Int64(piece.count)
    }
    try step(temp) { () throws(Errno) in try io.sync(fd, .full) }
    try beforeRename()
    try step(StoreLayout.snapshotName) { () throws(Errno) in
      try io.rename(layout.snapshotTemp, layout.snapshot)
    }
    renamed = true
    try step("") { () throws(Errno) in
      try StoreFiles.syncDirectory(layout.directory, io: io)
    }
  }

  /// Runs one system call, naming the file in the failure.
  static func step<T>(_ file: String, _ call: () throws(Errno) -> T) throws(WriteFailure) -> T {
    do throws(Errno) { return try call() } catch {
      throw WriteFailure(file: file, errno: error)
    }
  }
}
