extension Caseload {
  /// What giving a new case to `worker` would do, with the loads and warnings a reassignment
  /// shows (SPEC 1.4): the same rules whether a case arrives allocated or is moved later.
  public func previewNewCase(_ child: Case, to worker: Worker.ID, today: Day) throws
    -> ReassignmentPreview
  {
    guard let holder = workers[worker] else {
      throw CaseloadError.notFound("no worker '\(worker)'")
    }
    var trial = self
    var waiting = child
    waiting.worker = nil
    waiting.team = holder.team
    trial.insert(waiting)
    return try trial.previewReassignment(
      of: [child.id], to: worker, today: today, includeSiblings: false)
  }

  /// What a transfer to `worker` in another team would do, with a reassignment's warnings.
  public func previewTransfer(of caseID: Case.ID, to worker: Worker.ID, today: Day) throws
    -> ReassignmentPreview
  {
    guard var child = cases[caseID] else { throw CaseloadError.notFound("no case '\(caseID)'") }
    guard let holder = workers[worker] else {
      throw CaseloadError.notFound("no worker '\(worker)'")
    }
    var trial = self
    child.worker = nil
    child.team = holder.team
    trial.insert(child)
    return try trial.previewReassignment(
      of: [caseID], to: worker, today: today, includeSiblings: false)
  }
}
