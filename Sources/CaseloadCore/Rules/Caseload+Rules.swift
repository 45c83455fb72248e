// The rules as asked of a store directly. Each call builds its own `Rules`; code that asks
// about many cases or workers on one day should build one with `rules(today:)` and reuse it.
extension Caseload {
  public func load(
    of worker: Worker.ID, today: Day, adding: [Case.ID] = [], removing: [Case.ID] = []
  ) -> WorkerLoad {
    rules(today: today).load(of: worker, adding: adding, removing: removing)
  }

  public func visitDue(_ child: Case, today: Day) -> Due? { rules(today: today).visitDue(child) }

  public func assessmentDue(_ child: Case, today: Day) -> Due? {
    rules(today: today).assessmentDue(child)
  }

  public func supervisionDue(_ worker: Worker, today: Day) -> Due {
    rules(today: today).supervisionDue(worker)
  }

  public func oversightDue(_ child: Case, today: Day) -> Due? {
    rules(today: today).oversightDue(child)
  }

  public func unallocatedBand(_ child: Case, today: Day) -> LoadBand? {
    rules(today: today).unallocatedBand(child)
  }

  public func socialWorkers(of caseID: Case.ID, today: Day) -> [Worker.ID] {
    rules(today: today).socialWorkers(of: caseID)
  }

  public func previewReassignment(
    of caseIDs: [Case.ID], to target: Worker.ID?, today: Day, includeSiblings: Bool = true
  ) throws -> ReassignmentPreview {
    try rules(today: today).previewReassignment(
      of: caseIDs, to: target, includeSiblings: includeSiblings)
  }

  public func reassignment(from preview: ReassignmentPreview, reason: String, today: Day)
    -> Reassignment
  {
    preview.reassignment(reason: reason, today: today)
  }

  public func handoverPlan(for leaver: Worker.ID, today: Day) throws -> HandoverPlan {
    try rules(today: today).handoverPlan(for: leaver)
  }

  public func summary(of team: Team.ID, today: Day) throws -> TeamSummary {
    try rules(today: today).summary(of: team)
  }

  public func unallocatedQueue(team: Team.ID?, today: Day) -> [QueueItem] {
    rules(today: today).unallocatedQueue(team: team)
  }
}
