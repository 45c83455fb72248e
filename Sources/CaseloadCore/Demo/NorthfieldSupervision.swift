/// The supervision record of Northfield: sessions, oversight notes, actions and addenda.
struct NorthfieldSupervision {
  var sessions: [SupervisionSession] = []
  var notes: [OversightNote] = []
  var addenda: [Addendum] = []
  var actionsDone: [ActionDone] = []
}

/// How far back the demo's supervision record goes.
private let recordWindow = 420

extension NorthfieldBuilder {
  /// Writes the supervision record, dated around the allocation histories already built.
  mutating func supervision() -> NorthfieldSupervision {
    var held: [Worker.ID: [(case: Case.ID, from: Day, to: Day)]] = [:]
    for child in cases {
      for allocation in histories[child.id] ?? [] {
        guard let worker = allocation.worker else { continue }
        held[worker, default: []].append(
          (child.id, allocation.from, allocation.to ?? today.adding(days: 1)))
      }
    }
    let caseByID = Dictionary(uniqueKeysWithValues: cases.map { ($0.id, $0) })
    var record = NorthfieldSupervision()

    for plan in roster.staff {
      for day in sessionDays(plan).reversed() {
        let holding = (held[plan.worker.id] ?? []).filter { $0.from <= day && day < $0.to }
        record.sessions.append(
          session(plan, on: day, holding: holding.compactMap { caseByID[$0.case] }))
      }
    }
    for child in cases {
      for day in oversightDays(child).reversed() {
        record.notes.append(note(on: child, day: day))
      }
    }

    record.sessions.sort { $0.authorship.recorded < $1.authorship.recorded }
    record.notes.sort { $0.authorship.recorded < $1.authorship.recorded }
    numberRecords(&record)
    completeActions(&record)
    addAddenda(&record)
    return record
  }

  // MARK: Dates

  /// Supervision days, newest first: monthly, or as the ASYE steps require.
  private mutating func sessionDays(_ plan: StaffPlan) -> [Day] {
    let worker = plan.worker
    let end = worker.leaving.map { min($0, today) } ?? today
    let earliest = max(worker.started.adding(days: 5), today.adding(days: -recordWindow))
    var day = end.adding(days: -plan.sinceSupervision)
    var days: [Day] = []
    while day >= earliest {
      days.append(day.workingDayOnOrBefore)
      let service = worker.started.days(until: day)
      if worker.role == .asye, service <= 182 {
        day = day.adding(days: service <= 42 ? -7 : -14)
      } else {
        day = day.adding(days: -rng.int(26...33))
      }
    }
    return days
  }

  /// Oversight note days for a case, newest first: about as often as the rules ask, some late.
  private mutating func oversightDays(_ child: Case) -> [Day] {
    if let closed = child.closed {
      let middle = child.opened.adding(days: child.opened.days(until: closed) / 2)
      return middle > child.opened ? [closed, middle] : [closed]
    }
    let interval =
      child.category == .childProtection || child.category == .courtProceedings ? 28 : 56
    let first = child.opened.adding(days: 1)
    guard first < today else { return [] }
    let sinceLast =
      rng.chance(0.12) ? rng.int((interval + 3)...(interval + 30)) : rng.int(1...(interval - 3))
    var day = max(today.adding(days: -sinceLast), first)
    let earliest = max(first, today.adding(days: -recordWindow))
    var days: [Day] = []
    while day >= earliest, days.count < 8 {
      let weekday = day.workingDayOnOrBefore
      days.append(weekday >= first ? weekday : day)
      day = day.adding(days: -rng.int((interval * 7 / 10)...(interval * 11 / 10)))
    }
    return days
  }

  // MARK: Records

  private mutating func session(_ plan: StaffPlan, on day: Day, holding: [Case])
    -> SupervisionSession
  {
    let worker = plan.worker
    let team = roster.team(worker.team)
    let development =
      worker.role == .asye
      ? "Development: ASYE portfolio on track; next observation booked."
      : rng.pick(NorthfieldWording.development)
    let general = [
      rng.pick(NorthfieldWording.wellbeing), NorthfieldWording.workload(holding.count),
      development,
    ].joined(separator: "\n")
    let discussed = holding.shuffled(using: &rng).prefix(rng.int(2...5))
    let entries = discussed.map { child in
      discussion(of: child, by: worker.id, on: day)
    }
    return SupervisionSession(
      id: "", worker: worker.id, date: day,
      attendees: [team?.managerName ?? "Team manager", worker.name], discussion: general,
      entries: entries,
      authorship: Authorship(author: team?.managerUser ?? "manager", recorded: time(on: day)))
  }

  private mutating func note(on child: Case, day: Day) -> OversightNote {
    let holder = holder(of: child.id, on: day)
    let team = roster.team(holder.flatMap { workerByID[$0]?.team } ?? child.team ?? "")
    let note: CaseDiscussion
    if child.closed == day {
      let lines = NorthfieldWording.closing
      note = CaseDiscussion(
        case: child.id, discussion: rng.pick(lines.discussions),
        decision: rng.pick(lines.decisions))
    } else if let holder {
      note = discussion(of: child, by: holder, on: day)
    } else {
      let lines = NorthfieldWording.unallocated
      let name = firstName(child.childName)
      note = CaseDiscussion(
        case: child.id,
        discussion: NorthfieldWording.fill(rng.pick(lines.discussions), child: name, worker: ""),
        decision: NorthfieldWording.fill(rng.pick(lines.decisions), child: name, worker: ""))
    }
    return OversightNote(
      id: "", note: note,
      authorship: Authorship(author: team?.managerUser ?? "manager", recorded: time(on: day)))
  }

