import Foundation

/// The inspection readiness figures (SPEC 1.7) of one or more teams, as
/// `caseload report --inspection` prints them: the team's figures, then a row per worker.
public struct InspectionReport: Sendable {
  public var date: Day
  public var inspections: [Inspection]

  public init(caseload: Caseload, teams: [Team.ID], today: Day) throws {
    date = today
    let rules = caseload.rules(today: today)
    inspections = try teams.map { try rules.inspection(of: $0) }
  }

  public func rendered(as format: TeamReport.Format) throws -> String {
    switch format {
    case .text: return text
    case .csv: return csv
    case .json: return try json
    }
  }

  /// "12 of 16 (75%)", or "none to count" when the total is 0.
  static func share(_ s: Share) -> String {
    s.total == 0 ? "none to count" : "\(s.count) of \(s.total) (\(s.percentText))"
  }

  static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width
      ? String(text.prefix(width)) : text + String(repeating: " ", count: width - text.count)
  }

  static func lpad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
  }

  static func days(_ n: Int?) -> String {
    n.map { "\($0) day\($0 == 1 ? "" : "s")" } ?? "-"
  }

  // MARK: Text

  var text: String {
    var out = ""
    for (index, inspection) in inspections.enumerated() {
      if index > 0 { out += "\n" }
      out += teamText(inspection)
    }
    return out
  }

  func teamText(_ i: Inspection) -> String {
    let f = i.figures
    let a = f.assessments
    var lines = [
      "Inspection readiness: \(i.team.name) (\(i.team.id)), \(i.date)".terminalSafe,
      "Open cases: \(f.openCases)",
      "Management oversight within timescale: \(Self.share(f.oversight))",
      "Visits within timescale: \(Self.share(f.visits))",
      "Supervision: \(i.supervisionsOverdue) of \(i.supervisedWorkers) workers overdue; "
        + "on schedule \(i.supervisionOnSchedule.percentText) of their days in the last six months",
      "Assessments completed in the last 12 months (as recorded): \(a.completedInTime) within "
        + "45 working days, \(a.completedLate) late; open \(a.open), \(a.openOverdue) past 45 working days",
      "Children with \(i.manyWorkersAt) or more social workers in 12 months: \(f.manyWorkers)",
      "Unallocated: \(i.unallocated.count) children waiting, longest \(Self.days(i.unallocated.longestDays)), "
        + "median \(Self.days(i.unallocated.medianDays))",
      "Actions: \(f.openActions) open, \(f.overdueActions) overdue",
      "",
    ]
    let header = [
      Self.pad("Worker", 24), Self.lpad("Cases", 5), Self.lpad("Load", 5),
      Self.lpad("Overs.", 6), Self.lpad("Visits", 6), "  " + Self.pad("Last sup.", 10),
      Self.pad("Sup. due", 18), Self.lpad("Sup.6m", 6), Self.lpad("Assess", 9),
      Self.lpad("SW\(i.manyWorkersAt)+", 4), Self.lpad("Actions", 8),
    ]
    lines.append(header.joined(separator: " "))
    for row in i.workers {
      let g = row.figures
      let due = "\(row.supervision.due.date)" + (row.supervision.due.overdue ? " OVERDUE" : "")
      let assess =
        "\(g.assessments.completedInTime)/\(g.assessments.completedLate)/\(g.assessments.openOverdue)"
      lines.append(
        [
          Self.pad(row.worker.name.terminalSafe, 24), Self.lpad("\(g.openCases)", 5),
          Self.lpad("\(row.load.percent)%", 5), Self.lpad(g.oversight.percentText, 6),
          Self.lpad(g.visits.percentText, 6),
          "  " + Self.pad(row.supervision.last?.description ?? "never", 10),
          Self.pad(due, 18), Self.lpad(row.supervision.onSchedule.percentText, 6),
          Self.lpad(assess, 9), Self.lpad("\(g.manyWorkers)", 4),
          Self.lpad("\(g.openActions)/\(g.overdueActions)", 8),
        ].joined(separator: " "))
    }
    if i.workers.isEmpty { lines.append("  no workers") }
    lines.append(
      "Overs., Visits: share in timescale (- when none to count). Sup.6m: days on schedule in "
        + "the last six months.")
    lines.append(
      "Assess: completed in time/late, open past 45 working days. SW\(i.manyWorkersAt)+: children "
        + "with \(i.manyWorkersAt)+ social workers in 12 months. Actions: open/overdue.")
    return lines.joined(separator: "\n") + "\n"
  }
}
