import Foundation

/// A short marker beside a worker's name on the team board (SPEC 2.1).
public enum Badge: Hashable, Sendable {
  case agency
  case asye
  /// Shown only when under 1.0.
  case fte(Double)
  case onLeave(until: Day)
  /// Leaving today or later.
  case leaving(Day)
  case left(Day)

  public var text: String {
    switch self {
    case .agency: return "AGY"
    case .asye: return "ASYE"
    case .fte(let fte): return "\(Self.format(fte)) FTE"
    case .onLeave(let until): return "LEAVE to \(until)"
    case .leaving(let day): return "LEAVING \(day)"
    case .left(let day): return "LEFT \(day)"
    }
  }

  /// The badges of a worker on a day, in the order the board shows them.
  public static func badges(of worker: Worker, today: Day) -> [Badge] {
    var badges: [Badge] = []
    if worker.employment == .agency { badges.append(.agency) }
    if worker.role == .asye { badges.append(.asye) }
    if worker.fte < 1 { badges.append(.fte(worker.fte)) }
    if let absence = worker.absence(on: today) { badges.append(.onLeave(until: absence.to)) }
    if let leaving = worker.leaving {
      badges.append(leaving < today ? .left(leaving) : .leaving(leaving))
    }
    return badges
  }

  /// 0.6 and 0.75, never 0.60 or 0.750000.
  private static func format(_ fte: Double) -> String {
    var text = String(format: "%.2f", fte)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
  }
}