  private mutating func discussion(of child: Case, by worker: Worker.ID, on day: Day)
    -> CaseDiscussion
  {
    let lines = NorthfieldWording.lines(for: stage(of: child, heldBy: worker))
    let childName = firstName(child.childName)
    let workerName = firstName(workerByID[worker]?.name ?? "")
    func fill(_ text: String) -> String {
      NorthfieldWording.fill(text, child: childName, worker: workerName)
    }
    var actions: [Action] = []
    if rng.chance(0.05) {
      actions.append(
        Action(
          id: "", text: fill(rng.pick(NorthfieldWording.actions)), owner: worker,
          due: day.adding(days: rng.int(7...28))))
    }
    return CaseDiscussion(
      case: child.id, discussion: fill(rng.pick(lines.discussions)),
      decision: fill(rng.pick(lines.decisions)), actions: actions)
  }

  /// What the case was while this worker's team held it: at the front door every case is an
  /// assessment, and a child now in care was a protection case before.
  private func stage(of child: Case, heldBy worker: Worker.ID) -> Case.Category {
    switch (workerByID[worker]?.team, child.category) {
    case (NorthfieldRoster.frontDoor, _): return .assessment
    case (NorthfieldRoster.main, .childInCare), (NorthfieldRoster.main, .careLeaver):
      return .childProtection
    case (NorthfieldRoster.inCare, .careLeaver): return .childInCare
    default: return child.category
    }
  }

  private func holder(of caseID: Case.ID, on day: Day) -> Worker.ID? {
    (histories[caseID] ?? []).last { $0.from <= day }?.worker
  }

  /// A time in the working day, in UTC.
  private mutating func time(on day: Day) -> Timestamp {
    Timestamp(seconds: day.ordinal * 86_400 + rng.int(9...16) * 3600 + rng.int(0...59) * 60)
  }

  // MARK: Ids, actions and addenda

  /// Gives ids in the order of time, so a later record always has a later number.
  private func numberRecords(_ record: inout NorthfieldSupervision) {
    var actionNumber = 0
    func number(_ actions: inout [Action]) {
      for index in actions.indices {
        actionNumber += 1
        actions[index].id = RecordID(rawValue: "A\(String(100_000 + actionNumber).dropFirst())")
      }
    }
    for index in record.sessions.indices {
      record.sessions[index].id = RecordID(
        rawValue: "S\(String(100_000 + index + 1).dropFirst())")
      for entry in record.sessions[index].entries.indices {
        number(&record.sessions[index].entries[entry].actions)
      }
    }
    for index in record.notes.indices {
      record.notes[index].id = RecordID(rawValue: "N\(String(100_000 + index + 1).dropFirst())")
      number(&record.notes[index].note.actions)
    }
  }

  /// Most actions past their due date are done; a few are still open, as in any team.
  private mutating func completeActions(_ record: inout NorthfieldSupervision) {
    var recorded: [(Action, Day, String)] = []
    for session in record.sessions {
      for entry in session.entries {
        recorded += entry.actions.map { ($0, session.date, session.authorship.author) }
      }
    }
    for note in record.notes {
      recorded += note.note.actions.map {
        ($0, note.authorship.recorded.utcDay, note.authorship.author)
      }
    }
    recorded.sort { $0.1 < $1.1 }
    for (action, day, author) in recorded {
      guard action.due < today.adding(days: -2), rng.chance(0.93) else { continue }
      let latest = min(action.due.adding(days: 5), today.adding(days: -1))
      let done = day.adding(days: rng.int(1...max(1, day.days(until: latest))))
      record.actionsDone.append(
        ActionDone(
          action: action.id, done: done,
          authorship: Authorship(author: author, recorded: time(on: done))))
    }
  }

  private mutating func addAddenda(_ record: inout NorthfieldSupervision) {
    let mainManager = roster.team(NorthfieldRoster.main)?.managerUser ?? "manager"
    let cutoff = today.adding(days: -10)
    let mainCP = Set(
      cases.filter { $0.category == .childProtection && $0.worker != nil }.compactMap { child in
        workerByID[child.worker ?? ""]?.team == NorthfieldRoster.main ? child.id : nil
      })
    if let note = record.notes.last(where: {
      mainCP.contains($0.caseID) && $0.authorship.recorded.utcDay < cutoff
        && $0.authorship.author == mainManager
    }) {
      record.addenda.append(
        Addendum(
          id: "D00001", target: note.id,
          text: "Correction: core group is on Thursday, not Tuesday as written above.",
          authorship: Authorship(
            author: mainManager, recorded: time(on: note.authorship.recorded.utcDay.adding(days: 1))
          )))
    }
    if let session = record.sessions.last(where: {
      $0.worker == "zoe.harrington" && $0.date < cutoff
    }) {
      record.addenda.append(
        Addendum(
          id: "D00002", target: session.id,
          text: "Added later: Zoë asked for a caseload review by the service manager; "
            + "raised at the managers' meeting.",
          authorship: Authorship(
            author: mainManager, recorded: time(on: session.date.adding(days: 2)))
        ))
    }
  }
}

extension Day {
  /// The day itself, or the Friday before when it falls at a weekend.
  var workingDayOnOrBefore: Day {
    switch weekday {
    case 6: return adding(days: -1)
    case 7: return adding(days: -2)
    default: return self
    }
  }
}
