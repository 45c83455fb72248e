/// An action with the record that set it and where it stands: what every list of actions
/// shows (worker detail, case detail, the actions screen, `caseload actions`).
public struct ActionItem: Hashable, Sendable, Identifiable {
  public enum State: Hashable, Sendable {
    case open
    case done(ActionDone)
    /// Closed as no longer needed, with the reason.
    case closed(ActionClosure)
  }

  /// A later supervision session that went through the action and carried it forward.
  public struct CarriedForward: Hashable, Sendable {
    public var session: RecordID
    public var date: Day

    public init(session: RecordID, date: Day) {
      self.session = session
      self.date = date
    }
  }

  public var action: Action
  /// The case it is about; nil for an action from a session's general discussion.
  public var `case`: Case.ID?
  /// The session or oversight note that set it.
  public var source: RecordID
  /// The day that record was made.
  public var set: Day
  public var state: State
  /// The sessions that carried it forward, oldest first (a withdrawn session is left out).
  public var carriedForward: [CarriedForward]

  public init(
    action: Action, case caseID: Case.ID?, source: RecordID, set: Day, state: State,
    carriedForward: [CarriedForward] = []
  ) {
    self.action = action
    self.case = caseID
    self.source = source
    self.set = set
    self.state = state
    self.carriedForward = carriedForward
  }

  public var id: RecordID { action.id }
  public var isOpen: Bool { state == .open }

  /// Open and past its due date.
  public func isOverdue(today: Day) -> Bool { isOpen && action.due < today }

  /// "open", "done 2026-11-20" or "closed 2026-11-20", as record listings say it.
  public var stateText: String {
    switch state {
    case .open: return "open"
    case .done(let done): return "done \(done.done)"
    case .closed(let closure): return "closed \(closure.closed): \(closure.reason)"
    }
  }
}

extension Caseload {
  /// An action by id, with the case it is about; nil when there is no such action.
  func action(_ id: RecordID) -> (action: Action, case: Case.ID)? {
    guard case .action(let place)? = place(of: id) else { return nil }
    return action(at: place)
  }

  func action(at place: ActionPlace) -> (action: Action, case: Case.ID) {
    if place.kind == 0 {
      let entry = sessions.keys(at: Int(place.record)).entries[Int(place.entry)]
      return (entry.actions[Int(place.action)], entry.case)
    }
    let note = notes.keys(at: Int(place.record))
    return (note.actions[Int(place.action)], note.case)
  }

  /// The action at a place with its source and state, as every list shows it.
  func actionItem(at place: ActionPlace) -> ActionItem {
    let (action, caseID) = self.action(at: place)
    let source: RecordID
    let set: Day
    if place.kind == 0 {
      let session = sessions.keys(at: Int(place.record))
      (source, set) = (session.id, session.date)
    } else {
      let note = notes.keys(at: Int(place.record))
      (source, set) = (note.id, note.recorded.utcDay)
    }
    return ActionItem(
      action: action, case: caseID, source: source, set: set, state: state(of: action.id),
      carriedForward: carriedForwardItems(action.id))
  }

  /// The sessions that carried an action forward, oldest first, leaving out withdrawn ones.
  private func carriedForwardItems(_ action: RecordID) -> [ActionItem.CarriedForward] {
    carriedForward(action).map { position in
      let session = sessions.keys(at: position)
      return ActionItem.CarriedForward(session: session.id, date: session.date)
    }
  }

  /// Where in `sessions` are the sessions that carried an action forward, oldest first,
  /// leaving out withdrawn ones.
  func carriedForward(_ action: RecordID) -> [Int] {
    carriedPositions(action).map(Int.init).filter {
      !isWithdrawn(sessions.keys(at: $0).id)
    }
  }

  /// Every action recorded anywhere, with the case it is about, in the order recorded.
  public var actions: [(action: Action, case: Case.ID?)] {
    var result: [(Action, Case.ID?)] = []
    for session in sessions.allKeys {
      for entry in session.entries { result += entry.actions.map { ($0, entry.case) } }
    }
    for note in notes.allKeys { result += note.actions.map { ($0, note.case) } }
    return result
  }

