import Tagged

/// Everything in a store at one moment: the records and the indexes the rules need.
///
/// Change it only through the mutating methods (insert, append, allocate...), which keep the
/// indexes true. Every part is a persistent structure (`RecordMap`, `LayeredMap`, `RecordList`), so the copies
/// the store and the board hold share their storage and a change copies only what it touches.
/// Sessions, notes and addenda read from a snapshot are decoded only when asked for whole.
public struct Caseload: Sendable, Equatable {
  public var settings: Settings
  public internal(set) var teams = RecordMap<Team>()
  public internal(set) var workers = RecordMap<Worker>()
  public internal(set) var cases = RecordMap<Case>()
  /// Allocation history, oldest first, by case.
  public internal(set) var allocations = LayeredMap<Case.ID, [Allocation]>()
  public internal(set) var sessions = RecordList<SupervisionSession>()
  public internal(set) var notes = RecordList<OversightNote>()
  public internal(set) var addenda = RecordList<Addendum>()
  public internal(set) var actionsDone = LayeredMap<RecordID, ActionDone>()
  /// Actions closed as no longer needed.
  public internal(set) var actionsClosed = LayeredMap<RecordID, ActionClosure>()
  /// Arrivals, visits, category changes, closures and transfers, oldest first, by case.
  public internal(set) var events = LayeredMap<Case.ID, [CaseEvent]>()
  /// Open cases by allocated worker.
  public internal(set) var casesByWorker = LayeredMap<Worker.ID, [Case.ID]>()
  var index = CaseloadIndexes()

  public init(settings: Settings = .defaults) {
    self.settings = settings
  }

  // MARK: Lookups

  public func team(_ id: Team.ID) -> Team? { teams[id] }
  public func worker(_ id: Worker.ID) -> Worker? { workers[id] }
  public func `case`(_ id: Case.ID) -> Case? { cases[id] }

  /// A team's workers in store order.
  public func workers(in team: Team.ID) -> [Worker] {
    (index.workersByTeam[team] ?? []).compactMap { workers[$0] }
  }

  /// Open cases held by a worker.
  public func cases(of worker: Worker.ID) -> [Case] {
    (casesByWorker[worker] ?? []).compactMap { cases[$0] }
  }

  /// Open cases with no worker, in store order.
  public var unallocatedCases: [Case] { unallocatedCases(in: nil) }

  /// Open cases waiting in one team's queue, or in every queue when `team` is nil, in store
  /// order.
  public func unallocatedCases(in team: Team.ID?) -> [Case] {
    guard team == nil else { return (index.waiting[team] ?? []).compactMap { cases[$0] } }
    var ids: [Case.ID] = []
    for (_, queue) in index.waiting { ids += queue }
    return inStoreOrder(ids).compactMap { cases[$0] }
  }

  /// The other children of a case's family, open or closed, in store order.
  public func siblings(of child: Case) -> [Case] {
    guard let family = child.family else { return [] }
    return (index.families[family] ?? []).compactMap { $0 == child.id ? nil : cases[$0] }
  }

  public func history(of caseID: Case.ID) -> [Allocation] { allocations[caseID] ?? [] }

  /// What has happened to a case besides its allocations, oldest first.
  public func events(of caseID: Case.ID) -> [CaseEvent] { events[caseID] ?? [] }

  /// The team a case belongs to: its worker's, or the queue it waits in.
  public func team(of child: Case) -> Team.ID? {
    child.worker.flatMap { workers[$0]?.team } ?? child.team
  }

  /// Case ids sorted into the order the store keeps the cases in.
  func inStoreOrder(_ ids: [Case.ID]) -> [Case.ID] {
    ids.map { (id: $0, place: cases.place(of: $0) ?? Int.max) }.sorted { $0.place < $1.place }
      .map(\.id)
  }

  public static func == (lhs: Caseload, rhs: Caseload) -> Bool {
    lhs.settings == rhs.settings && lhs.teams == rhs.teams && lhs.workers == rhs.workers
      && lhs.cases == rhs.cases && lhs.allocations == rhs.allocations
      && lhs.sessions == rhs.sessions && lhs.notes == rhs.notes && lhs.addenda == rhs.addenda
      && lhs.actionsDone == rhs.actionsDone && lhs.actionsClosed == rhs.actionsClosed
      && lhs.events == rhs.events
  }
}
