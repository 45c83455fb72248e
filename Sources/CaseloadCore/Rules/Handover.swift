extension Rules {
  /// Proposes a target for each open case of a leaving worker: siblings together, a previous
  /// worker of the child when they have room, otherwise the lightest load after the move, never
  /// an ASYE for child protection or court work, heaviest families first. A family no one
  /// suitable has room for stays with the leaver, marked as needing the manager's decision.
  public func handoverPlan(for leaver: Worker.ID) throws -> HandoverPlan {
    guard let worker = caseload.worker(leaver) else {
      throw CaseloadError.notFound("no worker '\(leaver)'")
    }
    var picker = TargetPicker(
      rules: self,
      candidates: TargetPicker.candidates(in: worker.team, excluding: leaver, rules: self))
    var lines: [HandoverLine] = []
    for family in families(of: weightedCases(of: leaver)) {
      let pick = picker.pick(for: family.cases)
      lines += family.cases.map {
        HandoverLine(
          case: $0.id, family: $0.family, target: pick.target ?? leaver,
          why: pick.why,
          needsDecision: pick.needsDecision)
      }
    }
    return HandoverPlan(leaver: leaver, lines: lines)
  }

  /// Cases grouped into families (a case with no family stands alone), heaviest first; within a
  /// family, the case that counts in full first.
  private func families(of weighted: [(case: Case, points: Double)])
    -> [(cases: [Case], points: Double)]
  {
    var groups: [(cases: [Case], points: Double)] = []
    var index: [Case.FamilyID: Int] = [:]
    for (child, points) in weighted {
      if let family = child.family, let at = index[family] {
        groups[at].cases.append(child)
        groups[at].points += points
      } else {
        if let family = child.family { index[family] = groups.count }
        groups.append(([child], points))
      }
    }
    for at in groups.indices {
      groups[at].cases.sort(by: outweighs)
    }
    return groups.sorted { a, b in
      a.points != b.points ? a.points > b.points : outweighs(a.cases[0], b.cases[0])
    }
  }
}
