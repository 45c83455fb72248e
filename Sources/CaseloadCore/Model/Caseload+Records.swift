// Supervision records (SPEC 1.1): appending them keeps the indexes true, and every lookup goes
// through an index, decoding only the records it returns.
extension Caseload {
  public mutating func append(_ session: SupervisionSession) {
    index(session.keys, at: sessions.count)
    sessions.append(session)
  }

  public mutating func append(_ note: OversightNote) {
    index(note.keys, at: notes.count)
    notes.append(note)
  }

  public mutating func append(_ addendum: Addendum) {
    index(addendum.keys, at: addenda.count)
    addenda.append(addendum)
  }

  public mutating func append(_ done: ActionDone) { actionsDone[done.action] = done }

  public mutating func append(_ closure: ActionClosure) { actionsClosed[closure.action] = closure }

  /// Puts an action back open (the undo of marking it done or closing it).
  mutating func reopen(_ action: RecordID) {
    actionsDone[action] = nil
    actionsClosed[action] = nil
  }

  /// Indexes a session at its place in `sessions`; `byID` false leaves its ids to the
  /// snapshot's record index, built later.
  /// Indexes a session at its place in `sessions`. While a snapshot is read (`loading`) only
  /// the dates the board needs are kept; the rest is indexed from the snapshot on first use.
  mutating func index(_ keys: SessionKeys, at position: Int, loading: Bool = false) {
    index.lastSession.modify(keys.worker, default: keys.date) { $0 = max($0, keys.date) }
    for entry in keys.entries {
      index.lastOversight.modify(entry.case, default: keys.date) { $0 = max($0, keys.date) }
    }
    if !loading { index.added.index(keys, at: position) }
  }

  mutating func index(_ keys: NoteKeys, at position: Int, loading: Bool = false) {
    let day = keys.recorded.utcDay
    index.lastOversight.modify(keys.case, default: day) { $0 = max($0, day) }
    if !loading { index.added.index(keys, at: position) }
  }

  mutating func index(_ keys: AddendumKeys, at position: Int, loading: Bool = false) {
    if !loading { index.added.index(keys, at: position) }
  }

  /// From here on, the records read so far are indexed from the snapshot when first asked for.
  mutating func indexLoadedRecordsOnUse() {
    index.loaded = LoadedRecordIndexes(sessions: sessions, notes: notes, addenda: addenda)
  }

  /// Builds the snapshot's indexes now (on a thread with time to spare).
  func prepareIndexes() { _ = index.loaded?.indexes }

  // MARK: Index lookups

  func place(of id: RecordID) -> RecordPlace? {
    index.added.records[id] ?? index.loaded?.indexes.records[id]
  }

  func caseRecords(_ id: Case.ID) -> CaseRecords? {
    let added = index.added.byCase[id]
    guard let loaded = index.loaded?.indexes.byCase[id] else { return added }
    return added.map { loaded + $0 } ?? loaded
  }

  func workerRecords(_ id: Worker.ID) -> WorkerRecords? {
    let added = index.added.byWorker[id]
    guard let loaded = index.loaded?.indexes.byWorker[id] else { return added }
    return added.map { loaded + $0 } ?? loaded
  }

  func managerActions(_ user: String) -> [ActionPlace] {
    (index.loaded?.indexes.managerActions[user] ?? []) + (index.added.managerActions[user] ?? [])
  }

  func addendumPositions(to record: RecordID) -> [Int32] {
    (index.loaded?.indexes.addendaByTarget[record] ?? [])
      + (index.added.addendaByTarget[record] ?? [])
  }

  func withdrawalPosition(of record: RecordID) -> Int32? {
    index.loaded?.indexes.withdrawals[record] ?? index.added.withdrawals[record]
  }

  func carriedPositions(_ action: RecordID) -> [Int32] {
    (index.loaded?.indexes.carried[action] ?? []) + (index.added.carried[action] ?? [])
  }

  // MARK: Lookups

  public func sessions(with worker: Worker.ID) -> [SupervisionSession] {
    (workerRecords(worker)?.sessions ?? []).map { sessions[Int($0)] }
  }

  public func notes(on caseID: Case.ID) -> [OversightNote] {
    (caseRecords(caseID)?.notes ?? []).map { notes[$0] }
  }

  public func addenda(to record: RecordID) -> [Addendum] {
    addendumPositions(to: record).map { addenda[Int($0)] }
  }

  /// One oversight note by id.
  public func note(_ id: RecordID) -> OversightNote? {
    guard case .note(let position)? = place(of: id) else { return nil }
    return notes[position]
  }

  /// One supervision session by id.
  public func session(_ id: RecordID) -> SupervisionSession? {
    guard case .session(let position)? = place(of: id) else { return nil }
    return sessions[position]
  }

  /// Every session entry about a case, with its session, in the order recorded.
  public func sessionEntries(on caseID: Case.ID) -> [(
    session: SupervisionSession, entry: CaseDiscussion
  )] {
    (caseRecords(caseID)?.entries ?? []).map { place in
      let session = sessions[Int(place.session)]
      return (session, session.entries[Int(place.entry)])
    }
  }

  /// True when a session, note, action or addendum has this id.
  public func hasRecord(_ id: RecordID) -> Bool { place(of: id) != nil }

  /// Every record id in use; linear, for tests and checks of a whole store.
  public var recordIDs: Set<RecordID> {
    Set((index.loaded?.indexes.records.keys ?? []) + index.added.records.keys)
  }

  /// The latest recorded oversight of a case, from a session entry or an oversight note.
  public func lastOversight(of caseID: Case.ID) -> Day? { index.lastOversight[caseID] }

  /// The date of the latest supervision session with a worker.
  public func lastSupervision(of worker: Worker.ID) -> Day? { index.lastSession[worker] }

  /// True when any session is with the worker or any action is theirs.
  func hasRecords(of worker: Worker.ID) -> Bool {
    guard let records = workerRecords(worker) else { return false }
    return !records.sessions.isEmpty || !records.actions.isEmpty
  }

  /// True when any note or session entry is about the case.
  func hasRecords(on caseID: Case.ID) -> Bool {
    guard let records = caseRecords(caseID) else { return false }
    return !records.isEmpty
  }
}
