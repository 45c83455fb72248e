import Foundation

/// Compares the rows read with the store: what is new is added, what differs is updated (only
/// the columns the file has), what matches is left unchanged, and all of it is described.
struct ImportPlanner {
  let caseload: Caseload
  let today: Day
  var addWorkers: [Worker] = []
  var updateWorkers: [WorkerUpdate] = []
  var addCases: [Case] = []
  var updateCases: [CaseUpdate] = []
  var report: [String] = []
  var problems: [ImportProblem] = []
  /// Every worker as they will be once the import is in.
  private var workers: [Worker.ID: Worker]

  init(caseload: Caseload, today: Day) {
    self.caseload = caseload
    self.today = today
    workers = Dictionary(uniqueKeysWithValues: caseload.workers.values.map { ($0.id, $0) })
  }

  func knownWorkers() -> [Worker.ID: (name: String, team: Team.ID)] {
    workers.mapValues { ($0.name, $0.team) }
  }

  mutating func plan(_ rows: [ImportedWorker], file: String) {
    var unchanged = 0
    for row in rows {
      guard let current = caseload.worker(row.id) else {
        let worker = Worker(
          id: row.id, name: row.name, team: row.team, role: row.role ?? .socialWorker,
          employment: row.employment ?? .permanent, fte: row.fte ?? 1,
          started: row.started ?? today, leaving: row.leaving ?? nil, cap: row.cap ?? nil)
        addWorkers.append(worker)
        workers[worker.id] = worker
        report.append("add worker \(worker.id): \(Self.describe(worker))")
        continue
      }
      guard current.team == row.team else {
        problems.append(
          ImportProblem(
            file: file, line: row.line,
            message:
              "\(row.name) (\(row.id)) is in team \(current.team) in the store, not \(row.team); a worker is in one team (move them first with caseload worker set \(row.id) --team \(row.team))"
          ))
        continue
      }
      var update = WorkerUpdate(worker: row.id, reason: "import of \(file)", recordedOn: today)
      update.name = Edit.between(current.name, row.name)
      if let role = row.role { update.role = Edit.between(current.role, role) }
      if let employment = row.employment {
        update.employment = Edit.between(current.employment, employment)
      }
      if let fte = row.fte { update.fte = Edit.between(current.fte, fte) }
      if let started = row.started { update.started = Edit.between(current.started, started) }
      if let leaving = row.leaving { update.leaving = Edit.between(current.leaving, leaving) }
      if let cap = row.cap { update.cap = Edit.between(current.cap, cap) }
      guard !update.isEmpty else {
        unchanged += 1
        continue
      }
      updateWorkers.append(update)
      workers[row.id] = update.applied(to: current)
      report.append(
        "change worker \(row.id) (\(current.name)): \(update.changes.joined(separator: ", "))")
    }
    if unchanged > 0 { report.append("unchanged: \(unchanged) worker\(unchanged == 1 ? "" : "s")") }
  }

