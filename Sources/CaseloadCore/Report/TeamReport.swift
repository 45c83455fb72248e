import Foundation

/// The team summary and one line per worker, as `caseload report` prints it.
public struct TeamReport: Sendable {
  public enum Format: String, Sendable, CaseIterable {
    case text, csv, json
  }

  public var date: Day
  public var summaries: [(team: Team, summary: TeamSummary)]

  public init(caseload: Caseload, teams: [Team.ID], today: Day) throws {
    date = today
    summaries = try teams.map { id in
      guard let team = caseload.team(id) else { throw CaseloadError.notFound("no team '\(id)'") }
      return (team, try caseload.summary(of: id, today: today))
    }
  }

  public func rendered(as format: Format) throws -> String {
    switch format {
    case .text: return text
    case .csv: return csv
    case .json: return try json
    }
  }

  // MARK: Text

  var text: String {
    var out = ""
    for (index, (team, summary)) in summaries.enumerated() {
      if index > 0 { out += "\n" }
      out += "\(team.name) (\(team.id)), \(date)".terminalSafe + "\n"
      out += summaryLine(summary) + "\n\n"
      let header = [
        pad("Worker", 24), pad("Badges", 22), lpad("Cases", 5), lpad("Load", 6),
        lpad("Visits!", 7), lpad("Overs.!", 7), "  Last supervision",
      ]
      out += header.joined(separator: " ") + "\n"
      for row in summary.workers {
        let supervision =
          (row.lastSupervision?.description ?? "never")
          + (row.supervision.overdue ? " OVERDUE" : "")
        out +=
          [
            pad(row.worker.name.terminalSafe, 24),
            pad(row.badges.map(\.text).joined(separator: " "), 22),
            lpad("\(row.load.caseCount)", 5),
            lpad("\(row.load.percent)%", 6),
            lpad("\(row.visitsOverdue)", 7),
            lpad("\(row.oversightOverdue)", 7),
            "  " + supervision,
          ].joined(separator: " ") + "\n"
      }
    }
    return out
  }

  func summaryLine(_ s: TeamSummary) -> String {
    let agencyPercent = Int((s.agencyShare * 100).rounded())
    return "Workers \(s.workerCount) (agency \(s.agencyCount), \(agencyPercent)%)"
      + " | Open cases \(s.openCases)"
      + " | Caseload average \(Self.oneDecimal(s.averageCaseload)), range \(s.minCaseload)-\(s.maxCaseload)"
      + " | Unallocated \(s.unallocated)"
      + " | Visits overdue \(s.visitsOverdue)"
      + " | Supervisions overdue \(s.supervisionsOverdue)"
  }

  // MARK: CSV

  static let csvColumns = [
    "team", "worker_id", "worker", "role", "employment", "fte", "badges", "cases", "points",
    "capacity", "load_percent", "band", "visits_overdue", "oversight_overdue", "last_supervision",
    "supervision_due", "supervision_overdue",
  ]

  var csv: String {
    var out = Self.csvColumns.joined(separator: ",") + "\n"
    for (team, summary) in summaries {
      for row in summary.workers {
        let fields = [
          team.id.rawValue, row.worker.id.rawValue, row.worker.name, row.worker.role.rawValue,
          row.worker.employment.rawValue, Self.number(row.worker.fte),
          row.badges.map(\.text).joined(separator: " "), "\(row.load.caseCount)",
          Self.number(row.load.points), Self.number(row.load.capacity), "\(row.load.percent)",
          "\(row.load.band)", "\(row.visitsOverdue)", "\(row.oversightOverdue)",
          row.lastSupervision?.description ?? "", row.supervision.date.description,
          row.supervision.overdue ? "yes" : "no",
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

  // MARK: JSON

  struct JSONReport: Encodable {
    var date: Day
    var teams: [JSONTeam]
  }

  struct JSONTeam: Encodable {
    var id: String
    var name: String
    var workers: Int
    var agency: Int
    var agencyShare: Double
    var openCases: Int
    var averageCaseload: Double
    var minCaseload: Int
    var maxCaseload: Int
    var unallocated: Int
    var visitsOverdue: Int
    var supervisionsOverdue: Int
    var rows: [JSONWorker]
  }

  struct JSONWorker: Encodable {
    var id: String
    var name: String
    var role: String
    var employment: String
    var fte: Double
    var badges: [String]
    var cases: Int
    var points: Double
    var capacity: Double
    var loadPercent: Int
    var band: String
    var visitsOverdue: Int
    var oversightOverdue: Int
    var lastSupervision: Day?
    var supervisionDue: Day
    var supervisionOverdue: Bool
  }

  var json: String {
    get throws {
      let report = JSONReport(
        date: date,
        teams: summaries.map { team, s in
          JSONTeam(
            id: team.id.rawValue, name: team.name, workers: s.workerCount, agency: s.agencyCount,
            agencyShare: Self.rounded(s.agencyShare, places: 4), openCases: s.openCases,
            averageCaseload: Self.rounded(s.averageCaseload, places: 2), minCaseload: s.minCaseload,
            maxCaseload: s.maxCaseload, unallocated: s.unallocated, visitsOverdue: s.visitsOverdue,
            supervisionsOverdue: s.supervisionsOverdue,
            rows: s.workers.map { row in
              JSONWorker(
                id: row.worker.id.rawValue, name: row.worker.name, role: row.worker.role.rawValue,
                employment: row.worker.employment.rawValue, fte: row.worker.fte,
                badges: row.badges.map(\.text), cases: row.load.caseCount,
                points: Self.rounded(row.load.points, places: 2),
                capacity: Self.rounded(row.load.capacity, places: 2), loadPercent: row.load.percent,
                band: "\(row.load.band)", visitsOverdue: row.visitsOverdue,
                oversightOverdue: row.oversightOverdue, lastSupervision: row.lastSupervision,
                supervisionDue: row.supervision.date, supervisionOverdue: row.supervision.overdue)
            })
        })
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      return String(decoding: try encoder.encode(report), as: UTF8.self).jsonSafe + "\n"
    }
  }

  // MARK: Helpers

  static func oneDecimal(_ value: Double) -> String { String(format: "%.1f", value) }

  static func number(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
  }

  static func rounded(_ value: Double, places: Int) -> Double {
    let scale = pow(10, Double(places))
    return (value * scale).rounded() / scale
  }

  func pad(_ text: String, _ width: Int) -> String {
    let count = text.count
    return count >= width
      ? String(text.prefix(width)) : text + String(repeating: " ", count: width - count)
  }

  func lpad(_ text: String, _ width: Int) -> String {
    let count = text.count
    return count >= width ? text : String(repeating: " ", count: width - count) + text
  }
}
