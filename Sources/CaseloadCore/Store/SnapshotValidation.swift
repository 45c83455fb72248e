/// Finds every problem in a decoded snapshot: records that did not decode, ids used twice,
/// references that lead nowhere and values out of range.
struct SnapshotValidation {
  static let file = StoreLayout.snapshotName

  private(set) var problems: [StoreProblem] = []
  /// Supervision record ids seen so far, with where each was first used.
  var recordIDs: [String: String] = [:]
  /// Action ids, which completions must name.
  var actionIDs = Set<String>()

  static func problems(in snapshot: SnapshotFile) -> [StoreProblem] {
    var validation = SnapshotValidation()
    validation.check(snapshot)
    return validation.problems
  }

  mutating func report(_ record: String?, _ problem: String) {
    problems.append(StoreProblem(file: Self.file, record: record, problem: problem))
  }

  private mutating func check(_ s: SnapshotFile) {
    for error in s.fieldErrors { reportDecoding(error) }
    if let sequence = s.sequence {
      if sequence < 0 {
        report("sequence", "\(sequence) must not be negative")
      } else if sequence > StoreNumbers.lastSequence {
        report(
          "sequence",
          "\(sequence) is more than \(StoreNumbers.lastSequence), the highest change number a store can hold"
        )
      }
    }
    if let journal = s.journal {
      if journal < 1 {
        report("journal", "\(journal) must be 1 or more")
      } else if journal > StoreNumbers.lastSegment {
        report(
          "journal",
          "\(journal) is more than \(StoreNumbers.lastSegment), the highest journal segment number")
      }
    }
    if let settings = s.settings { check(settings) }

    let teams = ids("teams", s.teams)
    let workers = ids("workers", s.workers)
    let cases = ids("cases", s.cases)
    checkTeamsAndWorkers(s, teams: teams, workers: workers)
    checkCases(s, teams: teams, workers: workers, cases: cases)
    checkRecords(s, workers: workers, cases: cases)
    checkEvents(s, teams: teams, cases: cases)
  }

  mutating func reportDecoding<Value>(_ records: [Decoded<Value>]) {
    for record in records { if let error = record.error { reportDecoding(error) } }
  }

  private mutating func reportDecoding(_ error: any Error) {
    let (path, problem) = JSONProblem.describe(error, in: [UInt8]())
    report(path, problem)
  }

  /// The ids of an array's records, reporting any used twice. Records that failed to decode
  /// still count when their id could be read, so their absence raises no false alarms.
  private mutating func ids<Value>(_ name: String, _ records: [Decoded<Value>]) -> Set<String> {
    reportDecoding(records)
    var first: [String: Int] = [:]
    for (index, record) in records.enumerated() {
      guard let id = record.id else { continue }
      if let earlier = first[id] {
        report(label(name, index, id), "id \(id) is used twice (also \(name)[\(earlier)])")
      } else {
        first[id] = index
      }
    }
    return Set(first.keys)
  }

  func label(_ name: String, _ index: Int, _ id: String?) -> String {
    "\(name)[\(index)]" + (id.map { " (\($0.prefix(40)))" } ?? "")
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
    _ s: SnapshotFile, teams: Set<String>, workers: Set<String>
  ) {
    for (index, worker) in s.workers.enumerated() {
      guard let worker = worker.value else { continue }
      let here = label("workers", index, worker.id.rawValue)
      if !teams.contains(worker.team.rawValue) {
        report(here, "team '\(worker.team)' does not exist")
      }
      if !(0.1...1.0).contains(worker.fte) {
        report(here, "fte \(worker.fte) is not between 0.1 and 1.0")
      }
      if let cap = worker.cap, !StoreNumbers.capacity.contains(cap) {
        report(here, "cap \(cap) is not between 1 and 10000 points")
      }
      for (number, absence) in worker.absences.enumerated() where absence.to < absence.from {
        report(here, "absences[\(number)] ends (\(absence.to)) before it starts (\(absence.from))")
      }
    }
  }

  private mutating func checkCases(
    _ s: SnapshotFile, teams: Set<String>, workers: Set<String>, cases: Set<String>
  ) {
    for (index, child) in s.cases.enumerated() {
      guard let child = child.value else { continue }
      let here = label("cases", index, child.id.rawValue)
      if let worker = child.worker, !workers.contains(worker.rawValue) {
        report(here, "worker '\(worker)' does not exist")
      }
      if let team = child.team, !teams.contains(team.rawValue) {
        report(here, "team '\(team)' does not exist")
      }
    }
    for (index, allocation) in s.allocations.enumerated() {
      guard let allocation = allocation.value else { continue }
      let here = label("allocations", index, allocation.case.rawValue)
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
