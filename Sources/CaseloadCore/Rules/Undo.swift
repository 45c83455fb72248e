extension Caseload {
  /// The change that undoes a committed one (SPEC 1.4): moves put back for a reassignment (the
  /// allocation history restored when nothing has happened to the case since), a withdrawal
  /// for a note, session or addendum (records are never deleted; a session's actions done or
  /// closed are opened again), the action opened again for one marked done or closed, the same
  /// edit reversed for a change to a record, and for an import everything it did taken back in
  /// one change. Throws `.conflict` when a record has changed since, `.refused` for a visit or
  /// an undo.
  public func undo(
    of entry: JournalEntry, today: Day, now: Timestamp, user: String, newID: () -> RecordID
  ) throws -> Change {
    let by = Authorship(author: user, recorded: now)
    func withdrawal(_ target: RecordID, _ what: String) -> Addendum {
      Addendum(
        id: newID(), target: target,
        text: "\(what) withdrawn by undo of change \(entry.sequence)", authorship: by,
        isWithdrawal: true)
    }
    func reopening(_ action: RecordID, _ what: String) -> Change {
      .reopenActions(
        ActionReopening(
          actions: [action],
          addendum: Addendum(
            id: newID(), target: action,
            text: "\(what); reopened by undo of change \(entry.sequence)", authorship: by)))
    }
    let inverse: Change
    switch entry.change {
    case .reassign(let reassignment):
      inverse = .reassign(try putBack(reassignment, sequence: entry.sequence, today: today))
    case .recordNote(let note):
      inverse = .addAddendum(withdrawal(note.id, "this oversight note was"))
    case .recordSession(let session):
      let addendum = withdrawal(session.id, "this supervision session was")
      let decided = actionsDecided(by: session)
      inverse =
        decided.isEmpty
        ? .addAddendum(addendum)
        : .reopenActions(ActionReopening(actions: decided, addendum: addendum))
    case .addAddendum(let addendum):
      inverse = .addAddendum(withdrawal(addendum.id, "this addendum was"))
    case .completeAction(let done):
      guard actionsDone[done.action] == done else {
        throw CaseloadError.conflict(
          "action \(done.action) has changed since it was marked done; undo is not possible")
      }
      inverse = reopening(
        done.action, "marked done on \(done.done) by \(done.authorship.author)")
    case .closeAction(let closure):
      guard actionsClosed[closure.action] == closure else {
        throw CaseloadError.conflict(
          "action \(closure.action) has changed since it was closed; undo is not possible")
      }
      inverse = reopening(
        closure.action,
        "closed as no longer needed on \(closure.closed) by \(closure.authorship.author)")
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

  /// The actions a session's reviews marked done or closed that still stand as it left them.
  private func actionsDecided(by session: SupervisionSession) -> [RecordID] {
    session.reviews.compactMap { review in
      switch review.outcome {
      case .done: return actionsDone[review.action]?.session == session.id ? review.action : nil
      case .closed:
        return actionsClosed[review.action]?.session == session.id ? review.action : nil
      case .carriedForward: return nil
      }
    }
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
      // Nothing has happened to the case since: take the move out of its history rather than
      // add a move back, so the child's count of social workers is what it was.
      let untouched = canTakeBack(
        move.case, movedOn: reassignment.date, from: move.from, to: move.to)
      return Reassignment.Move(
        case: move.case, from: move.to, to: move.from,
        undoesMoveOn: untouched ? reassignment.date : nil)
    }
    // When the history has changed since, the move back is added to it, and the reason says so.
    let kept = moves.contains { $0.undoesMoveOn == nil }
    return Reassignment(
      moves: moves,
      reason: "undo of change \(sequence): \(reassignment.reason)"
        + (kept ? " (moved back as a new allocation: the case's history has changed since)" : ""),
      date: today)
  }
}
