import ArgumentParser
import CaseloadCore

/// `caseload demo`: the board on a private copy of the Northfield demo store.
struct DemoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo",
    abstract:
      "Open the board on your private copy of the Northfield demo (Data/ is never changed).",
    discussion: """
      The copy lives in $XDG_STATE_HOME/caseload/demo (~/.local/state/caseload/demo) and keeps \
      your changes between runs; --reset makes a fresh one. Its dates are moved to this week.
      """)

  @Flag(help: "Throw away your demo copy and start again from Data/.")
  var reset = false

  @Option(help: ArgumentHelp("Open on this team's board.", valueName: "team-id"))
  var team: String?

  @Flag(help: "Open without taking any write lock.")
  var readOnly = false

  func run() throws {
    let context = try Context.current()
    let path = try DemoStore.ensure(in: context, reset: reset)
    try TUILauncher.run(
      storePath: path, team: team ?? "cin-cp-1", readOnly: readOnly, context: context)
  }
}
