import ArgumentParser
import CaseloadCore

/// `caseload case transfer ID --team ID [--to WORKER] --reason TEXT`: to another team.
struct CaseTransferCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "transfer",
    abstract: "Transfer a case to another team, to a worker there or to its queue.",
    discussion: """
      With --to the move goes through the same rules as reassign: warnings are printed and \
      refuse it unless --force is given.
      """)

  @OptionGroup var store: StoreOptions

  @Argument(help: ArgumentHelp("The case id.", valueName: "id"))
  var id: String

  @Option(help: ArgumentHelp("The team it goes to.", valueName: "team-id"))
  var team: String

  @Option(help: ArgumentHelp("A worker in that team (default: its queue).", valueName: "worker"))
  var to: String?

  @Option(help: ArgumentHelp("Why it moves.", valueName: "text"))
  var reason: String

  @Flag(help: "Go ahead past warnings that the board would ask you to confirm.")
  var force = false

  func run() throws {
    let context = try Context.current()
    let why = try reasonText(reason)
    let store = try self.store.open(in: context)
    let state = store.caseload
    let child = try state.requireCase(id)
    var target: Worker.ID?
    if let to {
      target = try state.requireWorker(to).id
      if let target, child.isOpen {
        try confirm(
          try state.previewTransfer(of: child.id, to: target, today: context.today), in: state,
          force: force, what: "transferred")
      }
    }
    let transfer = Transfer(
      case: child.id, team: Edit(from: state.team(of: child), to: Team.ID(rawValue: team)),
      worker: Edit(from: child.worker, to: target), reason: why, recordedOn: context.today)
    let entry = try store.commit(.transferCase(transfer))
    let place = target.map { "to \($0)" } ?? "to its queue"
    Output.line("transferred \(child.id) to team \(team), \(place), as change \(entry.sequence)")
  }
}