  public func isDone(_ action: RecordID) -> Bool { actionsDone[action] != nil }

  /// True when the action exists and is neither done nor closed.
  public func isOpen(_ action: RecordID) -> Bool {
    actionsDone[action] == nil && actionsClosed[action] == nil && self.action(action) != nil
  }

  /// Every action recorded, with its source and state, in the order recorded.
  public var actionItems: [ActionItem] {
    var places: [ActionPlace] = []
    for (position, session) in sessions.allKeys.enumerated() {
      for (number, entry) in session.entries.enumerated() {
        places += entry.actions.indices.map {
          ActionPlace.session(position, entry: number, action: $0)
        }
      }
    }
    for (position, note) in notes.allKeys.enumerated() {
      places += note.actions.indices.map { ActionPlace.note(position, action: $0) }
    }
    return places.map(actionItem(at:))
  }

  /// One action with its source and state; nil when there is no such action.
  public func actionItem(_ id: RecordID) -> ActionItem? {
    guard case .action(let place)? = place(of: id) else { return nil }
    return actionItem(at: place)
  }

  /// Where an action stands: open, done or closed.
  public func state(of action: RecordID) -> ActionItem.State {
    if let done = actionsDone[action] { return .done(done) }
    if let closure = actionsClosed[action] { return .closed(closure) }
    return .open
  }

  /// Open actions among `places`, each once, oldest due first (in the order set on one day).
  private func openItems(_ places: [ActionPlace]) -> [ActionItem] {
    Set(places).sorted().lazy.filter { place in
      let id = self.action(at: place).action.id
      return self.actionsDone[id] == nil && self.actionsClosed[id] == nil
    }.map(actionItem(at:)).sorted(by: ActionItem.dueFirst)
  }

  /// Open actions a worker owns or that are about a case they hold, oldest due first: what a
  /// new supervision session with them goes through.
  public func openActions(for worker: Worker.ID) -> [ActionItem] {
    var places = workerRecords(worker)?.actions ?? []
    for id in casesByWorker[worker] ?? [] { places += caseRecords(id)?.actions ?? [] }
    return openItems(places)
  }

  /// Open actions a manager (by OS user name) took on themselves, oldest due first.
  public func openActions(ownedByManager user: String) -> [ActionItem] {
    openItems(managerActions(user))
  }

  /// Open actions about one case, oldest due first.
  public func openActions(on caseID: Case.ID) -> [ActionItem] {
    openItems(caseRecords(caseID)?.actions ?? [])
  }

  /// Open actions owned by the team's workers or about its cases (held or waiting), and those a
  /// manager of the team owns that are about no case, oldest due first.
  public func openActions(in team: Team.ID) -> [ActionItem] {
    var places: [ActionPlace] = []
    for worker in index.workersByTeam[team] ?? [] {
      places += workerRecords(worker)?.actions ?? []
      for id in casesByWorker[worker] ?? [] { places += caseRecords(id)?.actions ?? [] }
    }
    for id in index.waiting[team] ?? [] { places += caseRecords(id)?.actions ?? [] }
    // Closed cases are in neither index, and an open action about one still counts.
    for (id, _) in index.closed { places += caseRecords(id)?.actions ?? [] }
    let members = Set(index.workersByTeam[team] ?? [])
    let managers = teams[team]?.managers ?? []
    return openItems(places).filter { item in
      if let owner = item.action.owner.worker, members.contains(owner) { return true }
      guard let caseID = item.case, let child = cases[caseID] else {
        return item.case == nil || item.action.owner.manager.map(managers.contains) == true
      }
      if let holder = child.worker { return members.contains(holder) }
      return child.team == team
    }
  }
}

extension ActionItem {
  /// Oldest due first, then in the order set.
  public static func dueFirst(_ a: ActionItem, _ b: ActionItem) -> Bool {
    a.action.due != b.action.due ? a.action.due < b.action.due : a.set < b.set
  }
}
