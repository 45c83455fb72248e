/// What a column of an import file holds, found from its header by the names teams use.
public enum ImportField: String, Hashable, Sendable, CaseIterable {
  // Workers file
  case name, id, role, employment, fte, hours, start, leaving, team, cap
  // Cases file
  case childID = "child-id"
  case child, born, family, category, opened, worker
  case lastVisit = "last-visit"
  /// `--map "Notes=ignore"` leaves a column out.
  case ignore

  /// The fields of a workers file and the headers that mean each, compared normalized
  /// (`Job Title`, `job_title` and `JOB TITLE` alike).
  public static let workerHeaders: [(ImportField, [String])] = [
    (.name, ["name", "worker", "social worker", "worker name", "full name", "staff name"]),
    (.id, ["id", "username", "user name", "email", "email address", "staff id", "worker id"]),
    (.role, ["role", "job title", "title", "position", "post"]),
    (
      .employment,
      [
        "employment", "agency", "agency?", "contract", "contract type", "employment type",
        "agency (yes/no)",
      ]
    ),
    (.fte, ["FTE", "WTE", "full time equivalent"]),
    (.hours, ["hours", "contracted hours", "hours per week", "weekly hours"]),
    (.start, ["start date", "start", "started", "date started", "joined"]),
    (
      .leaving,
      ["leaving date", "end date", "contract end", "contract end date", "leaving", "last day"]
    ),
    (.team, ["team", "team name", "team id"]),
    (.cap, ["cap", "caseload cap"]),
  ]

  /// The fields of a cases file and the headers that mean each.
  public static let caseHeaders: [(ImportField, [String])] = [
    (
      .childID,
      [
        "child id", "case id", "LCS id", "Mosaic id", "id", "person id", "Liquidlogic id",
        "Eclipse id", "child ref", "case ref",
      ]
    ),
    (.child, ["child", "child's name", "child name", "name", "full name"]),
    (.born, ["DOB", "date of birth", "born", "birth date"]),
    (.family, ["family", "family id", "sibling group", "sibling group id", "household id"]),
    (
      .category,
      ["category", "case type", "status", "legal status", "case status", "case category"]
    ),
    (
      .opened,
      [
        "opened", "start date", "allocated date", "date allocated", "date opened", "open date",
        "referral date",
      ]
    ),
    (.worker, ["worker", "allocated worker", "social worker", "allocated to", "case worker"]),
    (
      .lastVisit,
      [
        "last visit", "last seen", "last visit date", "last seen date", "date last seen",
        "last statutory visit",
      ]
    ),
  ]

  /// How a header names the field in messages and `--map`.
  public var label: String {
    switch self {
    case .childID: return "child id"
    case .lastVisit: return "last visit"
    case .fte: return "FTE"
    case .born: return "date of birth"
    default: return rawValue
    }
  }
}

/// The columns of one import file: which field each holds, and which are left out.
public struct ImportColumns: Sendable {
  /// Column index of each field found.
  public var index: [ImportField: Int]
  /// Headers that meant nothing, left out of the import.
  public var ignored: [String]
  /// "Mosaic ID = child id", one per field found, in file order.
  public var found: [String]

  /// Matches a file's header against the names for its kind of file, `map` first (keys are
  /// headers, values field names, both compared normalized).
  public static func match(
    _ table: CSVTable, names: [(ImportField, [String])], required: [ImportField],
    map: [String: String]
  ) throws(ImportFailure) -> ImportColumns {
    var lookup: [String: ImportField] = [:]
    for (field, headers) in names {
      for header in headers + [field.rawValue, field.label] {
        lookup[RecordField.normalized(header)] = field
      }
    }
    let mapped = Dictionary(
      map.map { (RecordField.normalized($0.key), RecordField.normalized($0.value)) },
      uniquingKeysWith: { _, last in last })
    var problems: [ImportProblem] = []
    var result = ImportColumns(index: [:], ignored: [], found: [])
    for (position, header) in table.header.enumerated() {
      let key = RecordField.normalized(header)
      var field: ImportField?
      if let wanted = mapped[key] {
        guard let chosen = wanted == "ignore" ? .ignore : lookup[wanted] else {
          problems.append(
            ImportProblem(
              file: table.file, line: 1, column: header,
              message:
                "--map names '\(wanted)', which is not a field of this file; use one of \(names.map(\.0.label).joined(separator: ", ")) or ignore"
            ))
          continue
        }
        field = chosen
      } else {
        field = lookup[key]
      }
      guard let field, field != .ignore, !key.isEmpty else {
        if !header.isEmpty { result.ignored.append(header) }
        continue
      }
      if let earlier = result.index[field] {
        problems.append(
          ImportProblem(
            file: table.file, line: 1, column: header,
            message:
              "gives the \(field.label) as column '\(table.header[earlier])' does; use --map \"\(header)=ignore\" or --map to say which"
          ))
        continue
      }
      result.index[field] = position
      result.found.append("\(header) = \(field.label)")
    }
    for field in required where result.index[field] == nil {
      let examples = names.first { $0.0 == field }?.1.prefix(4).joined(separator: "\", \"") ?? ""
      problems.append(
        ImportProblem(
          file: table.file, line: 1,
          message:
            "has no \(field.label) column (a header such as \"\(examples)\"); add one or use --map \"YOUR HEADER=\(field.rawValue)\""
        ))
    }
    guard problems.isEmpty else { throw ImportFailure(problems) }
    return result
  }

  /// The cell of a field in a row, or nil when the file has no such column.
  public func cell(_ field: ImportField, in row: CSVTable.Row) -> String? {
    guard let position = index[field] else { return nil }
    return position < row.cells.count ? row.cells[position] : ""
  }

  public func has(_ field: ImportField) -> Bool { index[field] != nil }
}
