// An import is checked and applied as its parts in order (workers added, workers changed,
// cases added, cases changed, then, in an undo, what it had added taken out), each part
// checked against the state the parts before it leave, so the whole goes in or nothing does.
extension Caseload {
  func checkImport(_ batch: ImportBatch) throws {
    guard !batch.isEmpty else { throw CaseloadError.refused("the import changes nothing") }
    var trial = self
    try trial.performImport(
      batch, checking: true, by: Authorship(author: "", recorded: Timestamp(seconds: 0)))
  }

  mutating func performImport(_ batch: ImportBatch, by author: Authorship) {
    // `check` ran the same steps first, so none of these can throw.
    try? performImport(batch, checking: false, by: author)
  }

  private mutating func performImport(_ batch: ImportBatch, checking: Bool, by author: Authorship)
    throws
  {
    for worker in batch.addWorkers {
      if checking { try checkNewWorker(worker) }
      insert(worker)
    }
    for update in batch.updateWorkers {
      if checking { try checkWorkerUpdate(update) }
      perform(.updateWorker(update), by: author)
    }
    for child in batch.addCases {
      if checking { try checkNewCase(child, recordedOn: batch.recordedOn) }
      addCase(child, kind: .imported, reason: batch.reason, by: author)
    }
    for update in batch.updateCases {
      if checking { try checkCaseUpdate(update, today: batch.recordedOn) }
      performCaseUpdate(update, reason: batch.reason, today: batch.recordedOn, by: author)
    }
    if let removal = batch.remove {
      if checking { try checkRemoval(removal) }
      perform(.remove(removal), by: author)
    }
  }

  func checkCaseUpdate(_ update: CaseUpdate, today: Day) throws {
    let current = try openCase(update.case, "an import cannot change it")
    guard !update.isEmpty else {
      throw CaseloadError.refused("nothing to change on \(update.case)")
    }
    func seen<V>(_ edit: Edit<V>?, _ now: V, _ what: String) throws {
      guard let edit, edit.from != now else { return }
      throw CaseloadError.conflict(
        "case \(update.case)'s \(what) was changed by someone else (now \(Self.shown(now))); look again and retry"
      )
    }
    try seen(update.childName, current.childName, "name")
    try seen(update.birthDate, current.birthDate, "date of birth")
    try seen(update.family, current.family, "family")
    try seen(update.category, current.category, "category")
    try seen(update.worker, current.worker, "worker")
    try seen(update.team, current.team, "team")
    try seen(update.lastVisit, current.lastVisit, "last visit")
    let after = Self.applied(update, to: current)
    try checkCaseValues(after, today: today)
    if let worker = update.worker?.to {
      guard let holder = workers[worker] else {
        throw CaseloadError.notFound("no worker '\(worker)'")
      }
      try requireAvailable(holder, on: today)
    }
    if after.worker == nil, after.team == nil {
      throw CaseloadError.refused("case \(update.case) would be unallocated with no team's queue")
    }
  }

  /// The case with every field of the update but its worker, which moves by allocation.
  static func applied(_ update: CaseUpdate, to child: Case) -> Case {
    var result = child
    if let edit = update.childName { result.childName = edit.to }
    if let edit = update.birthDate { result.birthDate = edit.to }
    if let edit = update.family { result.family = edit.to }
    if let edit = update.category { result.category = edit.to }
    if let edit = update.worker { result.worker = edit.to }
    if let edit = update.team { result.team = edit.to }
    if let edit = update.lastVisit { result.lastVisit = edit.to }
    return result
  }

  private mutating func performCaseUpdate(
    _ update: CaseUpdate, reason: String, today: Day, by author: Authorship
  ) {
    guard let current = cases[update.case] else { return }
    var changed = Self.applied(update, to: current)
    changed.worker = current.worker
    insert(changed)
    if let worker = update.worker {
      allocate(update.case, to: worker.to, on: today, reason: reason, by: author.author)
    }
    var details: [String] = []
    if let edit = update.childName { details.append("name \(edit.from) -> \(edit.to)") }
    if let edit = update.birthDate { details.append("born \(edit.from) -> \(edit.to)") }
    if let edit = update.family {
      details.append("family \(Self.shown(edit.from)) -> \(Self.shown(edit.to))")
    }
    if let edit = update.category {
      details.append("category \(edit.from.label) -> \(edit.to.label)")
    }
    if let edit = update.lastVisit {
      details.append("last visit \(Self.shown(edit.from)) -> \(Self.shown(edit.to))")
    }
    if let edit = update.team {
      details.append("queue \(Self.shown(edit.from)) -> \(Self.shown(edit.to))")
    }
    guard !details.isEmpty else { return }
    append(
      CaseEvent(
        case: update.case, kind: .updated, date: today, reason: reason, category: update.category,
        detail: details.joined(separator: "; "), authorship: author))
  }

  /// Records can be taken out only while nothing else refers to them: what undoing the change
  /// that added them may do, and no more.
  func checkRemoval(_ removal: Removal) throws {
    var trial = self
    for id in removal.cases {
      guard trial.cases[id] != nil else { throw CaseloadError.notFound("no case '\(id)'") }
      if trial.hasRecords(on: id) {
        throw CaseloadError.refused(
          "case \(id) has supervision records now, so it cannot be taken out; close it instead")
      }
      if let later = trial.events(of: id).first(where: { $0.kind != .added && $0.kind != .imported }
      ) {
        throw CaseloadError.refused(
          "case \(id) has had a \(later.kind.rawValue) recorded since it was added, so it cannot be taken out"
        )
      }
      guard trial.history(of: id).count <= 1 else {
        throw CaseloadError.refused(
          "case \(id) has been moved since it was added, so it cannot be taken out")
      }
      trial.removeCase(id)
    }
    for id in removal.workers {
      guard let worker = trial.workers[id] else {
        throw CaseloadError.notFound("no worker '\(id)'")
      }
      let used =
        trial.cases.values.contains { $0.worker == id }
        || trial.allocations.values.contains { $0.contains { $0.worker == id } }
        || trial.hasRecords(of: id)
      if used {
        throw CaseloadError.refused(
          "\(worker.name) (\(id)) has held cases or been supervised since, so cannot be taken out")
      }
      trial.removeWorker(id)
    }
    for id in removal.teams {
      guard trial.teams[id] != nil else { throw CaseloadError.notFound("no team '\(id)'") }
      let used =
        trial.workers.values.contains { $0.team == id }
        || trial.cases.values.contains { $0.team == id }
        || trial.events.values.contains {
          $0.contains { $0.team?.from == id || $0.team?.to == id }
        }
      if used {
        throw CaseloadError.refused(
          "team \(id) has workers or cases now, so it cannot be taken out")
      }
      trial.removeTeam(id)
    }
  }
}
