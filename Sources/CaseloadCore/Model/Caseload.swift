import OrderedCollections
import Tagged

/// Everything in a store at one moment: the records and the indexes the rules need.
public struct Caseload: Sendable, Equatable {
  public var settings: Settings
  public private(set) var teams: OrderedDictionary<Team.ID, Team> = [:]
  public private(set) var workers: OrderedDictionary<Worker.ID, Worker> = [:]
  public private(set) var cases: OrderedDictionary<Case.ID, Case> = [:]
  /// Allocation history, oldest first, by case.
  public private(set) var allocations: [Case.ID: [Allocation]] = [:]
  public private(set) var sessions: [SupervisionSession] = []
  public private(set) var notes: [OversightNote] = []
  public private(set) var addenda: [Addendum] = []
  public private(set) var actionsDone: [RecordID: ActionDone] = [:]
  /// Actions closed as no longer needed.
  public private(set) var actionsClosed: [RecordID: ActionClosure] = [:]
  /// Arrivals, visits, category changes, closures and transfers, oldest first, by case.
  public private(set) var events: [Case.ID: [CaseEvent]] = [:]

  /// Open cases by allocated worker, in store order.
  public private(set) var casesByWorker: [Worker.ID: [Case.ID]] = [:]
  /// Indexes into `sessions` by worker, oldest first.
  public private(set) var sessionsByWorker: [Worker.ID: [Int]] = [:]
  /// Dates of recorded oversight (session entries and notes) by case, unordered.
  public private(set) var oversightByCase: [Case.ID: [Day]] = [:]
  /// Every record id in use, so new ids never collide.
  public private(set) var recordIDs: Set<RecordID> = []
  /// The addendum withdrawing a record, by the record withdrawn.
  private(set) var withdrawals: [RecordID: Addendum] = [:]

  public init(settings: Settings = .defaults) {
    self.settings = settings
  }

  // MARK: Lookups

  public func team(_ id: Team.ID) -> Team? { teams[id] }
  public func worker(_ id: Worker.ID) -> Worker? { workers[id] }
  public func `case`(_ id: Case.ID) -> Case? { cases[id] }

  public func workers(in team: Team.ID) -> [Worker] {
    workers.values.filter { $0.team == team }
  }

  /// Open cases held by a worker.
  public func cases(of worker: Worker.ID) -> [Case] {
    (casesByWorker[worker] ?? []).compactMap { cases[$0] }
  }

  /// Open cases with no worker.
  public var unallocatedCases: [Case] {
    cases.values.filter { $0.isOpen && $0.worker == nil }
  }

  public func history(of caseID: Case.ID) -> [Allocation] { allocations[caseID] ?? [] }

  /// What has happened to a case besides its allocations, oldest first.
  public func events(of caseID: Case.ID) -> [CaseEvent] { events[caseID] ?? [] }

  /// The team a case belongs to: its worker's, or the queue it waits in.
  public func team(of child: Case) -> Team.ID? {
    child.worker.flatMap { workers[$0]?.team } ?? child.team
  }

  public func sessions(with worker: Worker.ID) -> [SupervisionSession] {
    (sessionsByWorker[worker] ?? []).map { sessions[$0] }
  }

  public func notes(on caseID: Case.ID) -> [OversightNote] {
    notes.filter { $0.caseID == caseID }
  }

  public func addenda(to record: RecordID) -> [Addendum] {
    addenda.filter { $0.target == record }
  }

  /// One oversight note by id.
  public func note(_ id: RecordID) -> OversightNote? { notes.first { $0.id == id } }

  /// One supervision session by id.
  public func session(_ id: RecordID) -> SupervisionSession? { sessions.first { $0.id == id } }

  /// Every session entry about a case, with its session, in the order recorded.
  public func sessionEntries(on caseID: Case.ID) -> [(
    session: SupervisionSession, entry: CaseDiscussion
  )] {
    sessions.flatMap { session in
      session.entries.filter { $0.case == caseID }.map { (session, $0) }
    }
  }

  /// Every action recorded anywhere, with the case it is about when there is one.
  public var actions: [(action: Action, case: Case.ID?)] {
    var result: [(Action, Case.ID?)] = []
    for session in sessions {
      for entry in session.entries { result += entry.actions.map { ($0, entry.case) } }
    }
    for note in notes { result += note.note.actions.map { ($0, note.caseID) } }
    return result
  }

  public func isDone(_ action: RecordID) -> Bool { actionsDone[action] != nil }

  /// True when the action exists and is neither done nor closed.
  public func isOpen(_ action: RecordID) -> Bool {
    actionsDone[action] == nil && actionsClosed[action] == nil
      && actions.contains { $0.action.id == action }
  }

  // MARK: Mutation (only through these, so indexes stay true)

  public mutating func insert(_ team: Team) { teams[team.id] = team }

  public mutating func insert(_ worker: Worker) { workers[worker.id] = worker }

