/// A worker's load before and after a proposed move.
public struct LoadChange: Hashable, Sendable {
  public var worker: Worker.ID
  public var before: WorkerLoad
  public var after: WorkerLoad

  public init(worker: Worker.ID, before: WorkerLoad, after: WorkerLoad) {
    self.worker = worker
    self.before = before
    self.after = after
  }
}

/// What a reassignment would do, shown to the manager before they confirm it (SPEC 1.4).
public struct ReassignmentPreview: Hashable, Sendable {
  /// The new worker; nil leaves the cases unallocated.
  public var target: Worker.ID?
  /// The cases the manager chose, as given (duplicates removed).
  public var chosen: [Case.ID]
  /// The moves that would be made: the chosen cases not already with the target, and their
  /// siblings when moving siblings together.
  public var moves: [Reassignment.Move]
  /// Siblings of the chosen cases held by the same worker and not chosen: offered to move too.
  public var siblings: [Case.ID]
  /// Whether `moves` include the siblings.
  public var includesSiblings: Bool
  /// Every worker losing a case, then the target.
  public var loads: [LoadChange]
  public var warnings: [ReassignmentWarning]

  public init(
    target: Worker.ID?, chosen: [Case.ID], moves: [Reassignment.Move], siblings: [Case.ID],
    includesSiblings: Bool, loads: [LoadChange], warnings: [ReassignmentWarning]
  ) {
    self.target = target
    self.chosen = chosen
    self.moves = moves
    self.siblings = siblings
    self.includesSiblings = includesSiblings
    self.loads = loads
    self.warnings = warnings
  }

  /// True when the move may go ahead only after the manager confirms the warnings.
  public var needsConfirmation: Bool { warnings.contains { $0.needsConfirmation } }

  /// The warnings that block the move unless confirmed explicitly.
  public var blocks: [ReassignmentWarning] { warnings.filter(\.isBlock) }

  /// The load change of one worker, if the move touches them.
  public func load(of worker: Worker.ID) -> LoadChange? { loads.first { $0.worker == worker } }

  /// The change to commit once confirmed, dated today.
  public func reassignment(reason: String, today: Day) -> Reassignment {
    Reassignment(moves: moves, reason: reason, date: today)
  }
}
