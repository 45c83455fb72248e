// Applying the changes of SPEC 1.5 once `check` has passed: the records change, and a case's
// event list gains what `caseload history` shows.
extension Caseload {
  /// Adds a case unallocated, then allocates it from its opened date (to nobody, when it waits
  /// in its team's queue), so its history starts with the referral.
  mutating func addCase(_ child: Case, kind: CaseEvent.Kind, reason: String, by author: Authorship)
  {
    var waiting = child
    waiting.worker = nil
    if waiting.team == nil, let worker = child.worker { waiting.team = workers[worker]?.team }
    insert(waiting)
    allocate(child.id, to: child.worker, on: child.opened, reason: reason, by: author.author)
    append(
      CaseEvent(case: child.id, kind: kind, date: child.opened, reason: reason, authorship: author))
  }

  mutating func performVisit(_ visit: Visit, by author: Authorship) {
    guard var visited = cases[visit.case] else { return }
    if visited.lastVisit.map({ $0 < visit.on }) ?? true {
      visited.lastVisit = visit.on
      insert(visited)
    }
    append(
      CaseEvent(
        case: visit.case, kind: .visit, date: visit.on, seenAlone: visit.seenAlone,
        authorship: author))
  }

  mutating func performCategoryChange(_ change: CategoryChange, by author: Authorship) {
    guard var child = cases[change.case] else { return }
    child.category = change.category.to
    insert(child)
    append(
      CaseEvent(
        case: change.case, kind: .category, date: change.recordedOn, reason: change.reason,
        category: change.category, authorship: author))
  }

  mutating func performClosure(_ closure: Closure, by author: Authorship) {
    guard var child = cases[closure.case] else { return }
    child.closed = closure.on
    insert(child)
    endAllocation(of: closure.case, on: closure.on)
    append(
      CaseEvent(
        case: closure.case, kind: .closed, date: closure.on, reason: closure.reason,
        authorship: author))
  }

  mutating func performReopening(_ reopening: Reopening, by author: Authorship) {
    guard var child = cases[reopening.case] else { return }
    child.closed = nil
    insert(child)
    endAllocation(of: reopening.case, on: nil, ifEndedOn: reopening.closedOn)
    append(
      CaseEvent(
        case: reopening.case, kind: .reopened, date: reopening.recordedOn,
        reason: reopening.reason, authorship: author))
  }

  mutating func performTransfer(_ transfer: Transfer, by author: Authorship) {
    guard var child = cases[transfer.case] else { return }
    child.team = transfer.team.to
    insert(child)
    allocate(
      transfer.case, to: transfer.worker.to, on: transfer.recordedOn, reason: transfer.reason,
      by: author.author)
    append(
      CaseEvent(
        case: transfer.case, kind: .transferred, date: transfer.recordedOn,
        reason: transfer.reason, team: transfer.team, authorship: author))
  }
}
