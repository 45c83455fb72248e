import ArgumentParser
import CaseloadCore

extension TeamReport.Format: ExpressibleByArgument {}

/// `caseload report`: the team summary and one line per worker.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report", abstract: "Print each team's summary and one line per worker.")

  @OptionGroup var store: StoreOptions

  @Option(help: ArgumentHelp("Only this team (default: every team).", valueName: "team-id"))
  var team: String?

  @Option(help: "text, csv or json.")
  var format: TeamReport.Format = .text

  @Flag(help: "Every team side by side, one line each (for a head of service).")
  var allTeams = false

  func validate() throws {
    if allTeams, team != nil { throw ValidationError("give --team or --all-teams, not both") }
  }

  func run() throws {
    let context = try Context.current()
    let opened = try store.open(in: context, readOnly: true)
    let state = opened.caseload
    let teams = team.map { [Team.ID(rawValue: $0)] } ?? Array(state.teams.keys)
    let report = try TeamReport(caseload: state, teams: teams, today: context.today)
    let text =
      allTeams ? try report.renderedSideBySide(as: format) : try report.rendered(as: format)
    if format == .json { Output.json(text) } else { Output.block(text) }
  }
}
