/// One stretch of a case's allocation history: who held it (nil: nobody) from a day on.
typealias Segment = (worker: Worker.ID?, from: Day)

extension NorthfieldBuilder {
  /// Who held a family's case from the day it opened to today, oldest first; the last is `holder`.
  mutating func chain(
    opened: Day, holder: Worker.ID?, request: FamilyRequest, eldestBirth: Day
  ) -> [Segment] {
    let team = request.team
    var tail: [Segment]
    if let holder {
      if team.feeders.isEmpty { return [(holder, opened)] }
      var formers = request.formerHolders
      if formers.isEmpty, rng.chance(0.15),
        let handover = handover(in: team.team.id, after: opened, to: holder)
      {
        formers = [handover]
      }
      // Leaving care takes young people on from 16, so its workers hold them from then.
      let earliest =
        team.team.id == NorthfieldRoster.leavingCare
        ? min(max(opened, eldestBirth.adding(days: 16 * 365 + 30)), today.adding(days: -2))
        : opened
      // Most cases go straight to a worker once the earlier teams are done with them.
      let afterFeeders: ClosedRange<Int>
      switch team.team.id {
      case NorthfieldRoster.main: afterFeeders = 14...35
      case NorthfieldRoster.inCare: afterFeeders = 80...430
      default: afterFeeders = 0...30
      }
      tail =
        formers.isEmpty
        ? [heldSince(opened: earliest, holder: holder, direct: afterFeeders)] : [] as [Segment]
      if !formers.isEmpty {
        // Each former worker held the case until they left, then the next took it over.
        let first = workerByID[formers[0]]
        let firstLeft = first?.leaving ?? today
        // Leave room for the front door's assessment before the first of them.
        var firstFrom = max(
          first?.started ?? opened, firstLeft.adding(days: -rng.int(60...300)),
          opened.adding(days: rng.int(14...35)))
        if firstFrom >= firstLeft { firstFrom = opened }
        tail.append((formers[0], firstFrom))
        var left = firstLeft
        for former in formers.dropFirst() {
          tail.append((former, left))
          left = workerByID[former]?.leaving ?? left
        }
        tail.append((holder, left))
      }
    } else {
      tail = [(nil, request.queuedSince ?? opened)]
    }

    var head: [Segment] = []
    var cursor = opened
    let tailStart = tail[0].from
    for feeder in team.feeders where cursor < tailStart {
      let span = cursor.days(until: tailStart)
      let length: Int
      switch feeder {
      case NorthfieldRoster.frontDoor: length = rng.int(14...35)
      case NorthfieldRoster.main: length = rng.int(60...400)
      default:
        // Young people move to leaving care at 16 or 17.
        let transfer = eldestBirth.adding(days: 16 * 365 + rng.int(0...540))
        length = max(min(cursor.days(until: transfer), span), rng.int(20...60))
      }
      var end = min(cursor.adding(days: max(length, 1)), tailStart)
      // Nobody takes a case on for a few days in between: the earlier team keeps it.
      if end.days(until: tailStart) < 30 { end = tailStart }
      head += fill(from: cursor, to: end, team: feeder, count: 1, next: nil, exclude: holder)
      cursor = end
    }
    if cursor < tailStart, holder != nil {
      head += fill(
        from: cursor, to: tailStart, team: team.team.id, count: rng.chance(0.8) ? 1 : 2,
        next: tail[0].worker, exclude: holder)
    }

    var segments: [Segment] = []
    for segment in head + tail {
      if let last = segments.last, last.worker == segment.worker { continue }
      segments.append(segment)
    }
    // When nobody was free to cover the first days, the earliest holder covers them.
    segments[0].from = opened
    return segments
  }

  /// The holder took the case on some day after it opened and after they started: usually
  /// straight after the earlier teams (`direct` days after opening), otherwise later on.
  private mutating func heldSince(opened: Day, holder: Worker.ID, direct: ClosedRange<Int>)
    -> Segment
  {
    let started = max(workerByID[holder]?.started ?? opened, opened)
    if rng.chance(0.85) {
      let handedOver = max(opened.adding(days: rng.int(direct)), started)
      return (holder, min(handedOver, today.adding(days: -1)))
    }
    let longest = max(started.days(until: today), 0)
    return (holder, today.adding(days: -rng.int(min(2, longest)...longest)))
  }

  /// A former worker of the team whose cases were shared out when they left.
  private mutating func handover(in team: Team.ID, after opened: Day, to holder: Worker.ID)
    -> Worker.ID?
  {
    let holderStarted = workerByID[holder]?.started ?? today
    let candidates = (workersByTeam[team] ?? []).filter { worker in
      guard let left = worker.leaving, left < today.adding(days: -2) else { return false }
      return left > opened.adding(days: 60) && left >= holderStarted
        && worker.started <= left.adding(days: -60)
    }
    return candidates.isEmpty ? nil : rng.pick(candidates).id
  }

