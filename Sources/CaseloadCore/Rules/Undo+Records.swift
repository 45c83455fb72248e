extension Caseload {
  /// The inverse of a change to the records themselves (SPEC 1.5).
  func recordInverse(of entry: JournalEntry, today: Day) throws -> Change {
    let why = "undo of change \(entry.sequence)"
    switch entry.change {
    case .addTeam(let team): return .remove(Removal(teams: [team.id]))
    case .addWorker(let worker): return .remove(Removal(workers: [worker.id]))
    case .addCase(let referral): return .remove(Removal(cases: [referral.case.id]))
    case .updateWorker(let update):
      var back = update.reversed
      back.reason = update.reason.map { "\(why): \($0)" } ?? why
      back.recordedOn = today
      return .updateWorker(back)
    case .recordAbsence(let record):
      guard let worker = workers[record.worker],
        let index = worker.absences.lastIndex(of: record.absence)
      else {
        throw CaseloadError.conflict(
          "the absence from \(record.absence.from) has been changed since; undo is not possible")
      }
      var update = WorkerUpdate(worker: record.worker, reason: why, recordedOn: today)
      var remaining = worker.absences
      remaining.remove(at: index)
      update.absences = Edit(from: worker.absences, to: remaining)
      return .updateWorker(update)
    case .changeCategory(let change):
      return .changeCategory(
        CategoryChange(
          case: change.case, category: change.category.reversed,
          reason: "\(why): \(change.reason)", recordedOn: today))
    case .closeCase(let closure):
      return .reopenCase(
        Reopening(
          case: closure.case, closedOn: closure.on, reason: "\(why): \(closure.reason)",
          recordedOn: today))
    case .transferCase(let transfer):
      return .transferCase(
        Transfer(
          case: transfer.case, team: transfer.team.reversed, worker: transfer.worker.reversed,
          reason: "\(why): \(transfer.reason)", recordedOn: today))
    case .importRecords(let batch):
      guard batch.remove == nil else {
        throw CaseloadError.refused("the undo of an import cannot itself be undone")
      }
      return .importRecords(
        ImportBatch(
          files: batch.files, updateWorkers: batch.updateWorkers.reversed().map(\.reversed),
          updateCases: batch.updateCases.reversed().map(\.reversed),
          remove: Removal(workers: batch.addWorkers.map(\.id), cases: batch.addCases.map(\.id)),
          recordedOn: today))
    case .setBankHolidays(let change):
      return .setBankHolidays(HolidayChange(days: change.days.reversed, source: why))
    case .reopenCase, .remove, .reopenActions:
      throw CaseloadError.refused("this change only ever undoes another and cannot be undone")
    case .reassign, .recordNote, .recordSession, .addAddendum, .completeAction, .closeAction,
      .recordVisit, .undo:
      throw CaseloadError.refused("this change is undone elsewhere")
    }
  }
}
