import CaseloadCore

/// Rebuilds a store record by record from empty, passing every supervision record through
/// `Caseload.check` first, as a store replaying its journal would.
func replayThroughCheck(_ store: Caseload) throws -> Caseload {
  var rebuilt = Caseload(settings: store.settings)
  for team in store.teams.values { rebuilt.insert(team) }
  for worker in store.workers.values { rebuilt.insert(worker) }
  for child in store.cases.values {
    rebuilt.insert(child)
    for allocation in store.history(of: child.id) { rebuilt.append(allocation) }
  }
  for session in store.sessions {
    try rebuilt.check(.recordSession(session))
    rebuilt.append(session)
  }
  for note in store.notes {
    try rebuilt.check(.recordNote(note))
    rebuilt.append(note)
  }
  for addendum in store.addenda {
    try rebuilt.check(.addAddendum(addendum))
    rebuilt.append(addendum)
  }
  for done in store.actionsDone.values.sorted(by: { $0.action.rawValue < $1.action.rawValue }) {
    try rebuilt.check(.completeAction(done))
    rebuilt.append(done)
  }
  return rebuilt
}
