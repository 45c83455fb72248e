import ArgumentParser
import CaseloadCore

/// `caseload worker set ID ...`: changes a worker's FTE, role, cap, team, employment or leaving
/// date; only the options given change.
struct WorkerSetCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "set", abstract: "Change a worker's details (only the options given change).")

  @OptionGroup var store: StoreOptions

  @Argument(help: ArgumentHelp("The worker's id.", valueName: "id"))
  var id: String

  @Option(help: ArgumentHelp("0.6, 60% or hours out of 37.", valueName: "n"))
  var fte: String?

  @Option(
    help: ArgumentHelp(
      "social worker, senior practitioner, ASYE, student or family support worker.",
      valueName: "role"))
  var role: String?

  @Option(help: ArgumentHelp("A caseload cap in weight points.", valueName: "n"))
  var cap: String?

  @Flag(help: "Remove the worker's cap (capacity follows FTE again).")
  var noCap = false

  @Option(
    help: ArgumentHelp("Move the worker (and their cases) to this team.", valueName: "team-id"))
  var team: String?

  @Option(
    help: ArgumentHelp("Their leaving date (agency contract end or notice).", valueName: "date"))
  var leaving: String?

  @Flag(help: "Withdraw a leaving date.")
  var notLeaving = false

  @Flag(help: "Now an agency worker.")
  var agency = false

  @Flag(help: "Now permanent.")
  var permanent = false

  @Option(help: ArgumentHelp("Why (kept in the audit).", valueName: "text"))
  var reason: String?

  func validate() throws {
    if leaving != nil && notLeaving {
      throw ValidationError("give --leaving or --not-leaving, not both")
    }
    if agency && permanent { throw ValidationError("give --agency or --permanent, not both") }
    if cap != nil && noCap { throw ValidationError("give --cap or --no-cap, not both") }
    let given = [fte, role, cap, team, leaving].contains { $0 != nil }
    if !given && !noCap && !notLeaving && !agency && !permanent {
      throw ValidationError("say what to change: --fte, --role, --cap, --team, --leaving, ...")
    }
  }

  func run() throws {
    let context = try Context.current()
    let opened = try store.open(in: context)
    let current = try opened.caseload.requireWorker(id)
    var update = WorkerUpdate(
      worker: current.id, reason: try reason.map(reasonText), recordedOn: context.today)
    if let fte {
      update.fte = Edit(
        from: current.fte,
        to: try parsed(fte, "--fte", { (text) throws(FieldProblem) in try RecordField.fte(text) }))
    }
    if let role {
      update.role = Edit(from: current.role, to: try parsed(role, "--role", RecordField.role))
    }
    if let cap {
      update.cap = Edit(from: current.cap, to: try parsed(cap, "--cap", RecordField.cap))
    }
    if noCap { update.cap = Edit(from: current.cap, to: nil) }
    if let team { update.team = Edit(from: current.team, to: Team.ID(rawValue: team)) }
    if let leaving {
      update.leaving = Edit(
        from: current.leaving, to: try day(leaving, "--leaving", or: context.today))
    }
    if notLeaving { update.leaving = Edit(from: current.leaving, to: nil) }
    if agency { update.employment = Edit(from: current.employment, to: .agency) }
    if permanent { update.employment = Edit(from: current.employment, to: .permanent) }
    // Only what really changes is recorded.
    let unchanged = update.applied(to: current) == current
    guard !unchanged else {
      Output.line("nothing changed: \(current.name) already has those details")
      return
    }
    update = update.withoutUnchanged
    let entry = try opened.commit(.updateWorker(update))
    Output.line(
      "changed \(current.name): \(update.changes.joined(separator: ", ")) as change \(entry.sequence)"
    )
  }
}
