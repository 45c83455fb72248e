import ArgumentParser
import CaseloadCore
import CaseloadTerminal
import CaseloadUI
import Foundation
import SystemPackage

/// Opens the store and runs the terminal interface on it.
enum TUILauncher {
  static func run(storePath: String, team: String?, readOnly: Bool, context: Context) throws {
    // The board draws as soon as the store is read; its records are proved whole on a
    // background thread, and nothing is saved until they are.
    let store = try StoreOptions.open(
      storePath, in: context, readOnly: readOnly, listen: true, validation: .afterOpening)
    if let team, store.caseload.team(Team.ID(rawValue: team)) == nil {
      throw Refusal("no team '\(team)' in \(storePath)")
    }
    let appContext = AppContext(
      user: context.user, today: context.today, readOnly: readOnly, clock: context.clock)
    // Drafts are keyed by the store's real path, however it was named on the command line.
    let canonical = realpath(storePath, nil).map { pointer in
      defer { free(pointer) }
      return String(cString: pointer)
    }
    let storeName = canonical ?? store.location
    let drafts = DraftFolder(
      path: DraftFolder.folder(for: storeName, under: FilePath(context.draftsRoot)),
      store: storeName, clock: context.clock)
    var program = AppRuntime(
      store: store, context: appContext, team: team.map { Team.ID(rawValue: $0) },
      drafts: drafts)
    try runProgram(&program, context: context)
  }

  /// Runs any program in the terminal, turning terminal failures into one-line errors and
  /// a signal into the conventional 128+n exit status.
  static func runProgram(_ program: inout some TerminalProgram, context: Context) throws {
    let ending: TerminalEnding
    do {
      ending = try runTerminal(&program, environment: context.environment)
    } catch {
      throw Refusal(error.description)
    }
    if ending.exitStatus != 0 { throw ExitCode(ending.exitStatus) }
  }
}

/// `caseload terminal-check`: a diagnostic screen for the terminal layer (hidden; used by tests).
struct TerminalCheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "terminal-check", abstract: "Show the terminal diagnostic screen.",
    shouldDisplay: false)

  func run() throws {
    var program = TerminalCheckProgram()
    try TUILauncher.runProgram(&program, context: try Context.current())
  }
}
