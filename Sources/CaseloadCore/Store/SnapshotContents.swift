/// The records of a snapshot as validation sees them, in file order: each decoded, or the
/// problem that kept it from decoding (with its id when that much could be read). Sessions,
/// notes and addenda are their keys, which is all validation reads of them.
///
/// Two kinds: the records as read (`SnapshotCollector`, to list every problem of a bad file
/// by its place in the file) and a state's records (`StateSnapshot`, for a state about to be
/// written and a store just read), the latter read lazily so checking makes no copy.
protocol SnapshotContents {
  associatedtype Teams: Sequence<Decoded<Team>>
  associatedtype Workers: Sequence<Decoded<Worker>>
  associatedtype Cases: Sequence<Decoded<Case>>
  associatedtype Allocations: Sequence<Decoded<Allocation>>
  associatedtype Sessions: Sequence<Decoded<SessionKeys>>
  associatedtype Notes: Sequence<Decoded<NoteKeys>>
  associatedtype Addenda: Sequence<Decoded<AddendumKeys>>
  associatedtype Done: Sequence<Decoded<ActionDone>>
  associatedtype Closed: Sequence<Decoded<ActionClosure>>
  associatedtype Events: Sequence<Decoded<CaseEvent>>

  var sequence: Int? { get }
  var journal: Int? { get }
  var settings: Settings? { get }
  /// Problems with the top level's parts as a whole, and with the settings.
  var fieldErrors: [RecordProblem] { get }
  var teams: Teams { get }
  var workers: Workers { get }
  var cases: Cases { get }
  var allocations: Allocations { get }
  var sessions: Sessions { get }
  var notes: Notes { get }
  var addenda: Addenda { get }
  var actionsDone: Done { get }
  var actionsClosed: Closed { get }
  var caseEvents: Events { get }
}

enum SnapshotFormat {
  static let name = "caseload"
  static let version = 1
}

/// A state's records in the order the snapshot writer puts them.
struct StateSnapshot: SnapshotContents {
  let caseload: Caseload
  let sequence: Int?
  let journal: Int?

  init(caseload: Caseload, sequence: Int, journal: Int) {
    self.caseload = caseload
    self.sequence = sequence
    self.journal = journal
  }

  var settings: Settings? { caseload.settings }
  var fieldErrors: [RecordProblem] { [] }

  var teams: some Sequence<Decoded<Team>> {
    caseload.teams.values.lazy.map { Decoded($0, id: $0.id.rawValue) }
  }
  var workers: some Sequence<Decoded<Worker>> {
    caseload.workers.values.lazy.map { Decoded($0, id: $0.id.rawValue) }
  }
  var cases: some Sequence<Decoded<Case>> {
    caseload.cases.values.lazy.map { Decoded($0, id: $0.id.rawValue) }
  }
  var allocations: some Sequence<Decoded<Allocation>> {
    let caseload = caseload
    return caseload.cases.values.lazy.flatMap { caseload.history(of: $0.id) }.map {
      Decoded($0, id: $0.case.rawValue)
    }
  }
  var sessions: some Sequence<Decoded<SessionKeys>> {
    caseload.sessions.allKeys.map { Decoded($0, id: $0.id.rawValue) }
  }
  var notes: some Sequence<Decoded<NoteKeys>> {
    caseload.notes.allKeys.map { Decoded($0, id: $0.id.rawValue) }
  }
  var addenda: some Sequence<Decoded<AddendumKeys>> {
    caseload.addenda.allKeys.map { Decoded($0, id: $0.id.rawValue) }
  }
  var actionsDone: some Sequence<Decoded<ActionDone>> {
    caseload.actionsDoneInStoreOrder.lazy.map { Decoded($0, id: $0.action.rawValue) }
  }
  var actionsClosed: some Sequence<Decoded<ActionClosure>> {
    caseload.actionsClosedInStoreOrder.lazy.map { Decoded($0, id: $0.action.rawValue) }
  }
  var caseEvents: some Sequence<Decoded<CaseEvent>> {
    let caseload = caseload
    return caseload.cases.values.lazy.flatMap { caseload.events(of: $0.id) }.map {
      Decoded($0, id: $0.case.rawValue)
    }
  }
}

