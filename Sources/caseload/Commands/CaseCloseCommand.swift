import ArgumentParser
import CaseloadCore

/// `caseload case close ID --reason TEXT [--date DATE]`: the case ends.
struct CaseCloseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "close", abstract: "Close a case; it leaves its worker's caseload.")

  @OptionGroup var store: StoreOptions

  @Argument(help: ArgumentHelp("The case id.", valueName: "id"))
  var id: String

  @Option(help: ArgumentHelp("Why it closes.", valueName: "text"))
  var reason: String

  @Option(help: ArgumentHelp("The day it closed (default today).", valueName: "date"))
  var date: String?

  func run() throws {
    let context = try Context.current()
    let on = try day(date, "--date", or: context.today)
    let why = try reasonText(reason)
    let store = try self.store.open(in: context)
    let child = try store.caseload.requireCase(id)
    let entry = try store.commit(
      .closeCase(Closure(case: child.id, on: on, reason: why, recordedOn: context.today)))
    Output.line("closed \(child.id) on \(on) as change \(entry.sequence)")
  }
}
