import CaseloadCore
import CaseloadUI
import Foundation
import Testing

/// One load figure: the percentage Core works out is the one every bar, list, warning and
/// report format shows, for every worker of every demo team.
@Suite("one load figure everywhere")
struct LoadFigureTests {
  static let teams = ["front-door", "cin-cp-1", "cic", "leaving-care"]

  /// The percentages drawn on a line, such as `[####..]  92%!` → [92].
  static func percents(in line: String) -> [Int] {
    let regex = /(\d+)%/
    return line.matches(of: regex).compactMap { Int($0.output.1) }
  }

  @Test("board, worker detail, reassign list and report text, csv and json agree", arguments: teams)
  func sameFigure(team: String) throws {
    let board = Driver.demo(width: 160, height: 60, team: team)
    let caseload = board.store.caseload
    let rules = caseload.rules(today: Driver.today)
    let summary = try rules.summary(of: Team.ID(rawValue: team))
    let report = try TeamReport(caseload: caseload, teams: [summary.team.id], today: Driver.today)
    let text = try report.rendered(as: .text).split(separator: "\n").map(String.init)
    let csv = try report.rendered(as: .csv).split(separator: "\n").map(String.init)
    let json = try report.rendered(as: .json)
    let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    let jsonRows =
      ((parsed?["teams"] as? [[String: Any]])?.first?["rows"] as? [[String: Any]]) ?? []
    #expect(!summary.workers.isEmpty)

    // A case from outside the team, so every worker of the team is a target in the picker.
    let outsider = caseload.cases.values.first { child in
      child.isOpen && child.worker.flatMap { caseload.worker($0)?.team.rawValue } != team
    }
    for (index, row) in summary.workers.enumerated() {
      let figure = row.load.percent
      let name = row.worker.name
      let boardLine = board.lines.first { $0.contains(name) && $0.contains("%") }
      #expect(boardLine.map(Self.percents) == [figure], "board, \(name)")

      var detail = Driver.demo(width: 120, height: 40, team: team)
      detail.press(Array(repeating: Key.down, count: index) + [.enter])
      #expect(Self.percents(in: detail.lines[2]) == [figure], "worker detail, \(name)")

      let textLine = text.first { $0.hasPrefix(name) }
      #expect(textLine.map(Self.percents) == [figure], "report text, \(name)")
      let csvLine = csv.first { $0.contains(",\(row.worker.id.rawValue),") }
      #expect(csvLine?.split(separator: ",").map(String.init).contains("\(figure)") == true)
      let jsonRow = jsonRows.first { $0["id"] as? String == row.worker.id.rawValue }
      #expect(jsonRow?["loadPercent"] as? Int == figure, "report json, \(name)")

      if let outsider, !row.worker.hasLeft(on: Driver.today) {
        let preview = try rules.previewReassignment(
          of: [outsider.id], to: row.worker.id, includeSiblings: false)
        #expect(preview.load(of: row.worker.id)?.before.percent == figure)
        if let after = preview.load(of: row.worker.id)?.after,
          case .overCapacity(let shown) = preview.warnings.first(where: {
            if case .overCapacity = $0 { true } else { false }
          })
        {
          #expect(shown == after.percent, "the warning's figure is the after bar's, \(name)")
        }
      }
    }
  }

  @Test("the reassign list shows each target's current figure before the move")
  func reassignList() throws {
    var d = Driver.demo(width: 120, height: 50)
    let rules = d.store.caseload.rules(today: Driver.today)
    let rows = try rules.summary(of: "cin-cp-1").workers
    d.press(.tab, .char("r"))
    var seen = 0
    for row in rows where !row.worker.hasLeft(on: Driver.today) {
      guard let line = d.lines.first(where: { $0.contains(row.worker.name) }) else { continue }
      #expect(Self.percents(in: line).first == row.load.percent, "\(row.worker.name)")
      seen += 1
    }
    #expect(seen >= 10)
  }

  @Test("the confirm dialog's warning and the after bar give the same figure")
  func confirmAgrees() {
    var d = Driver.demo()
    // Aisha's first case to the most loaded worker: over capacity, and said so.
    d.press(.tab, .char("r"), .end, .up, .enter)
    d.type("Balancing")
    d.press(.enter)
    let after = d.lines.first { $0.hasPrefix("To ") }.map(Self.percents)?.last
    let warning = d.lines.first { $0.contains("over capacity, at") }.map(Self.percents)?.first
    #expect(after != nil)
    #expect(after == warning)
  }
}
