/// A worker's details changed: FTE, role, cap, team, employment, a leaving date set or
/// withdrawn. Only the fields given change; each names the value the manager saw.
public struct WorkerUpdate: Hashable, Sendable, Codable {
  public var worker: Worker.ID
  public var name: Edit<String>?
  public var role: Edit<Worker.Role>?
  public var employment: Edit<Worker.Employment>?
  public var fte: Edit<Double>?
  public var cap: Edit<Double?>?
  public var team: Edit<Team.ID>?
  public var started: Edit<Day>?
  public var leaving: Edit<Day?>?
  public var absences: Edit<[Worker.Absence]>?
  public var reason: String?
  public var recordedOn: Day

  public init(worker: Worker.ID, reason: String? = nil, recordedOn: Day) {
    self.worker = worker
    self.reason = reason
    self.recordedOn = recordedOn
  }

  /// True when no field changes.
  public var isEmpty: Bool {
    name == nil && role == nil && employment == nil && fte == nil && cap == nil && team == nil
      && started == nil && leaving == nil && absences == nil
  }

  /// The update that puts every field back.
  public var reversed: WorkerUpdate {
    var back = self
    back.name = name?.reversed
    back.role = role?.reversed
    back.employment = employment?.reversed
    back.fte = fte?.reversed
    back.cap = cap?.reversed
    back.team = team?.reversed
    back.started = started?.reversed
    back.leaving = leaving?.reversed
    back.absences = absences?.reversed
    return back
  }

  /// The worker with the update's new values.
  public func applied(to worker: Worker) -> Worker {
    var result = worker
    if let name { result.name = name.to }
    if let role { result.role = role.to }
    if let employment { result.employment = employment.to }
    if let fte { result.fte = fte.to }
    if let cap { result.cap = cap.to }
    if let team { result.team = team.to }
    if let started { result.started = started.to }
    if let leaving { result.leaving = leaving.to }
    if let absences { result.absences = absences.to }
    return result
  }
}

/// An absence recorded for a worker (leave, sickness, training).
public struct AbsenceRecord: Hashable, Sendable, Codable {
  public var worker: Worker.ID
  public var absence: Worker.Absence
  public var recordedOn: Day

  public init(worker: Worker.ID, absence: Worker.Absence, recordedOn: Day) {
    self.worker = worker
    self.absence = absence
    self.recordedOn = recordedOn
  }
}

extension WorkerUpdate {
  /// The update without the fields whose new value is the one they already had.
  public var withoutUnchanged: WorkerUpdate {
    var result = self
    func keep<V>(_ edit: Edit<V>?) -> Edit<V>? { edit.flatMap { Edit.between($0.from, $0.to) } }
    result.name = keep(name)
    result.role = keep(role)
    result.employment = keep(employment)
    result.fte = keep(fte)
    result.cap = keep(cap)
    result.team = keep(team)
    result.started = keep(started)
    result.leaving = keep(leaving)
    result.absences = keep(absences)
    return result
  }
}
