/// One case of a leaving worker and who it would go to.
public struct HandoverLine: Hashable, Sendable {
  public var `case`: Case.ID
  /// Siblings share a family and always share a target.
  public var family: Case.FamilyID?
  /// nil leaves the case unallocated; the leaver keeps it (the line is not moved).
  public var target: Worker.ID?
  /// Why this target, in a few words for the manager.
  public var why: String
  /// The plan found no one suitable: the case stays with the leaver until the manager chooses.
  public var needsDecision: Bool

  public init(
    case caseID: Case.ID, family: Case.FamilyID?, target: Worker.ID?, why: String,
    needsDecision: Bool = false
  ) {
    self.case = caseID
    self.family = family
    self.target = target
    self.why = why
    self.needsDecision = needsDecision
  }
}

/// A proposed target for each case of a leaving worker, applied as one change (SPEC 1.4).
public struct HandoverPlan: Hashable, Sendable {
  public var leaver: Worker.ID
  /// Heaviest families first, siblings next to each other.
  public var lines: [HandoverLine]

  public init(leaver: Worker.ID, lines: [HandoverLine]) {
    self.leaver = leaver
    self.lines = lines
  }

  /// The plan with one case (and its siblings, which follow it) going to another target.
  public func changing(_ caseID: Case.ID, to target: Worker.ID?) -> HandoverPlan {
    guard let line = lines.first(where: { $0.case == caseID }) else { return self }
    var plan = self
    for index in plan.lines.indices
    where plan.lines[index].case == caseID
      || (line.family != nil && plan.lines[index].family == line.family)
    {
      plan.lines[index].target = target
      plan.lines[index].why = target == leaver ? "kept by the manager" : "chosen by the manager"
      plan.lines[index].needsDecision = false
    }
    return plan
  }

  /// Lines the plan could not decide and the manager has not: they stay with the leaver.
  public var undecided: [HandoverLine] { lines.filter(\.needsDecision) }

  /// The whole plan as one change; cases the plan leaves with the leaver are not moved.
  public func reassignment(reason: String, today: Day) -> Reassignment {
    let moves = lines.filter { $0.target != leaver }.map {
      Reassignment.Move(case: $0.case, from: leaver, to: $0.target)
    }
    return Reassignment(moves: moves, reason: reason, date: today)
  }
}
