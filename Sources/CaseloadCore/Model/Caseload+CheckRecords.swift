// The checks of SPEC 1.5 for teams, workers and cases: ids new, references present, values
// in range, dates that can be right, and the value the manager saw still the one in the store.
extension Caseload {
  func checkNewTeam(_ team: Team) throws {
    _ = try field { () throws(FieldProblem) in try RecordField.id(team.id.rawValue, "team id") }
    if let existing = teams[team.id] {
      throw CaseloadError.conflict("team id '\(team.id)' is already used by \(existing.name)")
    }
    _ = try field { () throws(FieldProblem) in try RecordField.name(team.name, "team name") }
    for manager in team.managers {
      _ = try field { () throws(FieldProblem) in try RecordField.id(manager, "manager user name") }
    }
  }

  func checkNewWorker(_ worker: Worker) throws {
    _ = try field { () throws(FieldProblem) in try RecordField.id(worker.id.rawValue, "worker id") }
    if let existing = workers[worker.id] {
      throw CaseloadError.conflict("worker id '\(worker.id)' is already used by \(existing.name)")
    }
    try checkWorkerValues(worker)
  }

  /// What any worker record must satisfy, new or changed.
  func checkWorkerValues(_ worker: Worker) throws {
    _ = try field { () throws(FieldProblem) in try RecordField.name(worker.name, "worker's name") }
    guard teams[worker.team] != nil else {
      throw CaseloadError.notFound("no team '\(worker.team)'")
    }
    guard RecordField.fteRange.contains(worker.fte) else {
      throw CaseloadError.refused("FTE \(worker.fte) is not between 0.1 and 1.0")
    }
    if let cap = worker.cap, !RecordField.capRange.contains(cap) {
      throw CaseloadError.refused("a cap of \(cap) is not between 1 and 1000 weight points")
    }
    if let leaving = worker.leaving, leaving < worker.started {
      throw CaseloadError.refused(
        "the leaving date \(leaving) is before \(worker.name)'s start date \(worker.started)")
    }
    for absence in worker.absences { try checkAbsenceValues(absence) }
  }

  func checkWorkerUpdate(_ update: WorkerUpdate) throws {
    guard let current = workers[update.worker] else {
      throw CaseloadError.notFound("no worker '\(update.worker)'")
    }
    guard !update.isEmpty else {
      throw CaseloadError.refused("nothing to change for \(current.name)")
    }
    func seen<V>(_ edit: Edit<V>?, _ now: V, _ what: String) throws {
      guard let edit, edit.from != now else { return }
      throw CaseloadError.conflict(
        "\(current.name)'s \(what) was changed by someone else (now \(Self.shown(now))); look again and retry"
      )
    }
    try seen(update.name, current.name, "name")
    try seen(update.role, current.role, "role")
    try seen(update.employment, current.employment, "employment")
    try seen(update.fte, current.fte, "FTE")
    try seen(update.cap, current.cap, "cap")
    try seen(update.team, current.team, "team")
    try seen(update.started, current.started, "start date")
    try seen(update.leaving, current.leaving, "leaving date")
    try seen(update.absences, current.absences, "absences")
    if let reason = update.reason {
      _ = try field { () throws(FieldProblem) in try RecordField.reason(reason) }
    }
    try checkWorkerValues(update.applied(to: current))
  }

  func checkAbsence(_ record: AbsenceRecord) throws {
    guard workers[record.worker] != nil else {
      throw CaseloadError.notFound("no worker '\(record.worker)'")
    }
    try checkAbsenceValues(record.absence)
  }

  private func checkAbsenceValues(_ absence: Worker.Absence) throws {
    guard absence.to >= absence.from else {
      throw CaseloadError.refused(
        "the absence ends on \(absence.to), before it starts on \(absence.from)")
    }
    _ = try field { () throws(FieldProblem) in try RecordField.reason(absence.reason) }
  }

  func checkNewCase(_ child: Case, recordedOn today: Day) throws {
    _ = try field { () throws(FieldProblem) in try RecordField.id(child.id.rawValue, "case id") }
    if let existing = cases[child.id] {
      throw CaseloadError.conflict(
        "case id '\(child.id)' is already used (\(existing.childName)); check the child's id")
    }
    try checkCaseValues(child, today: today)
    guard child.closed == nil else { throw CaseloadError.refused("a new case cannot be closed") }
    guard child.opened <= today else {
      throw CaseloadError.refused(
        "the opened date \(child.opened) is in the future (today is \(today))")
    }
    if let worker = child.worker {
      guard let holder = workers[worker] else {
        throw CaseloadError.notFound("no worker '\(worker)'")
      }
      try requireAvailable(holder, on: today)
    } else {
      guard let team = child.team else {
        throw CaseloadError.refused("an unallocated case needs a team whose queue it waits in")
      }
      guard teams[team] != nil else { throw CaseloadError.notFound("no team '\(team)'") }
    }
  }

  /// What any case record must satisfy, new or changed.
  func checkCaseValues(_ child: Case, today: Day) throws {
    _ = try field { () throws(FieldProblem) in try RecordField.name(child.childName, "child's name")
    }
    if let family = child.family {
      _ = try field { () throws(FieldProblem) in try RecordField.id(family.rawValue, "family id") }
    }
    if let team = child.team, teams[team] == nil {
      throw CaseloadError.notFound("no team '\(team)'")
    }
    if let visit = child.lastVisit, visit > today {
      throw CaseloadError.refused(
        "the last visit \(visit) to \(child.id) is in the future (today is \(today))")
    }
  }

