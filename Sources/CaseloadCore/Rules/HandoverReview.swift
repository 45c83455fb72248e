/// What a handover plan would do as it stands: every affected worker's load before and after
/// the whole plan, and each line's warnings of SPEC 1.4, worked out afresh on every change.
public struct HandoverReview: Hashable, Sendable {
  /// The leaver first, then each worker the plan gives cases to, in name order.
  public var loads: [LoadChange]
  /// The warnings of each case's line, by case.
  public var warnings: [Case.ID: [ReassignmentWarning]]

  public init(loads: [LoadChange], warnings: [Case.ID: [ReassignmentWarning]]) {
    self.loads = loads
    self.warnings = warnings
  }

  public func warnings(of caseID: Case.ID) -> [ReassignmentWarning] { warnings[caseID] ?? [] }
}

extension Rules {
  /// A target away or leaving within this long is warned about on a handover line.
  static let handoverSoon = Interval.weeks(2)

  /// Reviews a plan: loads after all its moves, and for each line: an ASYE given child
  /// protection or court work, a target over capacity after the whole plan, a child on their
  /// third or later worker, a target away or leaving now or within two weeks, a protected case
  /// left unallocated.
  public func review(_ plan: HandoverPlan) -> HandoverReview {
    let moves = plan.lines.filter { $0.target != plan.leaver }
    var given: [Worker.ID: [Case.ID]] = [:]
    for line in moves {
      if let target = line.target { given[target, default: []].append(line.case) }
    }
    let targets = given.keys.compactMap { caseload.worker($0) }.sorted(by: Worker.byName)
    let leaverLoad = LoadChange(
      worker: plan.leaver, before: load(of: plan.leaver),
      after: load(of: plan.leaver, removing: moves.map(\.case)))
    var after: [Worker.ID: WorkerLoad] = [:]
    let loads =
      [leaverLoad]
      + targets.map { worker in
        let change = LoadChange(
          worker: worker.id, before: load(of: worker.id),
          after: load(of: worker.id, adding: given[worker.id] ?? []))
        after[worker.id] = change.after
        return change
      }
    let soon = calendar.date(Self.handoverSoon, after: today)
    var warnings: [Case.ID: [ReassignmentWarning]] = [:]
    for line in plan.lines where line.target != plan.leaver {
      guard let child = caseload.case(line.case) else { continue }
      guard let id = line.target, let worker = caseload.worker(id) else {
        if child.category.isProtected {
          warnings[line.case] = [.unallocatingProtected(case: child.id)]
        }
        continue
      }
      var found: [ReassignmentWarning] = []
      if worker.role == .asye, child.category.isHighRisk {
        found.append(.asyeHighRisk(case: child.id))
      }
      if let load = after[id], load.band == .over {
        found.append(.overCapacity(percent: load.percent))
      }
      let count = workerCount(of: child.id, with: id)
      if count >= settings.workerCountWarnAt {
        found.append(.thirdWorker(case: child.id, count: count))
      }
      if let absence = worker.absences.first(where: { $0.to >= today && $0.from <= soon }) {
        found.append(.targetAbsent(absence))
      }
      if let leaving = worker.leaving {
        if leaving < today {
          found.append(.targetHasLeft(leaving))
        } else if leaving <= soon {
          found.append(.targetLeaving(leaving))
        }
      }
      if !found.isEmpty { warnings[line.case] = found }
    }
    return HandoverReview(loads: loads, warnings: warnings)
  }
}
