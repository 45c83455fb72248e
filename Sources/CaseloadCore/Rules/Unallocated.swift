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

  /// Open cases waiting in one team's queue, or in every queue when `team` is nil.
  public func unallocatedCases(in team: Team.ID?) -> [Case] {
    // There is no index of waiting cases; a lazy pass that copies only the matches costs well
    // under a millisecond at 20,000 cases, where `unallocatedCases` would copy them all.
    Array(
      cases.values.lazy.filter { $0.worker == nil && $0.isOpen && (team == nil || $0.team == team) }
    )
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