  func checkVisit(_ visit: Visit) throws {
    guard let child = cases[visit.case] else {
      throw CaseloadError.notFound("no case '\(visit.case)'")
    }
    // Visits saved before the closure rule kept no `recordedOn`; they replay as they were.
    if let today = visit.recordedOn {
      if let closed = child.closed {
        throw CaseloadError.refused(
          "case \(visit.case) was closed on \(closed); no visit can be added")
      }
      guard visit.on <= today else {
        throw CaseloadError.refused(
          "the visit date \(visit.on) is in the future (today is \(today))")
      }
    }
  }

  func checkCategoryChange(_ change: CategoryChange) throws {
    let child = try openCase(change.case, "its category cannot be changed")
    guard child.category == change.category.from else {
      throw CaseloadError.conflict(
        "case \(change.case)'s category was changed by someone else (now \(child.category.label)); look again and retry"
      )
    }
    guard change.category.to != change.category.from else {
      throw CaseloadError.refused("case \(change.case) is already \(child.category.label)")
    }
    _ = try field { () throws(FieldProblem) in try RecordField.reason(change.reason) }
  }

  func checkClosure(_ closure: Closure) throws {
    let child = try openCase(closure.case, "it cannot be closed again")
    guard closure.on <= closure.recordedOn else {
      throw CaseloadError.refused(
        "the closure date \(closure.on) is in the future (today is \(closure.recordedOn))")
    }
    guard closure.on >= child.opened else {
      throw CaseloadError.refused(
        "the closure date \(closure.on) is before case \(closure.case) opened on \(child.opened)")
    }
    _ = try field { () throws(FieldProblem) in try RecordField.reason(closure.reason) }
  }

  func checkReopening(_ reopening: Reopening) throws {
    guard let child = cases[reopening.case] else {
      throw CaseloadError.notFound("no case '\(reopening.case)'")
    }
    guard child.closed == reopening.closedOn else {
      throw CaseloadError.conflict(
        "case \(reopening.case) is no longer closed on \(reopening.closedOn); it cannot be reopened"
      )
    }
  }

  func checkTransfer(_ transfer: Transfer) throws {
    let child = try openCase(transfer.case, "it cannot be transferred")
    let team = self.team(of: child)
    guard team == transfer.team.from, child.worker == transfer.worker.from else {
      let holder = child.worker.map { workers[$0]?.name ?? $0.rawValue } ?? "nobody (unallocated)"
      throw CaseloadError.conflict(
        "case \(transfer.case) was moved by someone else and is now with \(holder) in \(team?.rawValue ?? "no team"); look again and retry"
      )
    }
    guard let target = transfer.team.to else {
      throw CaseloadError.refused("a transfer needs the team the case goes to")
    }
    guard teams[target] != nil else { throw CaseloadError.notFound("no team '\(target)'") }
    guard target != team else {
      throw CaseloadError.refused("case \(transfer.case) is already in team \(target)")
    }
    if let to = transfer.worker.to {
      guard let worker = workers[to] else { throw CaseloadError.notFound("no worker '\(to)'") }
      guard worker.team == target else {
        throw CaseloadError.refused("\(worker.name) is in team \(worker.team), not \(target)")
      }
      try requireAvailable(worker, on: transfer.recordedOn)
    }
    _ = try field { () throws(FieldProblem) in try RecordField.reason(transfer.reason) }
  }

  func checkHolidays(_ change: HolidayChange) throws {
    guard settings.bankHolidays == change.days.from else {
      throw CaseloadError.conflict(
        "the bank holidays were changed by someone else since you looked; look again and retry")
    }
    guard zip(change.days.to, change.days.to.dropFirst()).allSatisfy({ $0 < $1 }) else {
      throw CaseloadError.refused("the bank holidays must be in date order, each listed once")
    }
  }

  /// The open case, or a refusal saying why `what` cannot happen.
  func openCase(_ id: Case.ID, _ what: String) throws -> Case {
    guard let child = cases[id] else { throw CaseloadError.notFound("no case '\(id)'") }
    if let closed = child.closed {
      throw CaseloadError.refused("case \(id) was closed on \(closed); \(what)")
    }
    return child
  }

  /// Runs a field parser, turning its problem into a refusal.
  func field<T>(_ parse: () throws(FieldProblem) -> T) throws -> T {
    do throws(FieldProblem) { return try parse() } catch {
      throw CaseloadError.refused(error.message)
    }
  }

  static func shown<V>(_ value: V) -> String {
    if let optional = value as? (any OptionalProtocol) { return optional.shownValue }
    if let day = value as? Day { return day.description }
    if let raw = value as? any RawRepresentable { return "\(raw.rawValue)" }
    return "\(value)"
  }
}

/// Lets `shown` print an optional's value, or "none".
protocol OptionalProtocol { var shownValue: String { get } }

extension Optional: OptionalProtocol {
  var shownValue: String {
    switch self {
    case .some(let value): return Caseload.shown(value)
    case .none: return "none"
    }
  }
}
