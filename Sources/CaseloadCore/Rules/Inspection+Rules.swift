extension Rules {
  /// Inspection readiness for a team (SPEC 1.7): linear in the team's cases and actions.
  public func inspection(of teamID: Team.ID) throws -> Inspection {
    let summary = try summary(of: teamID)
    let actions = caseload.actionItems.filter(\.isOpen)
    let since = today.adding(months: -12)
    var completions: [Worker.ID?: AssessmentFigures] = [:]
    for child in caseload.cases.values where caseload.team(of: child) == teamID {
      for episode in assessments(of: child) {
        guard let completed = episode.completed, completed > since, completed <= today else {
          continue
        }
        let inTime = episode.completedInTime ? 1 : 0
        let one = AssessmentFigures(
          completedInTime: inTime, completedLate: 1 - inTime, open: 0, openOverdue: 0)
        // Counted for whoever held the case when the assessment was completed.
        let holder = holder(of: child.id, on: completed)
        completions[holder] = (completions[holder] ?? .none) + one
      }
    }

    var rows: [InspectionRow] = []
    var supervision = Share(count: 0, total: 0)
    var held: [Case] = []
    for row in summary.workers {
      let cases = caseload.cases(of: row.worker.id)
      held += cases
      let ids = Set(cases.map(\.id))
      // As `openActions(for:)`: those they own or about a case they hold.
      let mine = actions.filter { item in
        item.action.owner.worker == row.worker.id || item.case.map(ids.contains) == true
      }
      var figures = self.figures(cases, actions: mine)
      figures.assessments = figures.assessments + (completions[row.worker.id] ?? .none)
      let record = SupervisionRecord(
        last: row.lastSupervision, due: row.supervision,
        onSchedule: supervisionOnSchedule(of: row.worker))
      if !row.worker.hasLeft(on: today) { supervision = supervision + record.onSchedule }
      rows.append(
        InspectionRow(
          worker: row.worker, load: row.load, supervision: record, figures: figures))
    }
    let waiting = caseload.unallocatedCases(in: teamID)
    var figures = self.figures(held + waiting, actions: caseload.openActions(in: teamID))
    figures.assessments = completions.values.reduce(figures.assessments, +)
    let inPost = summary.workers.filter { !$0.worker.hasLeft(on: today) }
    return Inspection(
      team: summary.team, date: today, figures: figures,
      unallocated: Waiting(
        days: waiting.map { (caseload.unallocatedSince($0) ?? $0.opened).days(until: today) }),
      supervisionsOverdue: summary.supervisionsOverdue, supervisedWorkers: inPost.count,
      supervisionOnSchedule: supervision, workers: rows, manyWorkersAt: settings.workerCountWarnAt)
  }

  /// The case figures for some open cases, with the open actions that go with them.
  private func figures(_ cases: [Case], actions: [ActionItem]) -> InspectionFigures {
    var oversight = Share(count: 0, total: 0)
    var visits = Share(count: 0, total: 0)
    var open = 0
    var openOverdue = 0
    var many = 0
    for child in cases {
      if let due = oversightDue(child) {
        oversight = oversight + Share(count: due.overdue ? 0 : 1, total: 1)
      }
      if let due = visitDue(child) {
        visits = visits + Share(count: due.overdue ? 0 : 1, total: 1)
      }
      if let due = assessmentDue(child) {
        open += 1
        if due.overdue { openOverdue += 1 }
      }
      if socialWorkers(of: child.id).count >= settings.workerCountWarnAt { many += 1 }
    }
    return InspectionFigures(
      openCases: cases.count, oversight: oversight, visits: visits,
      assessments: AssessmentFigures(
        completedInTime: 0, completedLate: 0, open: open, openOverdue: openOverdue),
      manyWorkers: many, openActions: actions.count,
      overdueActions: actions.count { $0.isOverdue(today: today) })
  }

  /// Who held a case on a day, from its allocation history.
  private func holder(of caseID: Case.ID, on day: Day) -> Worker.ID? {
    caseload.history(of: caseID).last { $0.from <= day }?.worker
  }
}

extension Caseload {
  public func inspection(of team: Team.ID, today: Day) throws -> Inspection {
    try rules(today: today).inspection(of: team)
  }
}
