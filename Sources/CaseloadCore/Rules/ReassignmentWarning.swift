/// Something the manager must see and confirm before a reassignment goes ahead (SPEC 1.4).
public enum ReassignmentWarning: Hashable, Sendable {
  /// The child would be on this many social workers in 12 months, counting the new one.
  case thirdWorker(case: Case.ID, count: Int)
  case targetAbsent(Worker.Absence)
  case targetLeaving(Day)
  case targetHasLeft(Day)
  /// The new worker is an ASYE and the case is child protection or court proceedings.
  case asyeHighRisk(case: Case.ID)
  /// The new worker's load after the move, as a percentage, is over capacity.
  case overCapacity(percent: Int)
  /// A child protection or child-in-care case would be left with no worker.
  case unallocatingProtected(case: Case.ID)

  /// One line for the person at the keyboard.
  public var message: String {
    switch self {
    case .thirdWorker(let caseID, let count):
      return "\(caseID) would be on their \(Self.ordinal(count)) social worker in 12 months"
    case .targetAbsent(let absence):
      let reason = absence.reason.isEmpty ? "away" : "away (\(absence.reason))"
      return "the new worker is \(reason) from \(absence.from) to \(absence.to)"
    case .targetLeaving(let day):
      return "the new worker is leaving on \(day)"
    case .targetHasLeft(let day):
      return "the new worker left on \(day)"
    case .asyeHighRisk(let caseID):
      return "\(caseID) is a child protection or court case and the new worker is an ASYE"
    case .overCapacity(let percent):
      return "the new worker would be over capacity, at \(percent)%"
    case .unallocatingProtected(let caseID):
      return
        "\(caseID) is a child protection or child-in-care case: leaving it unallocated must be confirmed"
    }
  }

  /// Every warning needs the manager to confirm it (the command line's `--force`).
  public var needsConfirmation: Bool { true }

  /// A block, not only a warning: the move is refused unless confirmed explicitly.
  public var isBlock: Bool {
    if case .unallocatingProtected = self { return true }
    return false
  }

  static func ordinal(_ n: Int) -> String {
    let suffix: String
    switch (n % 10, n % 100) {
    case (_, 11...13): suffix = "th"
    case (1, _): suffix = "st"
    case (2, _): suffix = "nd"
    case (3, _): suffix = "rd"
    default: suffix = "th"
    }
    return "\(n)\(suffix)"
  }
}
