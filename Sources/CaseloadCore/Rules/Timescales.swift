extension Rules {
  /// The next statutory visit to a child (SPEC 1.3); nil for a closed case or an assessment,
  /// which has a completion timescale instead.
  public func visitDue(_ child: Case) -> Due? {
    guard child.isOpen, child.category != .assessment,
      let interval = child.visitInterval ?? visitInterval(for: child.category)
    else { return nil }
    let from = child.lastVisit ?? currentAllocationStart(of: child) ?? child.opened
    return Due(date: calendar.date(interval, after: from), today: today)
  }

  /// The date an open assessment must be completed by: opened plus 45 working days by default.
  public func assessmentDue(_ child: Case) -> Due? {
    guard child.isOpen, child.category == .assessment,
      let interval = visitInterval(for: .assessment)
    else { return nil }
    return Due(date: calendar.date(interval, after: child.opened), today: today)
  }

  /// The next recorded management oversight of a case (session entry or oversight note).
  public func oversightDue(_ child: Case) -> Due? {
    guard child.isOpen, let interval = oversightInterval(for: child.category) else { return nil }
    let from =
      caseload.lastOversight(of: child.id) ?? currentAllocationStart(of: child) ?? child.opened
    return Due(date: calendar.date(interval, after: from), today: today)
  }

  /// The next supervision session with a worker: weekly, then fortnightly, then monthly for an
  /// ASYE, stepped by length of service on the date of the last session.
  public func supervisionDue(_ worker: Worker) -> Due {
    let from = caseload.lastSupervision(of: worker.id) ?? worker.started
    return Due(
      date: calendar.date(supervisionInterval(for: worker, on: from), after: from), today: today)
  }

  /// How often a worker should be supervised, given how long they had served on `day`.
  public func supervisionInterval(for worker: Worker, on day: Day) -> Interval {
    if worker.role == .asye {
      for step in settings.asyeSupervision
      where day < calendar.date(step.until, after: worker.started) {
        return step.every
      }
    }
    return settings.supervisionInterval
  }

  /// The day the case's current worker took it on; nil when it waits unallocated or has no
  /// recorded allocation.
  func currentAllocationStart(of child: Case) -> Day? {
    guard child.worker != nil, let last = caseload.allocations[child.id]?.last,
      last.to == nil, last.worker == child.worker
    else { return nil }
    return last.from
  }
}
