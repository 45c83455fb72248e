extension TeamReport {
  /// One row per team (`row` = team) and, after it, one per worker (`row` = worker); the team
  /// columns are empty on worker rows and the worker columns on team rows.
  static let csvColumns = [
    "row", "team", "team_name", "worker_id", "worker", "role", "employment", "fte", "badges",
    "cases", "points", "capacity", "load_percent", "band", "visits_overdue",
    "assessments_overdue", "oversight_overdue", "last_supervision", "supervision_due",
    "supervision_overdue", "workers", "agency", "agency_percent", "average_caseload",
    "min_caseload", "max_caseload", "unallocated", "supervisions_overdue",
  ]

  var csv: String { csv(workers: true) }

  func csv(workers: Bool) -> String {
    var out = Self.csvColumns.joined(separator: ",") + "\n"
    for (team, s) in summaries {
      let teamRow = [
        "team", team.id.rawValue, team.name, "", "", "", "", "", "", "\(s.openCases)", "", "", "",
        "", "\(s.visitsOverdue)", "\(s.assessmentsOverdue)", "\(s.oversightOverdue)", "", "", "",
        "\(s.workerCount)", "\(s.agencyCount)", "\(Int((s.agencyShare * 100).rounded()))",
        Self.oneDecimal(s.averageCaseload), "\(s.minCaseload)", "\(s.maxCaseload)",
        "\(s.unallocated)", "\(s.supervisionsOverdue)",
      ]
      out += teamRow.map(Self.csvField).joined(separator: ",") + "\n"
      guard workers else { continue }
      for row in s.workers {
        let fields = [
          "worker", team.id.rawValue, team.name, row.worker.id.rawValue, row.worker.name,
          row.worker.role.rawValue, row.worker.employment.rawValue, Self.number(row.worker.fte),
          row.badges.map(\.text).joined(separator: " "), "\(row.load.caseCount)",
          Self.number(row.load.points), Self.number(row.load.capacity), "\(row.load.percent)",
          "\(row.load.band)", "\(row.visitsOverdue)", "\(row.assessmentsOverdue)",
          "\(row.oversightOverdue)", row.lastSupervision?.description ?? "",
          row.supervision.date.description, row.supervision.overdue ? "yes" : "no",
          "", "", "", "", "", "", "", "",
        ]
        out += fields.map(Self.csvField).joined(separator: ",") + "\n"
      }
    }
    return out
  }

  /// Quotes a field when needed and neutralises control characters and spreadsheet formulas.
  static func csvField(_ raw: String) -> String {
    var value = raw.terminalSafe
    if let first = value.first, "=+-@".contains(first), Double(value) == nil { value = "'" + value }
    guard value.contains(where: { $0 == "," || $0 == "\"" }) else { return value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
