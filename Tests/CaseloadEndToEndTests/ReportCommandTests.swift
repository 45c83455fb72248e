import Foundation
import Testing

@Suite("caseload report on the demo")
struct ReportCommandTests {
  @Test("the text report shows the stretched main team of SPEC 5")
  func textReportShowsMainTeam() throws {
    let home = try TemporaryDirectory()
    let cli = CLI(home: home.path)
    let result = try cli.run(["report", "--demo", "--team", "cin-cp-1"])
    #expect(result.status == 0, "\(result.stderr)")
    let text = result.stdout
    #expect(text.contains("Child in Need and Protection 1 (cin-cp-1)"))
    #expect(text.contains("Workers 12 (agency 5, 42%)"))
    #expect(text.contains("Caseload average 18.5, range"))
    #expect(text.contains("-28 |"))
    let rows = text.split(separator: "\n").filter { $0.contains("%") && !$0.contains("Workers") }
    #expect(rows.count == 12)
  }

  @Test("csv and json give the same numbers as each other and the text summary")
  func formatsAgree() throws {
    let home = try TemporaryDirectory()
    let cli = CLI(home: home.path)
    let json = try cli.run(["report", "--demo", "--team", "cin-cp-1", "--format", "json"])
    let csv = try cli.run(["report", "--demo", "--team", "cin-cp-1", "--format", "csv"])
    #expect(json.status == 0 && csv.status == 0, "\(json.stderr)\(csv.stderr)")

    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let teams = try #require(object["teams"] as? [[String: Any]])
    let team = try #require(teams.first)
    #expect(team["workers"] as? Int == 12)
    #expect(team["agency"] as? Int == 5)
    #expect(team["averageCaseload"] as? Double == 18.5)
    let rows = try #require(team["rows"] as? [[String: Any]])
    let jsonCases = rows.compactMap { $0["cases"] as? Int }
    let jsonLoads = rows.compactMap { $0["loadPercent"] as? Int }

    let lines = csv.stdout.split(separator: "\n").map {
      $0.split(separator: ",", omittingEmptySubsequences: false)
    }
    let header = try #require(lines.first).map(String.init)
    let casesColumn = try #require(header.firstIndex(of: "cases"))
    let loadColumn = try #require(header.firstIndex(of: "load_percent"))
    let employmentColumn = try #require(header.firstIndex(of: "employment"))
    let rowColumn = try #require(header.firstIndex(of: "row"))
    // The team's summary row comes first, then one row per worker.
    let teamRows = lines.dropFirst().filter { $0[rowColumn] == "team" }
    #expect(teamRows.count == 1)
    #expect(teamRows.first.map { Int($0[casesColumn]) } == team["openCases"] as? Int)
    let body = lines.dropFirst().filter { $0[rowColumn] == "worker" }
    #expect(body.count == 12)
    #expect(body.compactMap { Int($0[casesColumn]) } == jsonCases)
    #expect(body.compactMap { Int($0[loadColumn]) } == jsonLoads)
    #expect(body.filter { $0[employmentColumn] == "agency" }.count == 5)
    #expect(Double(jsonCases.reduce(0, +)) / Double(jsonCases.count) == 18.5)
    #expect(jsonCases.max() == 28)
    #expect(jsonCases.filter { (26...28).contains($0) }.count >= 3)
  }

  @Test("--all-teams puts the teams side by side, one line each, in every format")
  func allTeams() throws {
    let home = try TemporaryDirectory()
    let cli = CLI(home: home.path)
    let text = try cli.run(["report", "--demo", "--all-teams"])
    #expect(text.status == 0, "\(text.stderr)")
    let lines = text.stdout.split(separator: "\n")
    #expect(lines.count == 2 + 4, "a title, a header and a line for each of the four teams")
    let main = try #require(lines.first { $0.contains(" cin-cp-1 ") })
    #expect(main.hasPrefix("Child in Need and Protection 1"))
    #expect(main.contains(" 12 ") && main.contains("42%") && main.contains("18.5"))
    let csv = try cli.run(["report", "--demo", "--all-teams", "--format", "csv"])
    #expect(csv.stdout.split(separator: "\n").count == 5)
    #expect(!csv.stdout.contains("\nworker,"))
    let json = try cli.run(["report", "--demo", "--all-teams", "--format", "json"])
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    let teams = try #require(object?["teams"] as? [[String: Any]])
    #expect(teams.count == 4)
    #expect(teams.allSatisfy { $0["rows"] == nil && $0["assessmentsOverdue"] is Int })
    let both = try cli.run(["report", "--demo", "--all-teams", "--team", "cic"])
    #expect(both.status == 2)
  }

  @Test("every team is reported when no team is named")
  func everyTeam() throws {
    let home = try TemporaryDirectory()
    let result = try CLI(home: home.path).run(["report", "--demo"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("(front-door)"))
    #expect(result.stdout.contains("(cic)"))
  }
}
