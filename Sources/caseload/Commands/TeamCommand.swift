import ArgumentParser

/// `caseload team`: adding a team.
struct TeamCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "team", abstract: "Add a team.", subcommands: [TeamAddCommand.self])
}
