extension Rules {
  /// The share of the last six months on which a worker's supervision was on schedule.
  ///
  /// The window is the days after the same date six months ago up to today, from the day they
  /// started if later and to their leaving date if earlier. On each day the supervision due is
  /// worked out as `supervisionDue` does, from the latest session on or before that day (else
  /// their start date) and the interval for their length of service then (ASYE weekly, then
  /// fortnightly, then monthly by default); the day is on schedule unless it is after that due
  /// date. A session on a day makes that day on schedule. The total is the number of days in
  /// the window, 0 for a worker who had not started.
  public func supervisionOnSchedule(of worker: Worker) -> Share {
    let first = max(today.adding(months: -6).adding(days: 1), worker.started)
    let last = min(today, worker.leaving ?? today)
    guard first <= last else { return Share(count: 0, total: 0) }
    let sessions = caseload.sessions(with: worker.id).map(\.date).filter { $0 <= last }.sorted()
    var next = sessions.firstIndex { $0 > first } ?? sessions.endIndex
    var from = sessions[..<next].last ?? worker.started
    var due = calendar.date(supervisionInterval(for: worker, on: from), after: from)
    var onSchedule = 0
    var day = first
    while day <= last {
      while next < sessions.endIndex, sessions[next] <= day {
        from = sessions[next]
        due = calendar.date(supervisionInterval(for: worker, on: from), after: from)
        next += 1
      }
      if day <= due { onSchedule += 1 }
      day = day.adding(days: 1)
    }
    return Share(count: onSchedule, total: first.days(until: last) + 1)
  }
}
