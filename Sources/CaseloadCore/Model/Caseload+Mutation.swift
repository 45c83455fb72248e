// Changing teams, workers, cases and their histories, keeping every index true. Only these
// change the records, and each costs the size of what it changes.
extension Caseload {
  public mutating func insert(_ team: Team) { teams[team.id] = team }

  public mutating func insert(_ worker: Worker) {
    let old = workers[worker.id]
    workers[worker.id] = worker
    if let old, old.team != worker.team {
      index.workersByTeam.modify(old.team, default: []) { $0.removeAll { $0 == worker.id } }
    }
    if old?.team != worker.team {
      let order = workers
      let place = { (id: Worker.ID) in order.place(of: id) ?? Int.max }
      index.workersByTeam.modify(worker.team, default: []) {
        Self.insert(worker.id, into: &$0, place: place)
      }
    }
  }

  public mutating func insert(_ newCase: Case) {
    let id = newCase.id
    let old = cases[id]
    if let w = old?.worker { casesByWorker.modify(w, default: []) { $0.removeAll { $0 == id } } }
    cases[id] = newCase
    if newCase.isOpen, let w = newCase.worker {
      casesByWorker.modify(w, default: []) { $0.append(id) }
    }
    let order = cases
    let place = { (id: Case.ID) in order.place(of: id) ?? Int.max }
    let (before, after) = (old.flatMap(Self.queue), Self.queue(of: newCase))
    if before != after {
      if let before { index.waiting.modify(before, default: []) { $0.removeAll { $0 == id } } }
      if let after {
        index.waiting.modify(after, default: []) { Self.insert(id, into: &$0, place: place) }
      }
    }
    if old?.closed != newCase.closed { index.closed[id] = newCase.closed }
    if old?.family != newCase.family || old == nil {
      if let family = old?.family {
        index.families.modify(family, default: []) { $0.removeAll { $0 == id } }
      }
      if let family = newCase.family {
        index.families.modify(family, default: []) { Self.insert(id, into: &$0, place: place) }
      }
    }
  }

  /// The queue an open case with no worker waits in (its team's, or nil for none); nil when the
  /// case is closed or allocated.
  private static func queue(of child: Case) -> Team.ID?? {
    child.isOpen && child.worker == nil ? .some(child.team) : nil
  }

  /// Puts `id` into a list kept in store order; new records go last, which costs nothing.
  static func insert<ID: Equatable>(_ id: ID, into list: inout [ID], place: (ID) -> Int) {
    let mine = place(id)
    guard let last = list.last, place(last) > mine else { return list.append(id) }
    var low = 0
    var high = list.count
    while low < high {
      let middle = (low + high) / 2
      if place(list[middle]) < mine { low = middle + 1 } else { high = middle }
    }
    list.insert(id, at: low)
  }

  public mutating func append(_ allocation: Allocation) {
    allocations.modify(allocation.case, default: []) { $0.append(allocation) }
  }

  /// Closes the current allocation of a case and opens a new one, moving the case.
  public mutating func allocate(
    _ caseID: Case.ID, to worker: Worker.ID?, on day: Day, reason: String, by user: String
  ) {
    guard var moved = cases[caseID] else { return }
    allocations.modify(caseID, default: []) { history in
      if let last = history.indices.last, history[last].to == nil { history[last].to = day }
      history.append(Allocation(case: caseID, worker: worker, from: day, reason: reason, by: user))
    }
    moved.worker = worker
    insert(moved)
  }

  /// True when the case's last allocation is the one a move on `day` from `from` to `to` opened,
  /// and the allocation before it ended that day: nothing has happened to its history since.
  public func canTakeBack(
    _ caseID: Case.ID, movedOn day: Day, from: Worker.ID?, to: Worker.ID?
  ) -> Bool {
    guard let history = allocations[caseID], history.count >= 2 else { return false }
    let last = history[history.count - 1]
    let previous = history[history.count - 2]
    return last.to == nil && last.from == day && last.worker == to && previous.to == day
      && previous.worker == from
  }

  /// Undoes a move made on `day` with nothing changed since: the allocation it opened goes
  /// and the one it ended is current again, so the history is as it was before the move.
  mutating func takeBack(_ caseID: Case.ID, movedOn day: Day, from: Worker.ID?, to: Worker.ID?) {
    guard var moved = cases[caseID], canTakeBack(caseID, movedOn: day, from: from, to: to) else {
      return
    }
    allocations.modify(caseID, default: []) { history in
      history.removeLast()
      history[history.count - 1].to = nil
    }
    moved.worker = from
    insert(moved)
  }

  public mutating func append(_ event: CaseEvent) {
    events.modify(event.case, default: []) { $0.append(event) }
  }

  /// Ends the current allocation of a case on `day` (a closure), or opens it again (nil).
  mutating func endAllocation(of caseID: Case.ID, on day: Day?, ifEndedOn ended: Day? = nil) {
    guard let history = allocations[caseID], let last = history.indices.last,
      history[last].to == ended
    else { return }
    allocations.modify(caseID, default: []) { $0[last].to = day }
  }

  /// Takes a case out with its allocation history and events (undo of adding it only).
  mutating func removeCase(_ id: Case.ID) {
    guard let old = cases[id] else { return }
    if let w = old.worker { casesByWorker.modify(w, default: []) { $0.removeAll { $0 == id } } }
    if let queue = Self.queue(of: old) {
      index.waiting.modify(queue, default: []) { $0.removeAll { $0 == id } }
    }
    if let family = old.family {
      index.families.modify(family, default: []) { $0.removeAll { $0 == id } }
    }
    index.closed[id] = nil
    cases[id] = nil
    allocations[id] = nil
    events[id] = nil
  }

  /// Takes a worker out (undo of adding them only; they hold no case by then).
  mutating func removeWorker(_ id: Worker.ID) {
    guard let old = workers[id] else { return }
    index.workersByTeam.modify(old.team, default: []) { $0.removeAll { $0 == id } }
    workers[id] = nil
    casesByWorker[id] = nil
  }

  /// Takes a team out (undo of adding it only; nothing refers to it by then).
  mutating func removeTeam(_ id: Team.ID) { teams[id] = nil }
}
