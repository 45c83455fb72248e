import ArgumentParser
import CaseloadCore

/// `caseload worker add ID --name NAME --team ID`: a new worker.
struct WorkerAddCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add", abstract: "Add a worker to a team.")

  @OptionGroup var store: StoreOptions

  @Argument(help: ArgumentHelp("The worker's id (their user name, say).", valueName: "id"))
  var id: String

  @Option(help: ArgumentHelp("The worker's name.", valueName: "name"))
  var name: String

  @Option(help: ArgumentHelp("Their team.", valueName: "team-id"))
  var team: String

  @Option(
    help: ArgumentHelp(
      "social worker (default), senior practitioner, ASYE, student or family support worker.",
      valueName: "role"))
  var role: String?

  @Flag(help: "An agency worker (default: permanent).")
  var agency = false

  @Option(help: ArgumentHelp("0.6, 60% or hours out of 37 (default 1).", valueName: "n"))
  var fte: String?

  @Option(help: ArgumentHelp("Their start date (default today).", valueName: "date"))
  var start: String?

  @Option(help: ArgumentHelp("A caseload cap in weight points.", valueName: "n"))
  var cap: String?

  func run() throws {
    let context = try Context.current()
    let worker = Worker(
      id: Worker.ID(
        rawValue: try parsed(
          id, "worker id",
          { (text) throws(FieldProblem) in
            try RecordField.id(text, "worker id")
          })),
      name: try parsed(
        name, "--name",
        { (text) throws(FieldProblem) in
          try RecordField.name(text, "worker's name")
        }),
      team: Team.ID(rawValue: team),
      role: try role.map { try parsed($0, "--role", RecordField.role) } ?? .socialWorker,
      employment: agency ? .agency : .permanent,
      fte: try fte.map {
        try parsed($0, "--fte", { (text) throws(FieldProblem) in try RecordField.fte(text) })
      } ?? 1,
      started: try day(start, "--start", or: context.today),
      cap: try cap.map { try parsed($0, "--cap", RecordField.cap) })
    let opened = try store.open(in: context)
    let entry = try opened.commit(.addWorker(worker))
    Output.line("added \(worker.name) (\(worker.id)) to \(worker.team) as change \(entry.sequence)")
  }
}
