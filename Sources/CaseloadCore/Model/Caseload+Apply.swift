import Foundation
import Tagged

extension Caseload {
  /// Applies a committed change, after checking that it still fits the current state.
  /// Throws `.conflict` when a record moved since the manager saw it, `.notFound` or `.refused`
  /// when the change names something that does not exist or breaks a store invariant.
  public mutating func apply(_ entry: JournalEntry) throws {
    try check(entry.change)
    perform(entry.change, by: Authorship(author: entry.by, recorded: entry.at))
  }

  /// Throws if the change cannot be applied to this state; changes nothing. This is the one
  /// place every change is checked against the latest state (under the writer's lock), so the
  /// board and the command line refuse exactly the same things.
  public func check(_ change: Change) throws {
    switch change {
    case .reassign(let r): try checkReassignment(r)
    case .recordNote(let note):
      try requireNew(note.id)
      try requireCase(note.caseID)
      try requireActions(note.note.actions)
    case .recordSession(let session): try checkSession(session)
    case .addAddendum(let addendum):
      try requireNew(addendum.id)
      guard hasRecord(addendum.target) else {
        throw CaseloadError.notFound("no record '\(addendum.target)' to add to")
      }
    case .completeAction(let done): try checkCompletion(done)
    case .closeAction(let closure): try checkActionClosure(closure)
    case .reopenActions(let reopening): try checkReopening(reopening)
    case .recordVisit(let visit): try checkVisit(visit)
    case .undo(_, let inverse): try check(inverse)
    case .addTeam(let team): try checkNewTeam(team)
    case .addWorker(let worker): try checkNewWorker(worker)
    case .updateWorker(let update): try checkWorkerUpdate(update)
    case .recordAbsence(let record): try checkAbsence(record)
    case .addCase(let referral): try checkNewCase(referral.case, recordedOn: referral.recordedOn)
    case .changeCategory(let change): try checkCategoryChange(change)
    case .closeCase(let closure): try checkClosure(closure)
    case .reopenCase(let reopening): try checkReopening(reopening)
    case .transferCase(let transfer): try checkTransfer(transfer)
    case .importRecords(let batch): try checkImport(batch)
    case .setBankHolidays(let change): try checkHolidays(change)
    case .remove(let removal): try checkRemoval(removal)
    }
  }

  mutating func perform(_ change: Change, by author: Authorship) {
    switch change {
    case .reassign(let r):
      for move in r.moves {
        if let movedOn = move.undoesMoveOn {
          takeBack(move.case, movedOn: movedOn, from: move.to, to: move.from)
        } else {
          allocate(move.case, to: move.to, on: r.date, reason: r.reason, by: author.author)
        }
      }
    case .recordNote(let note): append(note)
    case .recordSession(let session): performSession(session, by: author)
    case .addAddendum(let addendum): append(addendum)
    case .completeAction(let done): append(done)
    case .closeAction(let closure): append(closure)
    case .reopenActions(let reopening):
      for action in reopening.actions { reopen(action) }
      append(reopening.addendum)
    case .recordVisit(let visit): performVisit(visit, by: author)
    case .undo(_, let inverse): perform(inverse, by: author)
    case .addTeam(let team): insert(team)
    case .addWorker(let worker): insert(worker)
    case .updateWorker(let update):
      if let worker = workers[update.worker] { insert(update.applied(to: worker)) }
    case .recordAbsence(let record):
      if var worker = workers[record.worker] {
        worker.absences.append(record.absence)
        insert(worker)
      }
    case .addCase(let referral):
      addCase(referral.case, kind: .added, reason: referral.reason, by: author)
    case .changeCategory(let change): performCategoryChange(change, by: author)
    case .closeCase(let closure): performClosure(closure, by: author)
    case .reopenCase(let reopening): performReopening(reopening, by: author)
    case .transferCase(let transfer): performTransfer(transfer, by: author)
    case .importRecords(let batch): performImport(batch, by: author)
    case .setBankHolidays(let change): settings.bankHolidays = change.days.to
    case .remove(let removal):
      for id in removal.cases { removeCase(id) }
      for id in removal.workers { removeWorker(id) }
      for id in removal.teams { removeTeam(id) }
    }
  }

  private func checkReassignment(_ r: Reassignment) throws {
    guard !r.moves.isEmpty else {
      throw CaseloadError.refused("a reassignment needs at least one case")
    }
    guard !r.reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
      throw CaseloadError.refused("a reassignment needs a reason")
    }
    var seen = Set<Case.ID>()
    for move in r.moves {
      if let to = move.to {
        guard let worker = workers[to] else { throw CaseloadError.notFound("no worker '\(to)'") }
        try requireAvailable(worker, on: r.date)
      }
      guard let current = cases[move.case] else {
        throw CaseloadError.notFound("no case '\(move.case)'")
      }
      if let closed = current.closed {
        throw CaseloadError.refused(
          "case \(move.case) was closed on \(closed) and cannot be reassigned")
      }
      guard seen.insert(move.case).inserted else {
        throw CaseloadError.refused("case \(move.case) is named twice")
      }
      guard current.worker == move.from else {
        let now = current.worker.map { workers[$0]?.name ?? $0.rawValue } ?? "nobody (unallocated)"
        throw CaseloadError.conflict(
          "case \(move.case) was moved by someone else and is now held by \(now); look again and retry"
        )
      }
      if let movedOn = move.undoesMoveOn,
        !canTakeBack(move.case, movedOn: movedOn, from: move.to, to: move.from)
      {
        throw CaseloadError.conflict(
          "case \(move.case)'s allocation history has changed since the move on \(movedOn); undo again to move it back"
        )
      }
    }
  }

  /// A worker past their leaving date cannot be given cases (SPEC 1.5).
  func requireAvailable(_ worker: Worker, on day: Day) throws {
    if let leaving = worker.leaving, leaving < day {
      throw CaseloadError.refused(
        "\(worker.name) (\(worker.id)) left on \(leaving) and cannot be given cases")
    }
  }

  func requireNew(_ id: RecordID) throws {
    guard !hasRecord(id) else {
      throw CaseloadError.conflict("record id '\(id)' is already used")
    }
  }

  func requireCase(_ id: Case.ID) throws {
    guard cases[id] != nil else { throw CaseloadError.notFound("no case '\(id)'") }
  }
}
