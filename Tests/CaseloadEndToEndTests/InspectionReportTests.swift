import Foundation
import Testing

@Suite("caseload report --inspection (SPEC 1.7)")
struct InspectionReportTests {
  static func json(_ result: CLI.Result) throws -> [String: Any] {
    try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any] ?? [:]
  }

  @Test("the demo team's figures and a row per worker, in text, CSV and JSON, loads as the board's")
  func demoTeam() throws {
    let home = try TemporaryDirectory()
    let cli = CLI(home: home.path)
    let text = try cli.run(["report", "--demo", "--inspection", "--team", "cin-cp-1"])
    #expect(text.status == 0, "\(text.stderr)")
    #expect(
      text.stdout.hasPrefix(
        "Inspection readiness: Child in Need and Protection 1 (cin-cp-1), 2026-11-23\n"))
    for label in [
      "Management oversight within timescale: ", "Visits within timescale: ", "Supervision: ",
      "Assessments completed in the last 12 months (as recorded): 0 within 45 working days, 0 late",
      "Children with 3 or more social workers in 12 months: ", "Unallocated: ", "Actions: ",
    ] {
      #expect(text.stdout.contains(label), "\(label)")
    }
    #expect(text.stdout.contains("Zoë Harrington"))

    let csv = try cli.run([
      "report", "--demo", "--inspection", "--team", "cin-cp-1", "--format", "csv",
    ])
    let rows = csv.stdout.split(separator: "\n")
    #expect(rows.count == 1 + 1 + 12)
    #expect(rows.dropFirst().first?.hasPrefix("team,cin-cp-1,") == true)
    #expect(
      Set(rows.map { $0.split(separator: ",", omittingEmptySubsequences: false).count }).count == 1)

    let inspection = try Self.json(
      try cli.run(["report", "--demo", "--inspection", "--team", "cin-cp-1", "--format", "json"]))
    let report = try Self.json(
      try cli.run(["report", "--demo", "--team", "cin-cp-1", "--format", "json"]))
    let workers =
      ((inspection["teams"] as? [[String: Any]])?.first?["workers"] as? [[String: Any]]) ?? []
    let summaryRows =
      ((report["teams"] as? [[String: Any]])?.first?["rows"] as? [[String: Any]]) ?? []
    #expect(workers.count == 12)
    func loads(_ rows: [[String: Any]]) -> [String: Int] {
      Dictionary(
        uniqueKeysWithValues: rows.compactMap { row in
          (row["id"] as? String).flatMap { id in (row["loadPercent"] as? Int).map { (id, $0) } }
        })
    }
    #expect(loads(workers) == loads(summaryRows))
  }

  @Test("every team without --team; an empty team counts nothing; misuse is a usage error")
  func teamsAndErrors() throws {
    let home = try TemporaryDirectory()
    let cli = CLI(home: home.path)
    let all = try cli.run(["report", "--demo", "--inspection"])
    #expect(all.stdout.components(separatedBy: "Inspection readiness: ").count - 1 == 4)
    let both = try cli.run(["report", "--demo", "--inspection", "--all-teams"])
    #expect(both.status == 2)
    #expect(both.stderr.contains("give --inspection or --all-teams, not both"))
    #expect(try cli.run(["report", "--demo", "--inspection", "--team", "nope"]).status == 1)

    let store = try TeamStore()
    let empty = try store.expectSuccess(["report", "--inspection"])
    #expect(empty.stdout.contains("Management oversight within timescale: none to count\n"))
    #expect(empty.stdout.contains("Supervision: 0 of 0 workers overdue; on schedule - of"))
  }
}
