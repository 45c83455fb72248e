import Foundation

extension TeamReport {
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
    var assessmentsOverdue: Int
    var oversightOverdue: Int
    var supervisionsOverdue: Int
    /// Absent when the teams are side by side.
    var rows: [JSONWorker]?
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
    var assessmentsOverdue: Int
    var oversightOverdue: Int
    var lastSupervision: Day?
    var supervisionDue: Day
    var supervisionOverdue: Bool
  }

  var json: String { get throws { try json(workers: true) } }

  func json(workers: Bool) throws -> String {
    let report = JSONReport(
      date: date,
      teams: summaries.map { team, s in
        JSONTeam(
          id: team.id.rawValue, name: team.name, workers: s.workerCount, agency: s.agencyCount,
          agencyShare: Self.rounded(s.agencyShare, places: 4), openCases: s.openCases,
          averageCaseload: Self.rounded(s.averageCaseload, places: 2), minCaseload: s.minCaseload,
          maxCaseload: s.maxCaseload, unallocated: s.unallocated, visitsOverdue: s.visitsOverdue,
          assessmentsOverdue: s.assessmentsOverdue, oversightOverdue: s.oversightOverdue,
          supervisionsOverdue: s.supervisionsOverdue,
          rows: workers ? s.workers.map(Self.jsonWorker) : nil)
      })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(report), as: UTF8.self).jsonSafe + "\n"
  }

  static func jsonWorker(_ row: WorkerRow) -> JSONWorker {
    JSONWorker(
      id: row.worker.id.rawValue, name: row.worker.name, role: row.worker.role.rawValue,
      employment: row.worker.employment.rawValue, fte: row.worker.fte,
      badges: row.badges.map(\.text), cases: row.load.caseCount,
      points: rounded(row.load.points, places: 2),
      capacity: rounded(row.load.capacity, places: 2), loadPercent: row.load.percent,
      band: "\(row.load.band)", visitsOverdue: row.visitsOverdue,
      assessmentsOverdue: row.assessmentsOverdue, oversightOverdue: row.oversightOverdue,
      lastSupervision: row.lastSupervision, supervisionDue: row.supervision.date,
      supervisionOverdue: row.supervision.overdue)
  }
}
