/// A case as one row of a cases file gives it; nil fields were not given.
struct ImportedCase {
  var line: Int
  var id: Case.ID
  var name: String
  var born: Day
  var category: Case.Category
  var opened: Day
  /// nil: no family column; .some(nil): the column is there and empty.
  var family: Case.FamilyID??
  /// nil: no worker column; .some(nil): unallocated.
  var worker: Worker.ID??
  var lastVisit: Day?
}

/// Reads a cases file's rows, matching each worker by id or by name among the workers file's
/// and the store's, and collecting every problem.
struct ImportedCaseReader {
  let table: CSVTable
  let columns: ImportColumns
  /// Every worker a case may name: the store's, with the workers file's over them.
  let workers: [Worker.ID: (name: String, team: Team.ID)]
  let today: Day
  var problems: [ImportProblem] = []

  init(
    table: CSVTable, columns: ImportColumns, workers: [Worker.ID: (name: String, team: Team.ID)],
    today: Day
  ) {
    self.table = table
    self.columns = columns
    self.workers = workers
    self.today = today
  }

  mutating func read() -> [ImportedCase] {
    var byName: [String: [Worker.ID]] = [:]
    var byID: [String: [Worker.ID]] = [:]
    for (id, worker) in workers {
      byName[RecordField.nameKey(worker.name), default: []].append(id)
      byID[id.rawValue.lowercased(), default: []].append(id)
    }
    var rows: [ImportedCase] = []
    var seen: [Case.ID: Int] = [:]
    for row in table.rows {
      guard let child = read(row, byID: byID, byName: byName) else { continue }
      if let earlier = seen[child.id] {
        problem(row, .childID, "child id \(child.id) is listed twice (also line \(earlier))")
        continue
      }
      seen[child.id] = row.line
      rows.append(child)
    }
    return rows
  }

  private mutating func read(
    _ row: CSVTable.Row, byID: [String: [Worker.ID]], byName: [String: [Worker.ID]]
  ) -> ImportedCase? {
    let before = problems.count
    let id = parse(row, .childID) { (text) throws(FieldProblem) in
      Case.ID(rawValue: try RecordField.id(text, "child id"))
    }
    let name = parse(row, .child) { (text) throws(FieldProblem) in
      try RecordField.name(text, "child's name")
    }
    let born = parse(row, .born, RecordField.day)
    let category = parse(row, .category, RecordField.category)
    let opened = parse(row, .opened, RecordField.day)
    var family: Case.FamilyID??
    if let text = columns.cell(.family, in: row) {
      family = .some(
        text.isEmpty
          ? nil
          : parse(row, .family) { (text) throws(FieldProblem) in
            Case.FamilyID(rawValue: try RecordField.id(text, "family id"))
          })
    }
    var worker: Worker.ID??
    if let text = columns.cell(.worker, in: row) {
      worker = .some(text.isEmpty ? nil : match(text, row, byID: byID, byName: byName))
    }
    let lastVisit = parse(row, .lastVisit, RecordField.day)
    guard problems.count == before, let id, let name, let born, let category, let opened else {
      return nil
    }
    if opened > today {
      problem(row, .opened, "the opened date \(opened) is in the future (today is \(today))")
    }
    if let lastVisit, lastVisit > today {
      problem(row, .lastVisit, "the last visit \(lastVisit) is in the future (today is \(today))")
    }
    guard problems.count == before else { return nil }
    return ImportedCase(
      line: row.line, id: id, name: name, born: born, category: category, opened: opened,
      family: family, worker: worker, lastVisit: lastVisit)
  }

  /// The worker a cell names, by id (any case) or by name (ignoring case and punctuation).
  private mutating func match(
    _ text: String, _ row: CSVTable.Row, byID: [String: [Worker.ID]],
    byName: [String: [Worker.ID]]
  ) -> Worker.ID? {
    let local = text.split(separator: "@", maxSplits: 1).first.map(String.init) ?? text
    if let ids = byID[local.lowercased()], ids.count == 1 { return ids[0] }
    let named = byName[RecordField.nameKey(text)] ?? []
    if named.count == 1 { return named[0] }
    if named.count > 1 {
      let ids = named.map(\.rawValue).sorted().joined(separator: ", ")
      problem(
        row, .worker, "'\(text.visible)' matches more than one worker (\(ids)); give their id")
    } else {
      problem(
        row, .worker,
        "no worker '\(text.visible)' in the workers file or the store; add them or correct the name"
      )
    }
    return nil
  }

  private mutating func parse<T>(
    _ row: CSVTable.Row, _ field: ImportField, _ parser: (String) throws(FieldProblem) -> T
  ) -> T? {
    guard let text = columns.cell(field, in: row), !text.isEmpty else {
      if [.childID, .child, .born, .category, .opened].contains(field) {
        problem(row, field, "no \(field.label) given")
      }
      return nil
    }
    do throws(FieldProblem) {
      return try parser(text)
    } catch {
      problem(row, field, error.message)
      return nil
    }
  }

  mutating func problem(_ row: CSVTable.Row, _ field: ImportField?, _ message: String) {
    let header = field.flatMap { columns.index[$0] }.map { table.header[$0] }
    problems.append(
      ImportProblem(file: table.file, line: row.line, column: header, message: message))
  }
}