/// A record that decoded, or the reason it did not, with its id when that much could be read.
struct Decoded<Value> {
  var value: Value?
  var id: String?
  var error: RecordProblem?

  init(_ value: Value, id: String) {
    self.value = value
    self.id = id
  }

  init(value: Value?, id: String?, error: RecordProblem?) {
    self.value = error == nil ? value : nil
    self.id = id
    self.error = error
  }
}

/// Every record of a snapshot as read, problems and all, for `caseload check` and for the
/// message that refuses a bad store.
struct SnapshotCollector: SnapshotSink, SnapshotContents {
  var sequence: Int?
  var journal: Int?
  var settings: Settings?
  var fieldErrors: [RecordProblem] = []
  var teams: [Decoded<Team>] = []
  var workers: [Decoded<Worker>] = []
  var cases: [Decoded<Case>] = []
  var allocations: [Decoded<Allocation>] = []
  var sessions: [Decoded<SessionKeys>] = []
  var notes: [Decoded<NoteKeys>] = []
  var addenda: [Decoded<AddendumKeys>] = []
  var actionsDone: [Decoded<ActionDone>] = []
  var actionsClosed: [Decoded<ActionClosure>] = []
  var caseEvents: [Decoded<CaseEvent>] = []

  /// Takes the header's numbers, settings and problems.
  mutating func take(_ header: SnapshotHeader) {
    sequence = header.sequence
    journal = header.journal
    settings = header.settings
    fieldErrors = header.problems
  }

  mutating func team(_ team: Team?, id: String?, problem: RecordProblem?) {
    teams.append(Decoded(value: team, id: id, error: problem))
  }
  mutating func worker(_ worker: Worker?, id: String?, problem: RecordProblem?) {
    workers.append(Decoded(value: worker, id: id, error: problem))
  }
  mutating func child(_ child: Case?, id: String?, problem: RecordProblem?) {
    cases.append(Decoded(value: child, id: id, error: problem))
  }
  mutating func allocation(_ allocation: Allocation?, id: String?, problem: RecordProblem?) {
    allocations.append(Decoded(value: allocation, id: id, error: problem))
  }
  mutating func session(
    _ keys: SessionKeys?, bytes: Range<Int>, id: String?, problem: RecordProblem?
  ) {
    sessions.append(Decoded(value: keys, id: id, error: problem))
  }
  mutating func note(_ keys: NoteKeys?, bytes: Range<Int>, id: String?, problem: RecordProblem?) {
    notes.append(Decoded(value: keys, id: id, error: problem))
  }
  mutating func addendum(
    _ keys: AddendumKeys?, bytes: Range<Int>, id: String?, problem: RecordProblem?
  ) {
    addenda.append(Decoded(value: keys, id: id, error: problem))
  }
  mutating func done(_ done: ActionDone?, id: String?, problem: RecordProblem?) {
    actionsDone.append(Decoded(value: done, id: id, error: problem))
  }
  mutating func closure(_ closure: ActionClosure?, id: String?, problem: RecordProblem?) {
    actionsClosed.append(Decoded(value: closure, id: id, error: problem))
  }
  mutating func event(_ event: CaseEvent?, id: String?, problem: RecordProblem?) {
    caseEvents.append(Decoded(value: event, id: id, error: problem))
  }
}

extension Caseload {
  /// Case events case by case in case order, each case's oldest first.
  var eventsInStoreOrder: [CaseEvent] {
    var result: [CaseEvent] = []
    for child in cases.values { result += events[child.id] ?? [] }
    return result
  }

  /// Allocation history case by case in case order, so the snapshot diffs cleanly.
  var allocationsInStoreOrder: [Allocation] {
    var result: [Allocation] = []
    for child in cases.values { result += allocations[child.id] ?? [] }
    return result
  }

  /// Completed actions in the order they were recorded.
  var actionsDoneInStoreOrder: [ActionDone] {
    actionsDone.values.sorted {
      ($0.authorship.recorded, $0.action.rawValue) < ($1.authorship.recorded, $1.action.rawValue)
    }
  }

  /// Closed actions in the order they were recorded.
  var actionsClosedInStoreOrder: [ActionClosure] {
    actionsClosed.values.sorted {
      ($0.authorship.recorded, $0.action.rawValue) < ($1.authorship.recorded, $1.action.rawValue)
    }
  }
}
