extension Caseload {
  /// The day the current unallocated period of a case began; nil when the case has a worker.
  public func unallocatedSince(_ child: Case) -> Day? {
    guard child.worker == nil else { return nil }
    let periods = history(of: child.id)
    // Moving a waiting case between team queues does not restart its wait.
    var since: Day?
    for allocation in periods.reversed() {
      guard allocation.worker == nil else {
        return since ?? allocation.to ?? child.opened
      }
      since = allocation.from
    }
    return since ?? child.opened
  }
}

extension Rules {
  /// The day the current unallocated period of a case began; nil when the case has a worker.
  public func unallocatedSince(_ child: Case) -> Day? { caseload.unallocatedSince(child) }

  /// How long a case has waited for a worker as a RAG band; nil when it has a worker.
  public func unallocatedBand(_ child: Case) -> LoadBand? {
    guard child.isOpen, let since = caseload.unallocatedSince(child) else { return nil }
    if today >= calendar.date(settings.unallocatedOverAfter, after: since) { return .over }
    if today >= calendar.date(settings.unallocatedWarnAfter, after: since) { return .warn }
    return .ok
  }
}