  /// Workers of `team` who held a case in turn over [from, to), each employed at the time.
  private mutating func fill(
    from start: Day, to end: Day, team: Team.ID, count: Int, next: Worker.ID?,
    exclude: Worker.ID?
  ) -> [Segment] {
    var result: [Segment] = []
    var end = end
    var following = next
    while end > start {
      let candidates = (workersByTeam[team] ?? []).filter { worker in
        worker.started < end && (worker.leaving.map { $0 >= end } ?? true)
          && worker.id != following && worker.id != exclude
      }
      guard !candidates.isEmpty else { break }
      // Someone already in post for the whole stretch, rather than a string of brief holders.
      let whole = candidates.filter { $0.started <= start }
      let worker = rng.pick(whole.isEmpty ? candidates : whole)
      var from = max(start, worker.started)
      if result.count + 1 < count, from.days(until: end) > 90 {
        from = from.adding(days: rng.int(30...(from.days(until: end) - 30)))
      }
      result.insert((worker.id, from), at: 0)
      following = worker.id
      end = from
    }
    return result
  }

  /// The family's history as this child's: from the day their case opened (a baby born later
  /// joins the siblings' worker), under their own case id.
  func history(_ family: [Allocation], of caseID: Case.ID, opened: Day) -> [Allocation] {
    var result = family.filter { ($0.to ?? today.adding(days: 1)) > opened }
    guard let first = result.first else { return [] }
    if first.from < opened {
      result[0].from = opened
      result[0].reason = "New baby; allocated with siblings"
    }
    for index in result.indices { result[index].case = caseID }
    return result
  }

  /// Allocation records for a family, with the reasons and managers a real history would show.
  mutating func allocations(
    _ segments: [Segment], category: Case.Category, queue: TeamPlan, transferIn: Bool,
    siblings: Bool
  ) -> [Allocation] {
    segments.enumerated().map { index, segment in
      let to = index + 1 < segments.count ? segments[index + 1].from : nil
      let previous = index > 0 ? segments[index - 1].worker : nil
      let team = segment.worker.flatMap { workerByID[$0]?.team } ?? queue.team.id
      let reason = allocationReason(
        first: index == 0, from: previous, to: segment.worker, on: segment.from,
        category: category, queue: queue.team.id, transferIn: transferIn,
        siblings: siblings)
      return Allocation(
        case: "", worker: segment.worker, from: segment.from, to: to, reason: reason,
        by: roster.team(team)?.managerUser ?? queue.managerUser)
    }
  }

  private mutating func allocationReason(
    first: Bool, from previous: Worker.ID?, to next: Worker.ID?, on day: Day,
    category: Case.Category, queue: Team.ID, transferIn: Bool, siblings: Bool
  ) -> String {
    let before = previous.flatMap { workerByID[$0] }
    let after = next.flatMap { workerByID[$0] }
    if first {
      guard let after else {
        if queue == NorthfieldRoster.frontDoor { return "Contact received; awaiting allocation" }
        return transferIn
          ? "Transferred in from another authority; awaiting allocation" : "Awaiting allocation"
      }
      switch after.team {
      case NorthfieldRoster.frontDoor: return "Referral accepted for assessment"
      case NorthfieldRoster.inCare: return "Became looked after"
      case NorthfieldRoster.leavingCare: return "Leaving care support"
      default: return "Allocated on opening"
      }
    }
    guard let after else {
      return before?.team == NorthfieldRoster.frontDoor
        ? "Assessment complete; stepped up, awaiting allocation" : "Awaiting reallocation"
    }
    if let before, before.leaving == day {
      return "\(firstName(before.name)) left; handover"
    }
    switch (before?.team, after.team) {
    case (NorthfieldRoster.frontDoor, NorthfieldRoster.main):
      switch category {
      case .childProtection: return "Initial child protection conference: plan made"
      case .childInNeed: return "Stepped up to child in need"
      default: return "Stepped up after assessment"
      }
    case (_, NorthfieldRoster.inCare) where before?.team != NorthfieldRoster.inCare:
      return "Became looked after; transfer to Children in Care"
    case (_, NorthfieldRoster.leavingCare) where before?.team != NorthfieldRoster.leavingCare:
      return "Transfer to Leaving Care"
    default:
      if siblings, rng.chance(0.3) { return "Moved together with siblings" }
      if after.role == .seniorPractitioner, rng.chance(0.5) {
        return "Complexity: moved to a senior practitioner"
      }
      return rng.pick(NorthfieldWording.reallocationReasons)
    }
  }
}

/// The name a manager would use in a note: the first name, or the whole name when the family
/// name is written first (Nguyễn Thị Lan, 陈静).
func firstName(_ name: String) -> String {
  let first = name.split(separator: " ").first.map(String.init) ?? name
  if familyFirstNames.contains(first) || name.unicodeScalars.contains(where: { $0.value >= 0x3000 })
  {
    return name
  }
  return first
}

private let familyFirstNames = Set(DemoNames.pools.filter(\.familyFirst).flatMap(\.family))
