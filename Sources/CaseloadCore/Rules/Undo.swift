extension Caseload {
  /// The change that undoes a committed one (SPEC 1.4): moves put back for a reassignment, an
  /// addendum withdrawing a record (records are never deleted), the same edit reversed for a
  /// change to a record, and for an import everything it did taken back in one change.
  /// Throws `.conflict` when a record has changed since, `.refused` for a visit or an undo.
  public func undo(
    of entry: JournalEntry, today: Day, now: Timestamp, user: String, newID: () -> RecordID
  ) throws -> Change {
    func withdrawal(_ target: RecordID, _ what: String) -> Change {
      .addAddendum(
        Addendum(
          id: newID(), target: target,
          text: "\(what) withdrawn by undo of change \(entry.sequence)",
          authorship: Authorship(author: user, recorded: now)))
    }
    let inverse: Change
    switch entry.change {
    case .reassign(let reassignment):
      inverse = .reassign(try putBack(reassignment, sequence: entry.sequence, today: today))
    case .recordNote(let note):
      inverse = withdrawal(note.id, "this oversight note was")
    case .recordSession(let session):
      inverse = withdrawal(session.id, "this supervision session was")
    case .addAddendum(let addendum):
      inverse = withdrawal(addendum.id, "this addendum was")
    case .completeAction(let done):
      inverse = withdrawal(done.action, "marking this action done on \(done.done) was")
    case .recordVisit:
      throw CaseloadError.refused("a recorded visit cannot be undone; add a correction instead")
    case .undo:
      throw CaseloadError.refused("an undo cannot itself be undone")
    default:
      inverse = try recordInverse(of: entry, today: today)
    }
    let change = Change.undo(of: entry.sequence, inverse: inverse)
    try check(change)
    return change
  }

  private func putBack(_ reassignment: Reassignment, sequence: Int, today: Day) throws
    -> Reassignment
  {
    let moves = try reassignment.moves.map { move in
      guard let now = cases[move.case] else {
        throw CaseloadError.notFound("no case '\(move.case)'")
      }
      guard now.isOpen else {
        throw CaseloadError.refused(
          "case \(move.case) has been closed since; it cannot be moved back")
      }
      guard now.worker == move.to else {
        let holder = now.worker.map { workers[$0]?.name ?? $0.rawValue } ?? "nobody (unallocated)"
        throw CaseloadError.conflict(
          "case \(move.case) has moved since and is now held by \(holder); undo is not possible")
      }
      return Reassignment.Move(case: move.case, from: move.to, to: move.from)
    }
    return Reassignment(
      moves: moves, reason: "undo of change \(sequence): \(reassignment.reason)", date: today)
  }
}
