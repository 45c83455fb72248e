extension Rules {
  /// The distinct workers who held a case at any time in the last 12 months (by default) up to
  /// today, oldest first: the social workers the child has had.
  public func socialWorkers(of caseID: Case.ID) -> [Worker.ID] {
    let windowStart = historyWindowStart
    var seen: [Worker.ID] = []
    for allocation in caseload.history(of: caseID) {
      guard let worker = allocation.worker, allocation.from <= today,
        (allocation.to ?? today) >= windowStart, !seen.contains(worker)
      else { continue }
      seen.append(worker)
    }
    return seen
  }

  /// How many social workers the child would have had in the window if `target` took the case.
  public func workerCount(of caseID: Case.ID, with target: Worker.ID) -> Int {
    let workers = socialWorkers(of: caseID)
    return workers.contains(target) ? workers.count : workers.count + 1
  }
}
