import Foundation

extension SnapshotValidation {
  /// What became of actions: each session's reviews name actions that exist, once each, with a
  /// reason for a closure; each action is marked done or closed at most once (not both), names
  /// an action that exists, and any session it names is a session. A review's record and the
  /// completion it made are both kept, so both are expected here; a completion without the
  /// review's, or a review whose completion was undone, is fine.
  mutating func checkActionOutcomes(_ s: some SnapshotContents) {
    reportDecoding(s.actionsClosed)
    for (index, record) in s.sessions.enumerated() {
      guard let session = record.value else { continue }
      let here = label(.sessions, index, record.id)
      var reviewed = Set<String>()
      for (number, review) in session.reviews.enumerated() {
        let action = review.action.rawValue
        if !actionIDs.contains(action) {
          report(
            here, "reviews[\(number)] is of action '\(action.prefix(40))', which does not exist")
        }
        if !reviewed.insert(action).inserted {
          report(here, "reviews[\(number)] reviews action '\(action.prefix(40))' a second time")
        }
        switch review.outcome {
        case .closed(let reason) where reason.isBlank:
          report(here, "reviews[\(number)] closes an action without a reason")
        case .done(let note?) where note.isBlank:
          report(here, "reviews[\(number)] has an empty note")
        default: break
        }
      }
    }
    var done = Set<String>()
    for (index, record) in s.actionsDone.enumerated() {
      guard let completion = record.value else { continue }
      let here = label(.actionsDone, index, record.id)
      checkOutcome(completion.action, completion.session, completion.authorship, here)
      if !done.insert(completion.action.rawValue).inserted {
        report(here, "action '\(completion.action)' is marked done twice")
      }
      if let note = completion.note, note.isBlank { report(here, "has an empty note") }
    }
    var closed = Set<String>()
    for (index, record) in s.actionsClosed.enumerated() {
      guard let closure = record.value else { continue }
      let here = label(.actionsClosed, index, record.id)
      checkOutcome(closure.action, closure.session, closure.authorship, here)
      if !closed.insert(closure.action.rawValue).inserted {
        report(here, "action '\(closure.action)' is closed twice")
      } else if done.contains(closure.action.rawValue) {
        report(here, "action '\(closure.action)' is both done and closed")
      }
      if closure.reason.isBlank { report(here, "is closed without a reason") }
    }
  }

  private mutating func checkOutcome(
    _ action: RecordID, _ session: RecordID?, _ authorship: Authorship, _ here: RecordLabel
  ) {
    if !actionIDs.contains(action.rawValue) {
      report(here, "action '\(action)' does not exist")
    }
    if let session, recordIDs[session.rawValue]?.kind != .sessions {
      report(here, "names session '\(session)', which does not exist")
    }
    if authorship.author.isEmpty { report(here, "has no author") }
  }
}

extension String {
  fileprivate var isBlank: Bool { trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
}
