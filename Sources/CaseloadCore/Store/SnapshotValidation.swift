/// Finds every problem in a decoded snapshot: records that did not decode, ids used twice,
/// references that lead nowhere and values out of range.
struct SnapshotValidation {
  static let file = StoreLayout.snapshotName

  private(set) var problems: [StoreProblem] = []
  /// Supervision record ids seen so far, with where each was first used.
  var recordIDs: [String: RecordLabel] = [:]
  /// Action ids, which completions must name.
  var actionIDs = Set<String>()

  static func problems(in snapshot: some SnapshotContents) -> [StoreProblem] {
    var validation = SnapshotValidation()
    validation.check(snapshot)
    return validation.problems
  }

  mutating func report(_ record: String?, _ problem: String) {
    problems.append(StoreProblem(file: Self.file, record: record, problem: problem))
  }

  mutating func report(_ record: RecordLabel, _ problem: String) { report(record.text, problem) }

  private mutating func check(_ s: some SnapshotContents) {
    for error in s.fieldErrors { report(error.path, error.problem) }
    checkHeader(sequence: s.sequence, journal: s.journal)
    if let settings = s.settings { check(settings) }

    let teams = ids(.teams, s.teams)
    let workers = ids(.workers, s.workers)
    let cases = ids(.cases, s.cases)
    checkTeamsAndWorkers(s, teams: teams, workers: workers)
    checkCases(s, teams: teams, workers: workers, cases: cases)
    checkRecords(s, workers: workers, cases: cases)
    checkEvents(s, teams: teams, cases: cases)
  }

  /// The header's numbers, the settings and the workers' figures: what must be in range before
  /// any arithmetic is done with them.
  static func numberProblems(caseload: Caseload, sequence: Int, journal: Int) -> [StoreProblem] {
    var validation = SnapshotValidation()
    validation.checkHeader(sequence: sequence, journal: journal)
    validation.check(caseload.settings)
    for (index, worker) in caseload.workers.values.enumerated() {
      validation.checkFigures(worker, validation.label(.workers, index, worker.id.rawValue))
    }
    return validation.problems
  }

  private mutating func checkHeader(sequence: Int?, journal: Int?) {
    if let sequence {
      if sequence < 0 {
        report("sequence", "\(sequence) must not be negative")
      } else if sequence > StoreNumbers.lastSequence {
        report(
          "sequence",
          "\(sequence) is more than \(StoreNumbers.lastSequence), the highest change number a store can hold"
        )
      }
    }
    if let journal {
      if journal < 1 {
        report("journal", "\(journal) must be 1 or more")
      } else if journal > StoreNumbers.lastSegment {
        report(
          "journal",
          "\(journal) is more than \(StoreNumbers.lastSegment), the highest journal segment number")
      }
    }
  }

  mutating func reportDecoding<Value>(_ records: some Sequence<Decoded<Value>>) {
    for record in records { if let error = record.error { report(error.path, error.problem) } }
  }

  /// The ids of an array's records, reporting any used twice. Records that failed to decode
  /// still count when their id could be read, so their absence raises no false alarms.
  private mutating func ids<Value>(
    _ kind: RecordLabel.Kind, _ records: some Sequence<Decoded<Value>>
  )
    -> Set<String>
  {
    reportDecoding(records)
    var first: [String: Int] = [:]
    for (index, record) in records.enumerated() {
      guard let id = record.id else { continue }
      if let earlier = first[id] {
        report(
          label(kind, index, id), "id \(id) is used twice (also \(kind.rawValue)[\(earlier)])")
      } else {
        first[id] = index
      }
    }
    return Set(first.keys)
  }

  func label(_ kind: RecordLabel.Kind, _ index: Int, _ id: String?) -> RecordLabel {
    RecordLabel(kind: kind, index: Int32(truncatingIfNeeded: index), id: id)
  }