  public mutating func insert(_ newCase: Case) {
    if let old = cases[newCase.id], let w = old.worker {
      casesByWorker[w]?.removeAll { $0 == newCase.id }
    }
    cases[newCase.id] = newCase
    if newCase.isOpen, let w = newCase.worker { casesByWorker[w, default: []].append(newCase.id) }
  }

  public mutating func append(_ allocation: Allocation) {
    allocations[allocation.case, default: []].append(allocation)
  }

  /// Closes the current allocation of a case and opens a new one, moving the case.
  public mutating func allocate(
    _ caseID: Case.ID, to worker: Worker.ID?, on day: Day, reason: String, by user: String
  ) {
    guard var moved = cases[caseID] else { return }
    if var history = allocations[caseID], let last = history.indices.last, history[last].to == nil {
      history[last].to = day
      allocations[caseID] = history
    }
    append(Allocation(case: caseID, worker: worker, from: day, reason: reason, by: user))
    moved.worker = worker
    insert(moved)
  }

  /// True when the case's last allocation is the one a move on `day` from `from` to `to` opened,
  /// and the allocation before it ended that day: nothing has happened to its history since.
  public func canTakeBack(
    _ caseID: Case.ID, movedOn day: Day, from: Worker.ID?, to: Worker.ID?
  ) -> Bool {
    guard let history = allocations[caseID], history.count >= 2 else { return false }
    let last = history[history.count - 1]
    let previous = history[history.count - 2]
    return last.to == nil && last.from == day && last.worker == to && previous.to == day
      && previous.worker == from
  }

  /// Undoes a move made on `day` with nothing changed since: the allocation it opened goes
  /// and the one it ended is current again, so the history is as it was before the move.
  mutating func takeBack(_ caseID: Case.ID, movedOn day: Day, from: Worker.ID?, to: Worker.ID?) {
    guard var moved = cases[caseID], canTakeBack(caseID, movedOn: day, from: from, to: to),
      var history = allocations[caseID]
    else { return }
    history.removeLast()
    history[history.count - 1].to = nil
    allocations[caseID] = history
    moved.worker = from
    insert(moved)
  }

  public mutating func append(_ session: SupervisionSession) {
    sessionsByWorker[session.worker, default: []].append(sessions.count)
    sessions.append(session)
    recordIDs.insert(session.id)
    for entry in session.entries {
      oversightByCase[entry.case, default: []].append(session.date)
      recordIDs.formUnion(entry.actions.map(\.id))
    }
  }

  public mutating func append(_ note: OversightNote) {
    notes.append(note)
    recordIDs.insert(note.id)
    recordIDs.formUnion(note.note.actions.map(\.id))
    oversightByCase[note.caseID, default: []].append(note.authorship.recorded.utcDay)
  }

  public mutating func append(_ addendum: Addendum) {
    addenda.append(addendum)
    recordIDs.insert(addendum.id)
    if addendum.isWithdrawal, withdrawals[addendum.target] == nil {
      withdrawals[addendum.target] = addendum
    }
  }

  public mutating func append(_ done: ActionDone) { actionsDone[done.action] = done }

  public mutating func append(_ closure: ActionClosure) { actionsClosed[closure.action] = closure }

  /// Puts an action back open (the undo of marking it done or closing it).
  mutating func reopen(_ action: RecordID) {
    actionsDone[action] = nil
    actionsClosed[action] = nil
  }

  public mutating func append(_ event: CaseEvent) {
    events[event.case, default: []].append(event)
  }

  /// Ends the current allocation of a case on `day` (a closure), or opens it again (nil).
  mutating func endAllocation(of caseID: Case.ID, on day: Day?, ifEndedOn ended: Day? = nil) {
    guard var history = allocations[caseID], let last = history.indices.last,
      history[last].to == ended
    else { return }
    history[last].to = day
    allocations[caseID] = history
  }

  /// Takes a case out with its allocation history and events (undo of adding it only).
  mutating func removeCase(_ id: Case.ID) {
    guard let old = cases.removeValue(forKey: id) else { return }
    if let w = old.worker { casesByWorker[w]?.removeAll { $0 == id } }
    allocations[id] = nil
    events[id] = nil
  }

  /// Takes a worker out (undo of adding them only; they hold no case by then).
  mutating func removeWorker(_ id: Worker.ID) {
    workers.removeValue(forKey: id)
    casesByWorker[id] = nil
  }

  /// Takes a team out (undo of adding it only; nothing refers to it by then).
  mutating func removeTeam(_ id: Team.ID) { teams.removeValue(forKey: id) }

  public static func == (lhs: Caseload, rhs: Caseload) -> Bool {
    lhs.settings == rhs.settings && lhs.teams == rhs.teams && lhs.workers == rhs.workers
      && lhs.cases == rhs.cases && lhs.allocations == rhs.allocations
      && lhs.sessions == rhs.sessions && lhs.notes == rhs.notes && lhs.addenda == rhs.addenda
      && lhs.actionsDone == rhs.actionsDone && lhs.actionsClosed == rhs.actionsClosed
      && lhs.events == rhs.events
  }
}
