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

  mutating func index(_ keys: SessionKeys, at position: Int) {
    let session = Int32(position)
    index.records[keys.id] = .session(position)
    index.byWorker.modify(keys.worker, default: WorkerRecords()) { records in
      records.sessions.append(session)
      if records.lastSession.map({ $0 < keys.date }) ?? true { records.lastSession = keys.date }
    }
    for (number, entry) in keys.entries.enumerated() {
      let places = entry.actions.indices.map {
        ActionPlace.session(position, entry: number, action: $0)
      }
      index.byCase.modify(entry.case, default: CaseRecords()) { records in
        records.entries.append(EntryPlace(session: session, entry: Int32(number)))
        records.actions += places
        records.oversight(on: keys.date)
      }
      for (action, place) in zip(entry.actions, places) { index(action, at: place) }
    }
    for review in keys.reviews where review.outcome == .carriedForward {
      index.carried.modify(review.action, default: []) { $0.append(session) }
    }
  }

  mutating func index(_ keys: NoteKeys, at position: Int) {
    index.records[keys.id] = .note(position)
    let places = keys.actions.indices.map { ActionPlace.note(position, action: $0) }
    index.byCase.modify(keys.case, default: CaseRecords()) { records in
      records.notes.append(Int32(position))
      records.actions += places
      records.oversight(on: keys.recorded.utcDay)
    }
    for (action, place) in zip(keys.actions, places) { index(action, at: place) }
  }

  mutating func index(_ keys: AddendumKeys, at position: Int) {
    index.records[keys.id] = .addendum(position)
    index.addendaByTarget.modify(keys.target, default: []) { $0.append(Int32(position)) }
    if keys.isWithdrawal, index.withdrawals[keys.target] == nil {
      index.withdrawals[keys.target] = Int32(position)
    }
  }

  private mutating func index(_ action: Action, at place: ActionPlace) {
    index.records[action.id] = .action(place)
    switch action.owner {
    case .worker(let worker):
      index.byWorker.modify(worker, default: WorkerRecords()) { $0.actions.append(place) }
    case .manager(let user):
      index.managerActions.modify(user, default: []) { $0.append(place) }
    }
  }

  // MARK: Lookups

  public func sessions(with worker: Worker.ID) -> [SupervisionSession] {
    (index.byWorker[worker]?.sessions ?? []).map { sessions[Int($0)] }
  }

  public func notes(on caseID: Case.ID) -> [OversightNote] {
    (index.byCase[caseID]?.notes ?? []).map { notes[Int($0)] }
  }

  public func addenda(to record: RecordID) -> [Addendum] {
    (index.addendaByTarget[record] ?? []).map { addenda[Int($0)] }
  }

  /// One oversight note by id.
  public func note(_ id: RecordID) -> OversightNote? {
    guard case .note(let position)? = index.records[id] else { return nil }
    return notes[position]
  }

  /// One supervision session by id.
  public func session(_ id: RecordID) -> SupervisionSession? {
    guard case .session(let position)? = index.records[id] else { return nil }
    return sessions[position]
  }

  /// Every session entry about a case, with its session, in the order recorded.
  public func sessionEntries(on caseID: Case.ID) -> [(
    session: SupervisionSession, entry: CaseDiscussion
  )] {
    (index.byCase[caseID]?.entries ?? []).map { place in
      let session = sessions[Int(place.session)]
      return (session, session.entries[Int(place.entry)])
    }
  }

  /// True when a session, note, action or addendum has this id.
  public func hasRecord(_ id: RecordID) -> Bool { index.records[id] != nil }

  /// Every record id in use; linear, for tests and checks of a whole store.
  public var recordIDs: Set<RecordID> { Set(index.records.keys) }

  /// The latest recorded oversight of a case, from a session entry or an oversight note.
  public func lastOversight(of caseID: Case.ID) -> Day? { index.byCase[caseID]?.lastOversight }

  /// The date of the latest supervision session with a worker.
  public func lastSupervision(of worker: Worker.ID) -> Day? { index.byWorker[worker]?.lastSession }

  /// True when any session is with the worker or any action is theirs.
  func hasRecords(of worker: Worker.ID) -> Bool {
    guard let records = index.byWorker[worker] else { return false }
    return !records.sessions.isEmpty || !records.actions.isEmpty
  }

  /// True when any note or session entry is about the case.
  func hasRecords(on caseID: Case.ID) -> Bool {
    guard let records = index.byCase[caseID] else { return false }
    return !records.notes.isEmpty || !records.entries.isEmpty
  }
}
