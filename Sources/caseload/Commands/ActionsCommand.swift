import ArgumentParser
import CaseloadCore

/// `caseload actions`: open actions with their ids, oldest due first.
struct ActionsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "actions",
    abstract: "List open actions with their ids, oldest due first (overdue marked).",
    discussion:
      "Without --team or --worker, every team's. Mark one done with 'caseload action done ID'.")

  @OptionGroup var store: StoreOptions

  @Option(help: ArgumentHelp("Only this team's.", valueName: "team-id"))
  var team: String?

  @Option(
    help: ArgumentHelp(
      "Only those this worker owns or that are about their cases.", valueName: "worker-id"))
  var worker: String?

  @Option(help: "text, csv or json.")
  var format: TeamReport.Format = .text

  func validate() throws {
    if team != nil, worker != nil { throw ValidationError("give --team or --worker, not both") }
  }

  func run() throws {
    let context = try Context.current()
    let state = try store.open(in: context, readOnly: true).caseload
    let items: [ActionItem]
    if let team {
      let id = Team.ID(rawValue: team)
      guard state.team(id) != nil else { throw Refusal("no team '\(team)'") }
      items = state.openActions(in: id)
    } else if let worker {
      let id = Worker.ID(rawValue: worker)
      guard state.worker(id) != nil else { throw Refusal("no worker '\(worker)'") }
      items = state.openActions(for: id)
    } else {
      items = state.actionItems.filter(\.isOpen).sorted(by: ActionItem.dueFirst)
    }
    let text = try ActionList(caseload: state, items: items, today: context.today)
      .rendered(as: format)
    if format == .json { Output.json(text) } else { Output.block(text) }
  }
}
