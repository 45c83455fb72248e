import SystemPackage

extension FileStore {
  /// Folds the journal into a new snapshot (temp file, fsync, rename, fsync dir); history stays
  /// listable. A failure leaves the old snapshot and journal in force.
  public func compact() throws {
    try withLock {
      try catchUpUnderLock()
      // Nothing has happened since the snapshot on disk was written.
      if cursor.offset == 0 && snapshotJournal == cursor.number { return }
      guard let next = StoreNumbers.segment(after: cursor.number) else {
        throw CaseloadError.refused(
          "\(layout.full(cursor.file)) is the last journal segment a store can have, so it cannot be compacted again; changes are still saved"
        )
      }
      let problems = SnapshotValidation.problems(
        in: StateSnapshot(caseload: state.caseload, sequence: state.sequence, journal: next))
      if let first = problems.first { throw first.error(in: layout.display) }
      let io = reader.io
      let modes = reader.modes
      let layout = layout
      var segment: FileDescriptor?
      do {
        try Self.writeSnapshot(
          state.caseload, sequence: state.sequence, journal: next, layout: layout, io: io,
          modes: modes
        ) {
          // The next segment must exist, durably, before a snapshot names it: a writer that has
          // not seen the new snapshot appends to whichever segment is last.
          let file = StoreLayout.segmentFile(next)
          let created = try Self.step(file) { () throws(Errno) in
            try io.open(layout.segment(next), [.create, .exclusiveCreate], modes.file)
          }
          segment = created
          try Self.step(file) { () throws(Errno) in try io.sync(created, .full) }
          try Self.step(StoreLayout.journalName) { () throws(Errno) in
            try StoreFiles.syncDirectory(layout.journal, io: io)
          }
        }
      } catch {
        // An empty next segment stays if it was made: a reader may already be reading it, and
        // a journal that runs on into an empty segment is still whole.
        try? segment?.close()
        throw (error as? WriteFailure)?.error(operation: "compact the store", in: layout) ?? error
      }
      if let segment {
        try? cursor.fd.close()
        cursor = SegmentCursor(number: next, fd: segment)
      }
      snapshotJournal = next
    }
  }
}
