import ArgumentParser
import CaseloadCore

/// `caseload`: the TUI when run alone, and the scriptable subcommands.
struct CaseloadCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "caseload",
    abstract: "See who is overloaded, move cases safely and record supervision.",
    discussion: """
      With no subcommand, opens the team board on the store. The store is --store PATH, \
      else $CASELOAD_STORE, else $XDG_DATA_HOME/caseload/store (~/.local/share/caseload/store).
      Exit codes: 0 success, 1 refused or invalid operation, 2 usage error.
      """,
    subcommands: [
      OpenCommand.self, DemoCommand.self, InitCommand.self, CheckCommand.self, ReportCommand.self,
      ReassignCommand.self, NoteCommand.self, SuperviseCommand.self, HistoryCommand.self,
      ImportCommand.self, TeamCommand.self, WorkerCommand.self, CaseCommand.self,
      HolidaysCommand.self, LogCommand.self, ActionsCommand.self, ActionCommand.self,
      GenerateCommand.self,
      CompactCommand.self, MigrateCommand.self, ExportCommand.self, TerminalCheckCommand.self,
      CommitLoopCommand.self,
    ],
    defaultSubcommand: OpenCommand.self
  )

}

/// `caseload [open]`: the board on a store (the default when no subcommand is given).
struct OpenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open", abstract: "Open the team board on the store (the default).")

  @OptionGroup var store: StoreOptions

  @Option(help: ArgumentHelp("Open on this team's board.", valueName: "team-id"))
  var team: String?

  @Flag(help: "Open without taking any write lock; editing keys say why they are unavailable.")
  var readOnly = false

  func run() throws {
    let context = try Context.current()
    try TUILauncher.run(
      storePath: try store.path(in: context), team: team, readOnly: readOnly, context: context)
  }
}
