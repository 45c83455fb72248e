/// What an import would do: the one change to commit, and lines saying what it adds, changes
/// and leaves alone (printed for a dry run and after a real one).
public struct ImportPlan: Sendable {
  public var batch: ImportBatch
  public var report: [String]

  /// True when the files hold nothing the store does not already have.
  public var isEmpty: Bool { batch.isEmpty }
}

/// Turns a team's workers and cases files into one import change (SPEC 1.5): columns found by
/// the names teams use, values read as teams write them, every row checked, and a re-import
/// of a newer export turned into updates of what changed, never duplicates.
public enum Importer {
  public static func plan(
    workers: CSVTable?, cases: CSVTable?, into caseload: Caseload, team: Team.ID?,
    map: [String: String] = [:], today: Day
  ) throws(ImportFailure) -> ImportPlan {
    var problems: [ImportProblem] = []
    if let team, caseload.team(team) == nil {
      problems.append(
        ImportProblem(
          file: "--team", message: "no team '\(team)' in the store; add it with caseload team add"))
    }
    let headers = [workers, cases].compactMap { $0 }.flatMap(\.header).map(RecordField.normalized)
    for column in map.keys.sorted() where !headers.contains(RecordField.normalized(column)) {
      let files = [workers, cases].compactMap { $0?.file }.joined(separator: " or ")
      problems.append(
        ImportProblem(file: "--map", message: "no column '\(column.visible)' in \(files)"))
    }
    func columns(_ table: CSVTable?, _ names: [(ImportField, [String])], _ required: [ImportField])
      -> ImportColumns?
    {
      guard let table else { return nil }
      do throws(ImportFailure) {
        return try ImportColumns.match(table, names: names, required: required, map: map)
      } catch {
        problems += error.problems
        return nil
      }
    }
    let workerColumns = columns(workers, ImportField.workerHeaders, [.name])
    let caseColumns = columns(
      cases, ImportField.caseHeaders, [.childID, .child, .born, .category, .opened])
    guard problems.isEmpty else { throw ImportFailure(problems) }

    let onlyTeam = caseload.teams.count == 1 ? caseload.teams.keys.first : nil
    var planner = ImportPlanner(caseload: caseload, today: today)
    var workerRows: [ImportedWorker] = []
    if let workers, let workerColumns {
      var reader = ImportedWorkerReader(
        table: workers, columns: workerColumns, caseload: caseload, defaultTeam: team ?? onlyTeam)
      workerRows = reader.read()
      problems += reader.problems
      planner.plan(workerRows, file: workers.file)
      problems += planner.problems
      planner.report.insert(columnLine(workers, workerColumns), at: 0)
    }
    if let cases, let caseColumns {
      let fileTeams = Set(workerRows.map(\.team))
      let queue = team ?? onlyTeam ?? (fileTeams.count == 1 ? fileTeams.first : nil)
      var reader = ImportedCaseReader(
        table: cases, columns: caseColumns, workers: planner.knownWorkers(), today: today)
      let rows = reader.read()
      problems += reader.problems
      planner.report.append(columnLine(cases, caseColumns))
      planner.problems = []
      planner.plan(rows, file: cases.file, columns: caseColumns, queue: queue)
      problems += planner.problems
    }
    guard problems.isEmpty else { throw ImportFailure(problems) }
    // The audit keeps the files' names, not where they were on someone's disk.
    let files = [workers, cases].compactMap { $0?.file.split(separator: "/").last.map(String.init) }
    let batch = ImportBatch(
      files: files, addWorkers: planner.addWorkers, updateWorkers: planner.updateWorkers,
      addCases: planner.addCases, updateCases: planner.updateCases, recordedOn: today)
    if !batch.isEmpty {
      // The planner should have found everything; this is the rule the commit will apply.
      do { try caseload.check(.importRecords(batch)) } catch {
        throw ImportFailure([
          ImportProblem(file: files.joined(separator: ", "), message: "\(error)")
        ])
      }
    }
    return ImportPlan(batch: batch, report: planner.report)
  }

  private static func columnLine(_ table: CSVTable, _ columns: ImportColumns) -> String {
    let ignored =
      columns.ignored.isEmpty
      ? "" : "; left out: " + columns.ignored.map(\.visible).joined(separator: ", ")
    return
      "\(table.file): \(table.rows.count) rows; columns \(columns.found.joined(separator: ", "))\(ignored)"
  }
}
