import ArgumentParser

/// `caseload action`: following an action up, by its id (`caseload actions` lists them).
struct ActionCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "action", abstract: "Mark an action done, or close it as no longer needed.",
    subcommands: [ActionDoneCommand.self, ActionCloseCommand.self])
}
