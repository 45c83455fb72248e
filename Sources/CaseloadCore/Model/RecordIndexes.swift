import Foundation

/// Supervision records and actions by id, by case, by worker, by managing user and by the
/// record an addendum is to: what case detail, worker detail, the actions lists, undo and every
/// commit's checks look up.
struct RecordIndexes: Sendable {
  var records = LayeredMap<RecordID, RecordPlace>()
  var byCase = LayeredMap<Case.ID, CaseRecords>()
  var byWorker = LayeredMap<Worker.ID, WorkerRecords>()
  /// Actions a manager owns, by user name.
  var managerActions = LayeredMap<String, [ActionPlace]>()
  var addendaByTarget = LayeredMap<RecordID, [Int32]>()
  /// The addendum that withdrew a record (the first, if more than one did).
  var withdrawals = LayeredMap<RecordID, Int32>()
  /// Sessions that carried an action forward, in order.
  var carried = LayeredMap<RecordID, [Int32]>()

  mutating func index(_ keys: SessionKeys, at position: Int) {
    let session = Int32(position)
    records[keys.id] = .session(position)
    byWorker.modify(keys.worker, default: WorkerRecords()) { $0.sessions.append(session) }
    for (number, entry) in keys.entries.enumerated() {
      let places = entry.actions.indices.map {
        ActionPlace.session(position, entry: number, action: $0)
      }
      byCase.modify(entry.case, default: CaseRecords()) { records in
        records.append(EntryPlace(session: session, entry: Int32(number)))
        records.actions += places
      }
      for (action, place) in zip(entry.actions, places) { index(action, at: place) }
    }
    for review in keys.reviews where review.outcome == .carriedForward {
      carried.modify(review.action, default: []) { $0.append(session) }
    }
  }

  mutating func index(_ keys: NoteKeys, at position: Int) {
    records[keys.id] = .note(position)
    let places = keys.actions.indices.map { ActionPlace.note(position, action: $0) }
    byCase.modify(keys.case, default: CaseRecords()) { records in
      records.append(note: position)
      records.actions += places
    }
    for (action, place) in zip(keys.actions, places) { index(action, at: place) }
  }

  mutating func index(_ keys: AddendumKeys, at position: Int) {
    records[keys.id] = .addendum(position)
    addendaByTarget.modify(keys.target, default: []) { $0.append(Int32(position)) }
    if keys.isWithdrawal, withdrawals[keys.target] == nil {
      withdrawals[keys.target] = Int32(position)
    }
  }

  private mutating func index(_ action: Action, at place: ActionPlace) {
    records[action.id] = .action(place)
    switch action.owner {
    case .worker(let worker):
      byWorker.modify(worker, default: WorkerRecords()) { $0.actions.append(place) }
    case .manager(let user):
      managerActions.modify(user, default: []) { $0.append(place) }
    }
  }
}

/// The `RecordIndexes` of a snapshot's records, built the first time anything asks. The first
/// board asks nothing of them (its figures come from the last oversight and supervision dates,
/// kept as the store is read), so opening a store never waits for a few hundred thousand
/// insertions; the store warms them on a background thread once it has been validated.
final class LoadedRecordIndexes: @unchecked Sendable {
  // @unchecked: `built` is only touched under `lock`; the lists are immutable values.
  private let lock = NSLock()
  private var built: RecordIndexes?
  private let sessions: RecordList<SupervisionSession>
  private let notes: RecordList<OversightNote>
  private let addenda: RecordList<Addendum>

  init(
    sessions: RecordList<SupervisionSession>, notes: RecordList<OversightNote>,
    addenda: RecordList<Addendum>
  ) {
    self.sessions = sessions
    self.notes = notes
    self.addenda = addenda
  }

  var indexes: RecordIndexes {
    lock.withLock {
      if let built { return built }
      var made = RecordIndexes()
      for (position, keys) in sessions.allKeys.enumerated() { made.index(keys, at: position) }
      for (position, keys) in notes.allKeys.enumerated() { made.index(keys, at: position) }
      for (position, keys) in addenda.allKeys.enumerated() { made.index(keys, at: position) }
      built = made
      return made
    }
  }
}
