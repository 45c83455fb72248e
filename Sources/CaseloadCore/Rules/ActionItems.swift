/// An action with the record that set it and where it stands: what every list of actions
/// shows (worker detail, case detail, the actions screen, `caseload actions`).
public struct ActionItem: Hashable, Sendable, Identifiable {
  public enum State: Hashable, Sendable {
    case open
    case done(ActionDone)
  }

  public var action: Action
  /// The case it is about; nil for an action from a session's general discussion.
  public var `case`: Case.ID?
  /// The session or oversight note that set it.
  public var source: RecordID
  /// The day that record was made.
  public var set: Day
  public var state: State

  public init(action: Action, case caseID: Case.ID?, source: RecordID, set: Day, state: State) {
    self.action = action
    self.case = caseID
    self.source = source
    self.set = set
    self.state = state
  }

  public var id: RecordID { action.id }
  public var isOpen: Bool { state == .open }

  /// Open and past its due date.
  public func isOverdue(today: Day) -> Bool { isOpen && action.due < today }
}

extension Caseload {
  /// Every action recorded, with its source and state, in the order recorded.
  public var actionItems: [ActionItem] {
    var items: [ActionItem] = []
    for session in sessions {
      for entry in session.entries {
        items += entry.actions.map {
          ActionItem(
            action: $0, case: entry.case, source: session.id, set: session.date,
            state: state(of: $0.id))
        }
      }
    }
    for note in notes {
      items += note.note.actions.map {
        ActionItem(
          action: $0, case: note.caseID, source: note.id, set: note.authorship.recorded.utcDay,
          state: state(of: $0.id))
      }
    }
    return items
  }

  private func state(of action: RecordID) -> ActionItem.State {
    actionsDone[action].map { .done($0) } ?? .open
  }

  /// Open actions a worker owns or that are about a case they hold, oldest due first.
  public func openActions(for worker: Worker.ID) -> [ActionItem] {
    let held = Set(casesByWorker[worker] ?? [])
    return actionItems.filter { item in
      item.isOpen && (item.action.owner == worker || item.case.map(held.contains) == true)
    }.sorted(by: ActionItem.dueFirst)
  }

  /// Open actions about one case, oldest due first.
  public func openActions(on caseID: Case.ID) -> [ActionItem] {
    actionItems.filter { $0.isOpen && $0.case == caseID }.sorted(by: ActionItem.dueFirst)
  }

  /// Open actions owned by the team's workers or about its cases, oldest due first.
  public func openActions(in team: Team.ID) -> [ActionItem] {
    let members = Set(workers(in: team).map(\.id))
    return actionItems.filter { item in
      guard item.isOpen else { return false }
      if members.contains(item.action.owner) { return true }
      guard let child = item.case.flatMap({ cases[$0] }) else { return false }
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
