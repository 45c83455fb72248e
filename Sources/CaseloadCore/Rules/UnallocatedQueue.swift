/// A case waiting for a worker, as the unallocated queue lists it.
public struct QueueItem: Hashable, Sendable {
  public var `case`: Case
  public var since: Day
  public var daysWaiting: Int
  public var band: LoadBand
  /// Who could take it: a previous worker of the child with room, else the lightest load after
  /// the move in the case's team; nil when no one has room.
  public var suggested: Worker.ID?
  public var why: String

  public init(
    case child: Case, since: Day, daysWaiting: Int, band: LoadBand, suggested: Worker.ID?,
    why: String
  ) {
    self.case = child
    self.since = since
    self.daysWaiting = daysWaiting
    self.band = band
    self.suggested = suggested
    self.why = why
  }
}

extension Rules {
  /// Open cases with no worker, in one team's queue or (nil) every queue, oldest first.
  public func unallocatedQueue(team: Team.ID?) -> [QueueItem] {
    let waiting = caseload.unallocatedCases(in: team)
    var pickers: [Team.ID: TargetPicker] = [:]
    let items = waiting.map { child -> QueueItem in
      let since = caseload.unallocatedSince(child) ?? child.opened
      var suggestion = TargetPick(target: nil, why: "in no team's queue")
      if let queue = child.team {
        var picker =
          pickers[queue]
          ?? TargetPicker(
            rules: self, candidates: TargetPicker.candidates(in: queue, rules: self))
        pickers[queue] = picker
        // Each suggestion stands alone: the manager may take any one of them.
        suggestion = picker.pick(for: [child], remember: false)
      }
      return QueueItem(
        case: child, since: since, daysWaiting: since.days(until: today),
        band: unallocatedBand(child) ?? .ok, suggested: suggestion.target, why: suggestion.why)
    }
    return items.sorted { a, b in
      a.since != b.since ? a.since < b.since : a.case.id.rawValue < b.case.id.rawValue
    }
  }
}
