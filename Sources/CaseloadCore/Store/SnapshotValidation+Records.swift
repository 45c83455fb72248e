extension SnapshotValidation {
  /// Supervision records: ids unique across every kind, and every worker, case, action owner,
  /// addendum target and completed action present.
  mutating func checkRecords(_ s: some SnapshotContents, workers: Set<String>, cases: Set<String>) {
    recordIDs.reserveCapacity(
      s.sessions.underestimatedCount * 5 / 4 + s.notes.underestimatedCount
        + s.addenda.underestimatedCount)
    reportDecoding(s.sessions)
    reportDecoding(s.notes)
    reportDecoding(s.addenda)
    reportDecoding(s.actionsDone)

    for (index, record) in s.sessions.enumerated() {
      let here = label(.sessions, index, record.id)
      guard let session = record.value else {
        claim(record.id, here)
        continue
      }
      claim(session.id.rawValue, here)
      if !workers.contains(session.worker.rawValue) {
        report(here, "worker '\(session.worker)' does not exist")
      }
      for (number, entry) in session.entries.enumerated() {
        if !cases.contains(entry.case.rawValue) {
          report(here, "entries[\(number)] is about case '\(entry.case)', which does not exist")
        }
        checkActions(entry.actions, here, "entries[\(number)].", workers: workers)
      }
    }
    for (index, record) in s.notes.enumerated() {
      let here = label(.notes, index, record.id)
      guard let note = record.value else {
        claim(record.id, here)
        continue
      }
      claim(note.id.rawValue, here)
      if !cases.contains(note.case.rawValue) {
        report(here, "case '\(note.case)' does not exist")
      }
      checkActions(note.actions, here, "", workers: workers)
    }
    for (index, record) in s.addenda.enumerated() {
      claim(record.id, label(.addenda, index, record.id))
    }
    // Targets are looked up once every id is known: an addendum may correct another addendum.
    for (index, record) in s.addenda.enumerated() {
      guard let addendum = record.value, recordIDs[addendum.target.rawValue] == nil else {
        continue
      }
      report(
        label(.addenda, index, record.id),
        "adds to record '\(addendum.target)', which does not exist")
    }
    checkActionOutcomes(s)
  }

  private mutating func checkActions(
    _ actions: [Action], _ here: RecordLabel, _ place: String, workers: Set<String>
  ) {
    for (number, action) in actions.enumerated() {
      claim(action.id.rawValue, here)
      actionIDs.insert(action.id.rawValue)
      switch action.owner {
      case .worker(let owner) where !workers.contains(owner.rawValue):
        report(
          here, "\(place)actions[\(number)] is owned by worker '\(owner)', who does not exist")
      case .manager(let user) where (try? RecordField.id(user)) != user:
        report(
          here,
          "\(place)actions[\(number)] is owned by manager '\(user.prefix(40))', which is not a user name"
        )
      default: break
      }
    }
  }

  private mutating func claim(_ id: String?, _ here: RecordLabel) {
    guard let id else { return }
    if let earlier = recordIDs[id] {
      report(here, "record id \(id) is used twice (also \(earlier.text))")
    } else {
      recordIDs[id] = here
    }
  }
}
