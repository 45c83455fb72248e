import Foundation
import Tagged

extension Caseload {
  /// Applies a committed change, after checking that it still fits the current state.
  /// Throws `.conflict` when a record moved since the manager saw it, `.notFound` or `.refused`
  /// when the change names something that does not exist or breaks a store invariant.
  public mutating func apply(_ entry: JournalEntry) throws {
    try check(entry.change)
    perform(entry.change, by: entry.by)
  }

  /// Throws if the change cannot be applied to this state; changes nothing.
  public func check(_ change: Change) throws {
    switch change {
    case .reassign(let r):
      guard !r.moves.isEmpty else {
        throw CaseloadError.refused("a reassignment needs at least one case")
      }
      guard !r.reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
        throw CaseloadError.refused("a reassignment needs a reason")
      }
      var seen = Set<Case.ID>()
      for move in r.moves {
        if let to = move.to, workers[to] == nil {
          throw CaseloadError.notFound("no worker '\(to)'")
        }
        guard let current = cases[move.case] else {
          throw CaseloadError.notFound("no case '\(move.case)'")
        }
        guard current.isOpen else { throw CaseloadError.refused("case \(move.case) is closed") }
        guard seen.insert(move.case).inserted else {
          throw CaseloadError.refused("case \(move.case) is named twice")
        }
        guard current.worker == move.from else {
          let now =
            current.worker.map { workers[$0]?.name ?? $0.rawValue } ?? "nobody (unallocated)"
          throw CaseloadError.conflict(
            "case \(move.case) was moved by someone else and is now held by \(now); look again and retry"
          )
        }
      }
    case .recordNote(let note):
      try requireNew(note.id)
      try requireCase(note.caseID)
      try requireActions(note.note.actions)
    case .recordSession(let session):
      try requireNew(session.id)
      guard workers[session.worker] != nil else {
        throw CaseloadError.notFound("no worker '\(session.worker)'")
      }
      for entry in session.entries {
        try requireCase(entry.case)
        try requireActions(entry.actions)
      }
    case .addAddendum(let addendum):
      try requireNew(addendum.id)
      guard recordIDs.contains(addendum.target) else {
        throw CaseloadError.notFound("no record '\(addendum.target)' to add to")
      }
    case .completeAction(let done):
      guard actions.contains(where: { $0.action.id == done.action }) else {
        throw CaseloadError.notFound("no action '\(done.action)'")
      }
      guard actionsDone[done.action] == nil else {
        throw CaseloadError.conflict("action \(done.action) is already done")
      }
    case .recordVisit(let caseID, _):
      try requireCase(caseID)
    case .undo(_, let inverse):
      try check(inverse)
    }
  }

  private mutating func perform(_ change: Change, by user: String) {
    switch change {
    case .reassign(let r):
      for move in r.moves {
        allocate(move.case, to: move.to, on: r.date, reason: r.reason, by: user)
      }
    case .recordNote(let note): append(note)
    case .recordSession(let session): append(session)
    case .addAddendum(let addendum): append(addendum)
    case .completeAction(let done): append(done)
    case .recordVisit(let caseID, let day):
      if var visited = cases[caseID], visited.lastVisit.map({ $0 < day }) ?? true {
        visited.lastVisit = day
        insert(visited)
      }
    case .undo(_, let inverse): perform(inverse, by: user)
    }
  }

  private func requireNew(_ id: RecordID) throws {
    guard !recordIDs.contains(id) else {
      throw CaseloadError.conflict("record id '\(id)' is already used")
    }
  }

  private func requireCase(_ id: Case.ID) throws {
    guard cases[id] != nil else { throw CaseloadError.notFound("no case '\(id)'") }
  }

  private func requireActions(_ actions: [Action]) throws {
    for action in actions {
      guard workers[action.owner] != nil else {
        throw CaseloadError.notFound(
          "action '\(action.text.prefix(30))' is owned by no worker '\(action.owner)'")
      }
      guard !action.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
        throw CaseloadError.refused("an action needs some text")
      }
    }
  }
}
