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
  /// Every action recorded, with its source and state, in the order recorded.
  public var actionItems: [ActionItem] {
    var carried: [RecordID: [ActionItem.CarriedForward]] = [:]
    for session in sessions where !isWithdrawn(session.id) {
      for review in session.reviews where review.outcome == .carriedForward {
        carried[review.action, default: []].append(
          ActionItem.CarriedForward(session: session.id, date: session.date))
      }
    }
    var items: [ActionItem] = []
    for session in sessions {
      for entry in session.entries {
        items += entry.actions.map {
          ActionItem(
            action: $0, case: entry.case, source: session.id, set: session.date,
            state: state(of: $0.id), carriedForward: carried[$0.id] ?? [])
        }
      }
    }
    for note in notes {
      items += note.note.actions.map {
        ActionItem(
          action: $0, case: note.caseID, source: note.id, set: note.authorship.recorded.utcDay,
          state: state(of: $0.id), carriedForward: carried[$0.id] ?? [])
      }
    }
    return items
  }

  /// One action with its source and state; nil when there is no such action.
  public func actionItem(_ id: RecordID) -> ActionItem? {
    actionItems.first { $0.id == id }
  }

  /// Where an action stands: open, done or closed.
  public func state(of action: RecordID) -> ActionItem.State {
    if let done = actionsDone[action] { return .done(done) }
    if let closure = actionsClosed[action] { return .closed(closure) }
    return .open
  }

  /// Open actions a worker owns or that are about a case they hold, oldest due first: what a
  /// new supervision session with them goes through.
  public func openActions(for worker: Worker.ID) -> [ActionItem] {
    let held = Set(casesByWorker[worker] ?? [])
    return actionItems.filter { item in
      item.isOpen && (item.action.owner.worker == worker || item.case.map(held.contains) == true)
    }.sorted(by: ActionItem.dueFirst)
  }

  /// Open actions a manager (by OS user name) took on themselves, oldest due first.
  public func openActions(ownedByManager user: String) -> [ActionItem] {
    actionItems.filter { $0.isOpen && $0.action.owner.manager == user }
      .sorted(by: ActionItem.dueFirst)
  }

  /// Open actions about one case, oldest due first.
  public func openActions(on caseID: Case.ID) -> [ActionItem] {
    actionItems.filter { $0.isOpen && $0.case == caseID }.sorted(by: ActionItem.dueFirst)
  }

  /// Open actions owned by the team's workers or about its cases (held or waiting), and those a
  /// manager of the team owns that are about no case, oldest due first.
  public func openActions(in team: Team.ID) -> [ActionItem] {
    let members = Set(workers(in: team).map(\.id))
    let managers = Set(teams[team]?.managers ?? [])
    return actionItems.filter { item in
      guard item.isOpen else { return false }
      if let owner = item.action.owner.worker, members.contains(owner) { return true }
      guard let child = item.case.flatMap({ cases[$0] }) else {
        return item.case == nil && item.action.owner.manager.map(managers.contains) == true
      }
      if let holder = child.worker { return members.contains(holder) }
      return child.team == team
    }.sorted(by: ActionItem.dueFirst)
  }
}

extension ActionItem {
  /// Oldest due first, then in the order set.
  public static func dueFirst(_ a: ActionItem, _ b: ActionItem) -> Bool {
    a.action.due != b.action.due ? a.action.due < b.action.due : a.set < b.set
  }
}
