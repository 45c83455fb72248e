import Foundation

/// A worker as one row of a workers file gives them; nil fields were not given.
struct ImportedWorker {
  var line: Int
  var id: Worker.ID
  var name: String
  var team: Team.ID
  var role: Worker.Role?
  var employment: Worker.Employment?
  var fte: Double?
  var started: Day?
  /// nil: no leaving column; .some(nil): the column is there and empty (not leaving).
  var leaving: Day??
  var cap: Double??
}

/// Reads a workers file's rows, collecting every problem rather than stopping at the first.
struct ImportedWorkerReader {
  let table: CSVTable
  let columns: ImportColumns
  let caseload: Caseload
  let defaultTeam: Team.ID?
  var problems: [ImportProblem] = []

  init(table: CSVTable, columns: ImportColumns, caseload: Caseload, defaultTeam: Team.ID?) {
    self.table = table
    self.columns = columns
    self.caseload = caseload
    self.defaultTeam = defaultTeam
  }

  mutating func read() -> [ImportedWorker] {
    var rows: [ImportedWorker] = []
    var seen: [Worker.ID: ImportedWorker] = [:]
    for row in table.rows {
      guard let worker = read(row) else { continue }
      if let earlier = seen[worker.id] {
        let message =
          earlier.team == worker.team
          ? "\(worker.name) (\(worker.id)) is listed twice (also line \(earlier.line))"
          : "\(worker.name) (\(worker.id)) is in two teams: \(earlier.team) (line \(earlier.line)) and \(worker.team)"
        problem(row, .id, message)
        continue
      }
      seen[worker.id] = worker
      rows.append(worker)
    }
    return rows
  }

  private mutating func read(_ row: CSVTable.Row) -> ImportedWorker? {
    let before = problems.count
    let name = parse(row, .name) { (text) throws(FieldProblem) in
      try RecordField.name(text, "worker's name")
    }
    var id: Worker.ID?
    if let text = columns.cell(.id, in: row), !text.isEmpty {
      // An email address names the worker by the part before the @.
      let local = text.split(separator: "@", maxSplits: 1).first.map(String.init) ?? text
      id = parse(row, .id) { (_) throws(FieldProblem) in
        Worker.ID(rawValue: try RecordField.id(local, "worker id"))
      }
    } else if let name {
      id = existing(named: name)?.id ?? Self.derivedID(name)
      if id == nil {
        problem(row, .name, "cannot make an id from '\(name.visible)'; add an id column")
      }
    }
    let team = readTeam(row)
    let role = parse(row, .role, RecordField.role)
    let employment = parse(row, .employment, RecordField.employment)
    var fte = parse(row, .fte) { (text) throws(FieldProblem) in try RecordField.fte(text) }
    if fte == nil,
      let hours = parse(
        row, .hours,
        { (text) throws(FieldProblem) in
          try RecordField.fte(text, hours: true)
        })
    {
      fte = hours
    }
    let started = parse(row, .start, RecordField.day)
    var leaving: Day??
    if let text = columns.cell(.leaving, in: row) {
      leaving = .some(text.isEmpty ? nil : parse(row, .leaving, RecordField.day))
    }
    var cap: Double??
    if let text = columns.cell(.cap, in: row) {
      cap = .some(text.isEmpty ? nil : parse(row, .cap, RecordField.cap))
    }
    guard problems.count == before, let name, let id, let team else { return nil }
    let start = started ?? caseload.worker(id)?.started
    if let start, let leavingDay = leaving ?? nil, leavingDay < start {
      problem(row, .leaving, "the leaving date \(leavingDay) is before the start date \(start)")
      return nil
    }
    return ImportedWorker(
      line: row.line, id: id, name: name, team: team, role: role, employment: employment, fte: fte,
      started: started, leaving: leaving, cap: cap)
  }

  private mutating func readTeam(_ row: CSVTable.Row) -> Team.ID? {
    if let text = columns.cell(.team, in: row), !text.isEmpty {
      if let team = Self.team(matching: text, in: caseload) { return team }
      problem(
        row, .team, "no team '\(text.visible)' in the store; add it with caseload team add first")
      return nil
    }
    guard let defaultTeam else {
      problem(row, nil, "no team for this worker: give --team or add a Team column")
      return nil
    }
    return defaultTeam
  }

  /// A team by id, or by name ignoring case and punctuation.
  static func team(matching text: String, in caseload: Caseload) -> Team.ID? {
    if caseload.team(Team.ID(rawValue: text)) != nil { return Team.ID(rawValue: text) }
    let key = RecordField.normalized(text)
    return caseload.teams.values.first {
      RecordField.normalized($0.id.rawValue) == key || RecordField.normalized($0.name) == key
    }?.id
  }

  private func existing(named name: String) -> Worker? {
    let key = RecordField.nameKey(name)
    let matches = caseload.workers.values.filter { RecordField.nameKey($0.name) == key }
    return matches.count == 1 ? matches[0] : nil
  }

  /// `Siobhán O'Brien` -> `siobhan.obrien`: lower case, accents folded, words joined by dots.
  static func derivedID(_ name: String) -> Worker.ID? {
    let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
      .lowercased()
    var words: [String] = []
    for word in folded.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "." }) {
      let kept = String(
        String.UnicodeScalarView(
          word.unicodeScalars.filter {
            $0.properties.isAlphabetic || $0.properties.numericType != nil
          }))
      if !kept.isEmpty { words.append(kept) }
    }
    let id = words.joined(separator: ".")
    guard !id.isEmpty, (try? RecordField.id(id)) != nil else { return nil }
    return Worker.ID(rawValue: id)
  }

  /// The parsed cell, nil when the column is absent or the cell empty, or nil with a problem.
  private mutating func parse<T>(
    _ row: CSVTable.Row, _ field: ImportField, _ parser: (String) throws(FieldProblem) -> T
  ) -> T? {
    guard let text = columns.cell(field, in: row) else { return nil }
    if text.isEmpty {
      if field == .name { problem(row, field, "no name given") }
      return nil
    }
    do throws(FieldProblem) {
      return try parser(text)
    } catch {
      problem(row, field, error.message)
      return nil
    }
  }

  private mutating func problem(_ row: CSVTable.Row, _ field: ImportField?, _ message: String) {
    let header = field.flatMap { columns.index[$0] }.map { table.header[$0] }
    problems.append(
      ImportProblem(file: table.file, line: row.line, column: header, message: message))
  }
}