  /// The bounds (`StoreNumbers`) keep every load the rules work out a modest finite number.
  private mutating func check(_ settings: Settings) {
    for (category, weight) in settings.weights.sorted(by: { $0.key.rawValue < $1.key.rawValue })
    where !StoreNumbers.weight.contains(weight) {
      report(
        "settings",
        weight < 0
          ? "weights.\(category.rawValue) \(weight) must not be negative"
          : "weights.\(category.rawValue) \(weight) is more than 1000 points")
    }
    if !StoreNumbers.capacity.contains(settings.capacityPerFTE) {
      report(
        "settings", "capacityPerFTE \(settings.capacityPerFTE) is not between 1 and 10000 points")
    }
    if !(0...1).contains(settings.siblingFactor) {
      report("settings", "siblingFactor \(settings.siblingFactor) is not between 0 and 1")
    }
    if !StoreNumbers.asyeCapacityFactor.contains(settings.asyeCapacityFactor) {
      report(
        "settings", "asyeCapacityFactor \(settings.asyeCapacityFactor) is not between 0.1 and 1")
    }
    if !StoreNumbers.warnAt.contains(settings.warnAt) {
      report("settings", "warnAt \(settings.warnAt) is not between 0.01 and 10")
    }
    if !(settings.overAbove >= settings.warnAt) {
      report("settings", "overAbove \(settings.overAbove) is below warnAt \(settings.warnAt)")
    } else if settings.overAbove > StoreNumbers.warnAt.upperBound {
      report("settings", "overAbove \(settings.overAbove) is more than 10")
    }
    if !StoreNumbers.workerCountWarnAt.contains(settings.workerCountWarnAt) {
      report(
        "settings", "workerCountWarnAt \(settings.workerCountWarnAt) is not between 1 and 1000")
    }
  }

  private mutating func checkTeamsAndWorkers(
    _ s: some SnapshotContents, teams: Set<String>, workers: Set<String>
  ) {
    for (index, worker) in s.workers.enumerated() {
      guard let worker = worker.value else { continue }
      let here = label(.workers, index, worker.id.rawValue)
      if !teams.contains(worker.team.rawValue) {
        report(here, "team '\(worker.team)' does not exist")
      }
      checkFigures(worker, here)
      for (number, absence) in worker.absences.enumerated() where absence.to < absence.from {
        report(here, "absences[\(number)] ends (\(absence.to)) before it starts (\(absence.from))")
      }
    }
  }

  private mutating func checkFigures(_ worker: Worker, _ here: RecordLabel) {
    if !(0.1...1.0).contains(worker.fte) {
      report(here, "fte \(worker.fte) is not between 0.1 and 1.0")
    }
    if let cap = worker.cap, !StoreNumbers.capacity.contains(cap) {
      report(here, "cap \(cap) is not between 1 and 10000 points")
    }
  }

  private mutating func checkCases(
    _ s: some SnapshotContents, teams: Set<String>, workers: Set<String>, cases: Set<String>
  ) {
    for (index, child) in s.cases.enumerated() {
      guard let child = child.value else { continue }
      let here = label(.cases, index, child.id.rawValue)
      if let worker = child.worker, !workers.contains(worker.rawValue) {
        report(here, "worker '\(worker)' does not exist")
      }
      if let team = child.team, !teams.contains(team.rawValue) {
        report(here, "team '\(team)' does not exist")
      }
    }
    // A bad allocation once showed only as "cannot be read"; it names its record like any.
    reportDecoding(s.allocations)
    for (index, allocation) in s.allocations.enumerated() {
      guard let allocation = allocation.value else { continue }
      let here = label(.allocations, index, allocation.case.rawValue)
      if !cases.contains(allocation.case.rawValue) {
        report(here, "case '\(allocation.case)' does not exist")
      }
      if let worker = allocation.worker, !workers.contains(worker.rawValue) {
        report(here, "worker '\(worker)' does not exist")
      }
      if let to = allocation.to, to < allocation.from {
        report(here, "ends (\(to)) before it starts (\(allocation.from))")
      }
    }
  }
}

/// Where a record is in the snapshot, worded only when a problem is reported:
/// `workers[3] (W017)`.
struct RecordLabel {
  enum Kind: String {
    case teams, workers, cases, allocations, sessions, notes, addenda, actionsDone
    case actionsClosed, caseEvents
  }

  let kind: Kind
  let index: Int32
  let id: String?

  var text: String { "\(kind.rawValue)[\(index)]" + (id.map { " (\($0.prefix(40)))" } ?? "") }
}
