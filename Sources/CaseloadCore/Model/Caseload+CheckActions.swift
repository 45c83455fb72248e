import Foundation

// Actions followed up (SPEC 1.6): the checks on sessions and their reviews, on marking an
// action done or closing it, and on reopening one; and what a session does when applied.
extension Caseload {
  func checkSession(_ session: SupervisionSession) throws {
    try requireNew(session.id)
    guard workers[session.worker] != nil else {
      throw CaseloadError.notFound("no worker '\(session.worker)'")
    }
    if let today = session.recordedOn, session.date > today {
      throw CaseloadError.refused(
        "the supervision date \(session.date) is in the future (today is \(today))")
    }
    for entry in session.entries {
      try requireCase(entry.case)
      try requireActions(entry.actions)
    }
    var reviewed = Set<RecordID>()
    for review in session.reviews {
      guard reviewed.insert(review.action).inserted else {
        throw CaseloadError.refused("action \(review.action) is reviewed twice in one session")
      }
      try requireOpen(review.action)
      switch review.outcome {
      case .done(let note): try checkNote(note)
      case .carriedForward: break
      case .closed(let reason): try checkClosingReason(reason, review.action)
      }
    }
  }

  func checkCompletion(_ done: ActionDone) throws {
    try requireOpen(done.action)
    if let today = done.recordedOn, done.done > today {
      throw CaseloadError.refused(
        "the done date \(done.done) is in the future (today is \(today))")
    }
    try checkNote(done.note)
  }

  func checkActionClosure(_ closure: ActionClosure) throws {
    try requireOpen(closure.action)
    if let today = closure.recordedOn, closure.closed > today {
      throw CaseloadError.refused(
        "the closing date \(closure.closed) is in the future (today is \(today))")
    }
    try checkClosingReason(closure.reason, closure.action)
  }

  func checkReopening(_ reopening: ActionReopening) throws {
    guard !reopening.actions.isEmpty || reopening.addendum.isWithdrawal else {
      throw CaseloadError.refused("nothing to reopen")
    }
    try requireNew(reopening.addendum.id)
    guard hasRecord(reopening.addendum.target) else {
      throw CaseloadError.notFound("no record '\(reopening.addendum.target)' to add to")
    }
    for action in reopening.actions where actionsDone[action] == nil && actionsClosed[action] == nil
    {
      throw CaseloadError.conflict("action \(action) is open already")
    }
  }

  func requireActions(_ actions: [Action]) throws {
    for action in actions {
      switch action.owner {
      case .worker(let owner):
        guard workers[owner] != nil else {
          throw CaseloadError.notFound(
            "action '\(action.text.prefix(30))' is owned by no worker '\(owner)'")
        }
      case .manager(let user):
        _ = try field { () throws(FieldProblem) in try RecordField.id(user, "manager user name") }
      }
      guard !action.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
        throw CaseloadError.refused("an action needs some text")
      }
    }
  }

  /// Throws unless the action exists and is neither done nor closed.
  func requireOpen(_ id: RecordID) throws {
    guard action(id) != nil else { throw CaseloadError.notFound("no action '\(id)'") }
    if let done = actionsDone[id] {
      throw CaseloadError.conflict(
        "action \(id) was marked done on \(done.done) by \(done.authorship.author)")
    }
    if let closed = actionsClosed[id] {
      throw CaseloadError.conflict(
        "action \(id) was closed on \(closed.closed) by \(closed.authorship.author)")
    }
  }

  private func checkNote(_ note: String?) throws {
    guard let note else { return }
    guard !note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
      throw CaseloadError.refused("the note on an action done is empty; leave it out or write one")
    }
    guard note.count <= RecordField.textLimit else {
      throw CaseloadError.refused(
        "the note is longer than \(RecordField.textLimit) characters")
    }
  }

  private func checkClosingReason(_ reason: String, _ action: RecordID) throws {
    guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
      throw CaseloadError.refused(
        "closing action \(action) as no longer needed needs a reason")
    }
    _ = try field { () throws(FieldProblem) in try RecordField.reason(reason) }
  }

  /// Records the session, then what its reviews decided: each action done or closed on the
  /// session's date, by whoever recorded it. Only a change applied does this, never loading a
  /// snapshot, which holds those records already.
  mutating func performSession(_ session: SupervisionSession, by author: Authorship) {
    append(session)
    for review in session.reviews {
      switch review.outcome {
      case .done(let note):
        append(
          ActionDone(
            action: review.action, done: session.date, authorship: author, note: note,
            session: session.id, recordedOn: session.recordedOn))
      case .carriedForward: break
      case .closed(let reason):
        append(
          ActionClosure(
            action: review.action, closed: session.date, reason: reason, authorship: author,
            session: session.id, recordedOn: session.recordedOn))
      }
    }
  }
}
