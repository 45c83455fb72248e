extension Change {
  /// One line saying what the change did, for audit listings.
  public var summary: String {
    switch self {
    case .reassign(let r):
      let moves = r.moves.map {
        "\($0.case) \($0.from?.rawValue ?? "unallocated")->\($0.to?.rawValue ?? "unallocated")"
          + ($0.undoesMoveOn == nil ? "" : " (history restored)")
      }
      return "reassign \(moves.joined(separator: ", ")): \(r.reason)"
    case .recordNote(let note): return "note \(note.id) on \(note.caseID)"
    case .recordSession(let session):
      let reviews = session.reviews.isEmpty ? "" : ", \(session.reviews.count) actions reviewed"
      return
        "session \(session.id) with \(session.worker) on \(session.date) (\(session.entries.count) cases\(reviews))"
    case .addAddendum(let addendum):
      return addendum.isWithdrawal
        ? "withdrawal \(addendum.id) of \(addendum.target)"
        : "addendum \(addendum.id) to \(addendum.target)"
    case .completeAction(let done):
      return "action \(done.action) done \(done.done)\(done.note.map { ": \($0)" } ?? "")"
    case .closeAction(let closure):
      return "action \(closure.action) closed \(closure.closed): \(closure.reason)"
    case .reopenActions(let reopening):
      return
        "reopen action\(reopening.actions.count == 1 ? "" : "s") \(reopening.actions.map(\.rawValue).joined(separator: ", "))"
    case .recordVisit(let visit):
      return "visit to \(visit.case) on \(visit.on)\(visit.seenAlone ? ", seen alone" : "")"
    case .undo(let sequence, let inverse): return "undo of #\(sequence): \(inverse.summary)"
    case .addTeam(let team): return "team add \(team.id) (\(team.name), \(team.kind.rawValue))"
    case .addWorker(let worker):
      return "worker add \(worker.id) (\(worker.name)) to \(worker.team)"
    case .updateWorker(let update):
      let reason = update.reason.map { ": \($0)" } ?? ""
      return "worker set \(update.worker): \(update.changes.joined(separator: ", "))\(reason)"
    case .recordAbsence(let record):
      return
        "absence \(record.worker) \(record.absence.from) to \(record.absence.to): \(record.absence.reason)"
    case .addCase(let referral):
      let child = referral.case
      let place = child.worker.map { "to \($0)" } ?? "unallocated in \(child.team?.rawValue ?? "?")"
      return "case add \(child.id) (\(child.category.label)) \(place): \(referral.reason)"
    case .changeCategory(let change):
      return
        "category \(change.case) \(change.category.from.label) -> \(change.category.to.label): \(change.reason)"
    case .closeCase(let closure):
      return "close \(closure.case) on \(closure.on): \(closure.reason)"
    case .reopenCase(let reopening):
      return "reopen \(reopening.case) (closed \(reopening.closedOn)): \(reopening.reason)"
    case .transferCase(let transfer):
      let to = transfer.worker.to.map { "to \($0)" } ?? "unallocated"
      return
        "transfer \(transfer.case) \(transfer.team.from?.rawValue ?? "?") -> \(transfer.team.to?.rawValue ?? "?") (\(to)): \(transfer.reason)"
    case .importRecords(let batch): return batch.summary
    case .setBankHolidays(let change):
      return
        "bank holidays from \(change.source): \(change.days.to.count) days (were \(change.days.from.count))"
    case .remove(let removal):
      let ids =
        removal.teams.map(\.rawValue) + removal.workers.map(\.rawValue)
        + removal.cases.map(\.rawValue)
      return "take out \(ids.joined(separator: ", "))"
    }
  }
}

extension WorkerUpdate {
  /// Each changed field as `what from -> to`.
  public var changes: [String] {
    func line<V>(_ what: String, _ edit: Edit<V>?) -> String? {
      edit.map { "\(what) \(Caseload.shown($0.from)) -> \(Caseload.shown($0.to))" }
    }
    let absences = self.absences.map { "absences \($0.from.count) -> \($0.to.count)" }
    return [
      line("name", name), line("role", role), line("employment", employment), line("FTE", fte),
      line("cap", cap), line("team", team), line("start", started), line("leaving", leaving),
      absences,
    ].compactMap { $0 }
  }
}

extension ImportBatch {
  /// "import workers.csv, cases.csv: 8 workers added, 60 cases added, 2 cases changed".
  public var summary: String {
    var parts: [String] = []
    func count(_ n: Int, _ noun: String, _ verb: String) {
      if n > 0 { parts.append("\(n) \(noun)\(n == 1 ? "" : "s") \(verb)") }
    }
    count(addWorkers.count, "worker", "added")
    count(updateWorkers.count, "worker", "changed")
    count(addCases.count, "case", "added")
    count(updateCases.count, "case", "changed")
    count(remove?.workers.count ?? 0, "worker", "taken out")
    count(remove?.cases.count ?? 0, "case", "taken out")
    return "import of \(files.joined(separator: ", ")): \(parts.joined(separator: ", "))"
  }
}
