import Foundation

extension InspectionReport {
  /// A `team` row with the team's figures, then a `worker` row for each worker. A column that
  /// does not apply to the row is empty, and so is a percentage with nothing to count.
  static let csvColumns = [
    "row", "team", "team_name", "worker_id", "worker", "cases", "load_percent",
    "oversight_in_time", "oversight_cases", "oversight_percent", "visits_in_time", "visit_cases",
    "visits_percent", "last_supervision", "supervision_due", "supervision_overdue",
    "supervision_days_on_schedule", "supervision_days", "supervision_on_schedule_percent",
    "supervisions_overdue", "supervised_workers", "assessments_completed_in_time",
    "assessments_completed_late", "assessments_open", "assessments_open_overdue",
    "many_workers", "unallocated", "unallocated_longest_days", "unallocated_median_days",
    "actions_open", "actions_overdue",
  ]

  var csv: String {
    func share(_ s: Share) -> [String] {
      ["\(s.count)", "\(s.total)", s.percent.map(String.init) ?? ""]
    }
    func assessments(_ a: AssessmentFigures) -> [String] {
      ["\(a.completedInTime)", "\(a.completedLate)", "\(a.open)", "\(a.openOverdue)"]
    }
    var out = Self.csvColumns.joined(separator: ",") + "\n"
    for i in inspections {
      let f = i.figures
      var team = ["team", i.team.id.rawValue, i.team.name, "", "", "\(f.openCases)", ""]
      team += share(f.oversight) + share(f.visits) + ["", "", ""]
      team +=
        share(i.supervisionOnSchedule) + ["\(i.supervisionsOverdue)", "\(i.supervisedWorkers)"]
      team += assessments(f.assessments) + ["\(f.manyWorkers)", "\(i.unallocated.count)"]
      team += [
        i.unallocated.longestDays.map(String.init) ?? "",
        i.unallocated.medianDays.map(String.init) ?? "", "\(f.openActions)", "\(f.overdueActions)",
      ]
      out += team.map(TeamReport.csvField).joined(separator: ",") + "\n"
      for row in i.workers {
        let g = row.figures
        var fields = [
          "worker", i.team.id.rawValue, i.team.name, row.worker.id.rawValue, row.worker.name,
          "\(g.openCases)", "\(row.load.percent)",
        ]
        fields += share(g.oversight) + share(g.visits)
        fields += [
          row.supervision.last?.description ?? "", row.supervision.due.date.description,
          row.supervision.due.overdue ? "yes" : "no",
        ]
        fields += share(row.supervision.onSchedule) + ["", ""]
        fields += assessments(g.assessments) + ["\(g.manyWorkers)", "", "", ""]
        fields += ["\(g.openActions)", "\(g.overdueActions)"]
        out += fields.map(TeamReport.csvField).joined(separator: ",") + "\n"
      }
    }
    return out
  }

  struct JSONShare: Encodable {
    var count: Int
    var total: Int
    /// 0 to 1 rounded to 4 places; null when there is nothing to count.
    var share: Double?

    init(_ s: Share) {
      count = s.count
      total = s.total
      share = s.fraction.map { TeamReport.rounded($0, places: 4) }
    }

    private enum Keys: String, CodingKey { case count, total, share }

    // `share` is written as null rather than left out, so a reader sees there was nothing to count.
    func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: Keys.self)
      try c.encode(count, forKey: .count)
      try c.encode(total, forKey: .total)
      if let share { try c.encode(share, forKey: .share) } else { try c.encodeNil(forKey: .share) }
    }
  }

  struct JSONAssessments: Encodable {
    var completedInTime: Int
    var completedLate: Int
    var open: Int
    var openOverdue: Int

    init(_ a: AssessmentFigures) {
      completedInTime = a.completedInTime
      completedLate = a.completedLate
      open = a.open
      openOverdue = a.openOverdue
    }
  }

  struct JSONFigures: Encodable {
    var openCases: Int
    var oversightInTime: JSONShare
    var visitsInTime: JSONShare
    var assessments: JSONAssessments
    var manyWorkers: Int
    var actionsOpen: Int
    var actionsOverdue: Int

    init(_ f: InspectionFigures) {
      openCases = f.openCases
      oversightInTime = JSONShare(f.oversight)
      visitsInTime = JSONShare(f.visits)
      assessments = JSONAssessments(f.assessments)
      manyWorkers = f.manyWorkers
      actionsOpen = f.openActions
      actionsOverdue = f.overdueActions
    }
  }

  struct JSONSupervision: Encodable {
    var last: Day?
    var due: Day
    var overdue: Bool
    var onScheduleLastSixMonths: JSONShare
  }

  struct JSONWorker: Encodable {
    var id: String
    var name: String
    var loadPercent: Int
    var supervision: JSONSupervision
    var figures: JSONFigures
  }

  struct JSONUnallocated: Encodable {
    var count: Int
    var longestDays: Int?
    var medianDays: Int?
  }

  struct JSONTeam: Encodable {
    var id: String
    var name: String
    var figures: JSONFigures
    var manyWorkersAt: Int
    var unallocated: JSONUnallocated
    var supervisionsOverdue: Int
    var supervisedWorkers: Int
    var supervisionOnScheduleLastSixMonths: JSONShare
    var workers: [JSONWorker]
  }

  struct JSONReport: Encodable {
    var date: Day
    var teams: [JSONTeam]
  }

  var json: String {
    get throws {
      let teams = inspections.map { i in
        JSONTeam(
          id: i.team.id.rawValue, name: i.team.name, figures: JSONFigures(i.figures),
          manyWorkersAt: i.manyWorkersAt,
          unallocated: JSONUnallocated(
            count: i.unallocated.count, longestDays: i.unallocated.longestDays,
            medianDays: i.unallocated.medianDays),
          supervisionsOverdue: i.supervisionsOverdue, supervisedWorkers: i.supervisedWorkers,
          supervisionOnScheduleLastSixMonths: JSONShare(i.supervisionOnSchedule),
          workers: i.workers.map { row in
            JSONWorker(
              id: row.worker.id.rawValue, name: row.worker.name, loadPercent: row.load.percent,
              supervision: JSONSupervision(
                last: row.supervision.last, due: row.supervision.due.date,
                overdue: row.supervision.due.overdue,
                onScheduleLastSixMonths: JSONShare(row.supervision.onSchedule)),
              figures: JSONFigures(row.figures))
          })
      }
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      return String(
        decoding: try encoder.encode(JSONReport(date: date, teams: teams)), as: UTF8.self
      ).jsonSafe + "\n"
    }
  }
}
