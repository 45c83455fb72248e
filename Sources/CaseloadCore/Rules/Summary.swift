extension Rules {
  /// The team board's summary line and rows (SPEC 2.1); linear in the team's cases.
  public func summary(of teamID: Team.ID) throws -> TeamSummary {
    guard let team = caseload.team(teamID) else {
      throw CaseloadError.notFound("no team '\(teamID)'")
    }
    var rows: [WorkerRow] = []
    var visitsOverdue = 0
    var assessmentsOverdue = 0
    var oversightOverdue = 0
    for worker in caseload.workers(in: teamID).sorted(by: Worker.byName) {
      let held = caseload.cases(of: worker.id)
      if worker.hasLeft(on: today), held.isEmpty { continue }
      let visitsLate = held.count { visitDue($0)?.overdue == true }
      let assessmentsLate = held.count { assessmentDue($0)?.overdue == true }
      let oversightLate = held.count { oversightDue($0)?.overdue == true }
      visitsOverdue += visitsLate
      assessmentsOverdue += assessmentsLate
      oversightOverdue += oversightLate
      rows.append(
        WorkerRow(
          worker: worker, load: load(of: worker.id), badges: Badge.badges(of: worker, today: today),
          visitsOverdue: visitsLate, oversightOverdue: oversightLate,
          assessmentsOverdue: assessmentsLate,
          lastSupervision: caseload.lastSupervision(of: worker.id),
          supervision: supervisionDue(worker)))
    }
    let waiting = caseload.unallocatedCases(in: teamID)
    visitsOverdue += waiting.count { visitDue($0)?.overdue == true }
    assessmentsOverdue += waiting.count { assessmentDue($0)?.overdue == true }
    oversightOverdue += waiting.count { oversightDue($0)?.overdue == true }

    let counts = rows.map(\.load.caseCount)
    let agency = rows.count { $0.worker.employment == .agency }
    return TeamSummary(
      team: team, workers: rows, workerCount: rows.count, agencyCount: agency,
      agencyShare: rows.isEmpty ? 0 : Double(agency) / Double(rows.count),
      openCases: counts.reduce(0, +) + waiting.count,
      averageCaseload: rows.isEmpty ? 0 : Double(counts.reduce(0, +)) / Double(rows.count),
      minCaseload: counts.min() ?? 0, maxCaseload: counts.max() ?? 0, unallocated: waiting.count,
      visitsOverdue: visitsOverdue, assessmentsOverdue: assessmentsOverdue,
      oversightOverdue: oversightOverdue,
      // Someone who has left is not waiting for supervision, though their row still shows the date.
      supervisionsOverdue: rows.count { $0.supervision.overdue && !$0.worker.hasLeft(on: today) })
  }
}
