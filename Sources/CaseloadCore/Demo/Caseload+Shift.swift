extension Caseload {
  /// The same records with every date and time moved by `days` (bank holidays stay put).
  /// The demo store is built for one day and shifted by whole weeks to look current.
  public func shifted(byDays days: Int) -> Caseload {
    guard days != 0 else { return self }
    func day(_ d: Day) -> Day { d.adding(days: days) }
    func time(_ t: Timestamp) -> Timestamp { Timestamp(seconds: t.seconds + days * 86_400) }
    func by(_ a: Authorship) -> Authorship {
      Authorship(author: a.author, recorded: time(a.recorded))
    }
    func actions(_ list: [Action]) -> [Action] {
      list.map { Action(id: $0.id, text: $0.text, owner: $0.owner, due: day($0.due)) }
    }
    func discussion(_ d: CaseDiscussion) -> CaseDiscussion {
      CaseDiscussion(
        case: d.case, discussion: d.discussion, decision: d.decision, actions: actions(d.actions))
    }

    var result = Caseload(settings: settings)
    for team in teams.values { result.insert(team) }
    for var worker in workers.values {
      worker.started = day(worker.started)
      worker.leaving = worker.leaving.map(day)
      worker.absences = worker.absences.map {
        Worker.Absence(from: day($0.from), to: day($0.to), reason: $0.reason)
      }
      result.insert(worker)
    }
    for var item in cases.values {
      item.birthDate = day(item.birthDate)
      item.opened = day(item.opened)
      item.lastVisit = item.lastVisit.map(day)
      item.closed = item.closed.map(day)
      result.insert(item)
    }
    for caseID in cases.keys {
      for var allocation in history(of: caseID) {
        allocation.from = day(allocation.from)
        allocation.to = allocation.to.map(day)
        result.append(allocation)
      }
    }
    for var session in sessions {
      session.date = day(session.date)
      session.recordedOn = session.recordedOn.map(day)
      session.entries = session.entries.map(discussion)
      session.authorship = by(session.authorship)
      result.append(session)
    }
    for var note in notes {
      note.note = discussion(note.note)
      note.authorship = by(note.authorship)
      result.append(note)
    }
    for var addendum in addenda {
      addendum.authorship = by(addendum.authorship)
      result.append(addendum)
    }
    for var done in actionsDone.values.sorted(by: { $0.action.rawValue < $1.action.rawValue }) {
      done.done = day(done.done)
      done.recordedOn = done.recordedOn.map(day)
      done.authorship = by(done.authorship)
      result.append(done)
    }
    for var closure in actionsClosed.values.sorted(by: { $0.action.rawValue < $1.action.rawValue })
    {
      closure.closed = day(closure.closed)
      closure.recordedOn = closure.recordedOn.map(day)
      closure.authorship = by(closure.authorship)
      result.append(closure)
    }
    for caseID in cases.keys {
      for var event in events(of: caseID) {
        event.date = day(event.date)
        event.authorship = by(event.authorship)
        result.append(event)
      }
    }
    return result
  }
}