  mutating func plan(_ rows: [ImportedCase], file: String, columns: ImportColumns, queue: Team.ID?)
  {
    var unchanged = 0
    var listed = Set<Case.ID>()
    for row in rows {
      listed.insert(row.id)
      guard let current = caseload.case(row.id) else {
        addCase(row, file: file, queue: queue)
        continue
      }
      if let closed = current.closed {
        report.append("left alone: case \(row.id) is closed in the store (closed \(closed))")
        continue
      }
      var update = CaseUpdate(case: row.id)
      update.childName = Edit.between(current.childName, row.name)
      update.birthDate = Edit.between(current.birthDate, row.born)
      if let family = row.family { update.family = Edit.between(current.family, family) }
      update.category = Edit.between(current.category, row.category)
      if let worker = row.worker { update.worker = Edit.between(current.worker, worker) }
      // A newer export never takes a visit date back: a visit recorded here since stays.
      if let visit = row.lastVisit, current.lastVisit.map({ $0 < visit }) ?? true {
        update.lastVisit = Edit(from: current.lastVisit, to: visit)
      }
      let holder = update.worker.map(\.to) ?? current.worker
      if holder == nil, current.team == nil {
        guard let queue else {
          noQueue(row, file: file, columns: columns)
          continue
        }
        update.team = Edit(from: nil, to: queue)
      }
      if let worker = update.worker?.to, !available(worker, row, file: file, columns: columns) {
        continue
      }
      guard !update.isEmpty else {
        unchanged += 1
        continue
      }
      updateCases.append(update)
      report.append("change case \(row.id) (\(current.childName)): \(Self.describe(update))")
    }
    if unchanged > 0 { report.append("unchanged: \(unchanged) case\(unchanged == 1 ? "" : "s")") }
    var teams = Set(rows.compactMap { $0.worker ?? nil }.compactMap { workers[$0]?.team })
    if let queue { teams.insert(queue) }
    let missing = caseload.cases.values.filter {
      $0.isOpen && !listed.contains($0.id) && caseload.team(of: $0).map(teams.contains) == true
    }
    if !missing.isEmpty {
      let ids = missing.prefix(10).map(\.id.rawValue).joined(separator: ", ")
      report.append(
        "left alone: \(missing.count) open case\(missing.count == 1 ? "" : "s") of the same team\(teams.count == 1 ? "" : "s") not in \(file) (\(ids)\(missing.count > 10 ? ", ..." : "")); close them with caseload case close if they have ended"
      )
    }
  }

  private mutating func addCase(_ row: ImportedCase, file: String, queue: Team.ID?) {
    let worker = row.worker ?? nil
    let team = worker.flatMap { workers[$0]?.team } ?? queue
    guard let team else {
      noQueue(row, file: file, columns: nil)
      return
    }
    if let worker, !available(worker, row, file: file, columns: nil) { return }
    let child = Case(
      id: row.id, childName: row.name, birthDate: row.born, family: row.family ?? nil,
      category: row.category, opened: row.opened, worker: worker, team: team,
      lastVisit: row.lastVisit)
    addCases.append(child)
    let place = worker.map { "with \($0)" } ?? "waiting in \(team)'s queue"
    report.append(
      "add case \(child.id): \(child.childName), \(child.category.label), born \(child.birthDate), opened \(child.opened), \(place)"
    )
  }

  /// A worker past their leaving date cannot be given cases (SPEC 1.5).
  private mutating func available(
    _ id: Worker.ID, _ row: ImportedCase, file: String, columns: ImportColumns?
  ) -> Bool {
    guard let worker = workers[id], let leaving = worker.leaving, leaving < today else {
      return true
    }
    problems.append(
      ImportProblem(
        file: file, line: row.line, column: nil,
        message:
          "\(worker.name) (\(id)) left on \(leaving) and cannot be given case \(row.id); allocate it to someone else in the file"
      ))
    return false
  }

  private mutating func noQueue(_ row: ImportedCase, file: String, columns: ImportColumns?) {
    problems.append(
      ImportProblem(
        file: file, line: row.line,
        message:
          "case \(row.id) has no worker and there is no team whose queue it can wait in; give --team"
      ))
  }

  static func describe(_ worker: Worker) -> String {
    var parts = [
      worker.name, worker.role.rawValue.replacingOccurrences(of: "-", with: " "),
      worker.employment.rawValue,
    ]
    if worker.fte < 1 { parts.append("FTE \(Caseload.shown(worker.fte))") }
    parts.append("started \(worker.started)")
    if let leaving = worker.leaving { parts.append("leaving \(leaving)") }
    if let cap = worker.cap { parts.append("cap \(Caseload.shown(cap))") }
    parts.append("team \(worker.team)")
    return parts.joined(separator: ", ")
  }

  static func describe(_ update: CaseUpdate) -> String {
    var parts: [String] = []
    func add<V>(_ what: String, _ edit: Edit<V>?) {
      if let edit {
        parts.append("\(what) \(Caseload.shown(edit.from)) -> \(Caseload.shown(edit.to))")
      }
    }
    add("name", update.childName)
    add("born", update.birthDate)
    add("family", update.family)
    if let edit = update.category {
      parts.append("category \(edit.from.label) -> \(edit.to.label)")
    }
    add("worker", update.worker)
    add("queue", update.team)
    add("last visit", update.lastVisit)
    return parts.joined(separator: "; ")
  }
}
