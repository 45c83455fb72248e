extension Rules {
  /// What moving cases to `target` (nil: unallocated) would do: the moves, the siblings offered,
  /// the loads before and after, and the warnings to confirm (SPEC 1.4).
  /// Throws `.notFound` for an unknown case or worker, `.refused` for a closed case or when
  /// every case is already with the target.
  public func previewReassignment(
    of caseIDs: [Case.ID], to target: Worker.ID?, includeSiblings: Bool = true
  ) throws -> ReassignmentPreview {
    var chosen: [Case] = []
    for id in caseIDs where !chosen.contains(where: { $0.id == id }) {
      guard let child = caseload.case(id) else { throw CaseloadError.notFound("no case '\(id)'") }
      guard child.isOpen else {
        throw CaseloadError.refused("case \(id) is closed and cannot be reassigned")
      }
      chosen.append(child)
    }
    guard !chosen.isEmpty else { throw CaseloadError.refused("choose at least one case to move") }
    var newWorker: Worker?
    if let target {
      guard let worker = caseload.worker(target) else {
        throw CaseloadError.notFound("no worker '\(target)'")
      }
      newWorker = worker
    }
    let moving = chosen.filter { $0.worker != target }
    guard !moving.isEmpty else {
      let name = newWorker?.name ?? "nobody (unallocated)"
      throw CaseloadError.refused(
        chosen.count == 1
          ? "case \(chosen[0].id) is already with \(name)"
          : "all these cases are already with \(name)")
    }

    let siblings = siblings(of: moving, excluding: Set(chosen.map(\.id)), target: target)
    let moved = moving + (includeSiblings ? siblings : [])
    let moves = moved.map { Reassignment.Move(case: $0.id, from: $0.worker, to: target) }
    let loads = loadChanges(for: moves, target: target)
    let warnings = warnings(for: moved, target: newWorker, targetLoad: loads.last?.after)
    return ReassignmentPreview(
      target: target, chosen: chosen.map(\.id), moves: moves, siblings: siblings.map(\.id),
      includesSiblings: includeSiblings, loads: loads, warnings: warnings)
  }

  /// Open siblings of the moving cases that sit with the same worker (or in the same queue),
  /// are not chosen already and are not already with the target.
  private func siblings(of moving: [Case], excluding chosen: Set<Case.ID>, target: Worker.ID?)
    -> [Case]
  {
    var found: [Case] = []
    var seen = chosen
    for child in moving {
      guard let family = child.family else { continue }
      let pool: [Case]
      if let worker = child.worker {
        pool = caseload.cases(of: worker)
      } else {
        // Waiting cases have no index by family; this runs once per preview, not per row.
        pool = child.team.map { caseload.unallocatedCases(in: $0) } ?? []
      }
      for sibling in pool
      where sibling.family == family && sibling.worker == child.worker && sibling.isOpen
        && sibling.worker != target && seen.insert(sibling.id).inserted
      {
        found.append(sibling)
      }
    }
    return found
  }

  /// Before and after loads of every worker losing a case, in move order, then the target.
  private func loadChanges(for moves: [Reassignment.Move], target: Worker.ID?) -> [LoadChange] {
    var workers: [Worker.ID] = []
    for move in moves {
      if let from = move.from, !workers.contains(from) { workers.append(from) }
    }
    if let target { workers.append(target) }
    return workers.map { worker in
      let removing = moves.filter { $0.from == worker }.map(\.case)
      let adding = moves.filter { $0.to == worker }.map(\.case)
      return LoadChange(
        worker: worker, before: load(of: worker),
        after: load(of: worker, adding: adding, removing: removing))
    }
  }

  private func warnings(for moved: [Case], target: Worker?, targetLoad: WorkerLoad?)
    -> [ReassignmentWarning]
  {
    guard let target else {
      return moved.filter(\.category.isProtected).map { .unallocatingProtected(case: $0.id) }
    }
    var warnings: [ReassignmentWarning] = []
    if let absence = target.absence(on: today) { warnings.append(.targetAbsent(absence)) }
    if let leaving = target.leaving {
      if leaving < today {
        warnings.append(.targetHasLeft(leaving))
      } else if leaving <= calendar.date(settings.leavingSoonWithin, after: today) {
        warnings.append(.targetLeaving(leaving))
      }
    }
    if let targetLoad, targetLoad.band == .over {
      warnings.append(.overCapacity(percent: targetLoad.percent))
    }
    for child in moved {
      let count = workerCount(of: child.id, with: target.id)
      if count >= settings.workerCountWarnAt {
        warnings.append(.thirdWorker(case: child.id, count: count))
      }
      if target.role == .asye, child.category.isHighRisk {
        warnings.append(.asyeHighRisk(case: child.id))
      }
    }
    return warnings
  }
}
