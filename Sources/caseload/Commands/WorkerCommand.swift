import ArgumentParser

/// `caseload worker`: adding a worker and keeping their details current.
struct WorkerCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "worker", abstract: "Add a worker, change their details, record an absence.",
    subcommands: [WorkerAddCommand.self, WorkerSetCommand.self, WorkerAbsenceCommand.self])
}
