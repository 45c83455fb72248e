import ArgumentParser
import CaseloadCore

extension TeamReport.Format: ExpressibleByArgument {}

/// `caseload report`: the team summary and one line per worker, or with `--inspection` the
/// inspection readiness figures.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report", abstract: "Print each team's summary and one line per worker.",
    discussion: """
      With --inspection, the figures of inspection readiness instead: oversight and visits \
      within timescale, supervision (last, due, overdue, days on schedule in six months), \
      assessments against 45 working days, children with three or more social workers in 12 \
      months, unallocated children and their wait, open and overdue actions; for each team \
      (every team without --team) and each of its workers.
      """)

  @OptionGroup var store: StoreOptions

  @Option(help: ArgumentHelp("Only this team (default: every team).", valueName: "team-id"))
  var team: String?

  @Option(help: "text, csv or json.")
  var format: TeamReport.Format = .text

  @Flag(help: "Every team side by side, one line each (for a head of service).")
  var allTeams = false

  @Flag(help: "The inspection readiness figures for the team and each worker (SPEC 1.7).")
  var inspection = false

  func validate() throws {
    if allTeams, team != nil { throw ValidationError("give --team or --all-teams, not both") }
    if allTeams, inspection {
      throw ValidationError(
        "give --inspection or --all-teams, not both (--inspection without --team covers every team)"
      )
    }
  }

  func run() throws {
    let context = try Context.current()
    let opened = try store.open(in: context, readOnly: true)
    let state = opened.caseload
    let teams = team.map { [Team.ID(rawValue: $0)] } ?? Array(state.teams.keys)
    if inspection {
      let text = try InspectionReport(caseload: state, teams: teams, today: context.today)
        .rendered(as: format)
      if format == .json { Output.json(text) } else { Output.block(text) }
      return
    }
    let report = try TeamReport(caseload: state, teams: teams, today: context.today)
    let text =
      allTeams ? try report.renderedSideBySide(as: format) : try report.rendered(as: format)
    if format == .json { Output.json(text) } else { Output.block(text) }
  }
}
