import Foundation

/// The team summary and one line per worker, as `caseload report` prints it; with
/// `sideBySide`, one line per team for a head of service.
public struct TeamReport: Sendable {
  public enum Format: String, Sendable, CaseIterable {
    case text, csv, json
  }

  public var date: Day
  public var summaries: [(team: Team, summary: TeamSummary)]

  public init(caseload: Caseload, teams: [Team.ID], today: Day) throws {
    date = today
    let rules = caseload.rules(today: today)
    summaries = try teams.map { id in
      guard let team = caseload.team(id) else { throw CaseloadError.notFound("no team '\(id)'") }
      return (team, try rules.summary(of: id))
    }
  }

  public func rendered(as format: Format) throws -> String {
    switch format {
    case .text: return text
    case .csv: return csv
    case .json: return try json
    }
  }

  /// The teams side by side: one line each with the summary's figures.
  public func renderedSideBySide(as format: Format) throws -> String {
    switch format {
    case .text: return comparisonText
    case .csv: return csv(workers: false)
    case .json: return try json(workers: false)
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
        lpad("Visits!", 7), lpad("Assess!", 7), lpad("Overs.!", 7), "  Last supervision",
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
            lpad("\(row.assessmentsOverdue)", 7),
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
      + " | Assessments overdue \(s.assessmentsOverdue)"
      + " | Oversight overdue \(s.oversightOverdue)"
      + " | Supervisions overdue \(s.supervisionsOverdue)"
  }

  var comparisonText: String {
    var out = "Teams side by side, \(date)\n"
    let header = [
      pad("Team", 32), pad("Id", 14), lpad("Workers", 7), lpad("Agency", 6), lpad("Open", 5),
      lpad("Avg", 5),
      lpad("Range", 7), lpad("Unalloc", 7), lpad("Visits!", 7), lpad("Assess!", 7),
      lpad("Overs.!", 7), lpad("Superv!", 7),
    ]
    out += header.joined(separator: " ") + "\n"
    for (team, s) in summaries {
      out +=
        [
          pad(team.name.terminalSafe, 32), pad(team.id.rawValue.terminalSafe, 14),
          lpad("\(s.workerCount)", 7),
          lpad("\(Int((s.agencyShare * 100).rounded()))%", 6), lpad("\(s.openCases)", 5),
          lpad(Self.oneDecimal(s.averageCaseload), 5), lpad("\(s.minCaseload)-\(s.maxCaseload)", 7),
          lpad("\(s.unallocated)", 7), lpad("\(s.visitsOverdue)", 7),
          lpad("\(s.assessmentsOverdue)", 7), lpad("\(s.oversightOverdue)", 7),
          lpad("\(s.supervisionsOverdue)", 7),
        ].joined(separator: " ") + "\n"
    }
    return out
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

  /// The text in `width` columns, measured as a terminal draws it (wide names take two),
  /// cut at a character that fits.
  func pad(_ text: String, _ width: Int) -> String {
    var used = 0
    var kept = ""
    for character in text {
      let columns = character.displayWidth
      guard used + columns <= width else { break }
      kept.append(character)
      used += columns
    }
    return kept + String(repeating: " ", count: max(0, width - used))
  }

  func lpad(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.displayWidth)) + text
  }
}
