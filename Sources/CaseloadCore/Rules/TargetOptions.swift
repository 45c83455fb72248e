extension Rules {
  /// Workers of a team who could take the cases, lightest load after the move first, each with
  /// their load before and after: the reassign screen's target picker (SPEC 2.1).
  /// Workers who have left, and whoever already holds every case, are not offered.
  public func targetOptions(
    for caseIDs: [Case.ID], in team: Team.ID, includeSiblings: Bool = true
  ) -> [LoadChange] {
    let options = caseload.workers(in: team).filter { !$0.hasLeft(on: today) }.compactMap {
      worker -> (worker: Worker, change: LoadChange)? in
      let preview = try? previewReassignment(
        of: caseIDs, to: worker.id, includeSiblings: includeSiblings)
      return preview?.load(of: worker.id).map { (worker, $0) }
    }
    return options.sorted { a, b in
      a.change.after.fraction != b.change.after.fraction
        ? a.change.after.fraction < b.change.after.fraction : Worker.byName(a.worker, b.worker)
    }.map(\.change)
  }
}

extension Caseload {
  public func targetOptions(
    for caseIDs: [Case.ID], in team: Team.ID, today: Day, includeSiblings: Bool = true
  ) -> [LoadChange] {
    rules(today: today).targetOptions(for: caseIDs, in: team, includeSiblings: includeSiblings)
  }
}
