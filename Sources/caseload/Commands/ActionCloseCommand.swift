import ArgumentParser
import CaseloadCore

/// `caseload action close ID --reason TEXT [--date DATE]`: an action no longer needed.
struct ActionCloseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "close", abstract: "Close an open action as no longer needed, with the reason.")

  @OptionGroup var store: StoreOptions

  @Argument(help: ArgumentHelp("The action's id (see 'caseload actions').", valueName: "id"))
  var id: String

  @Option(help: ArgumentHelp("Why it is no longer needed.", valueName: "text"))
  var reason: String

  @Option(help: ArgumentHelp("The day it was closed (default today).", valueName: "date"))
  var date: String?

  func run() throws {
    let context = try Context.current()
    let on = try day(date, "--date", or: context.today)
    let why = try reasonText(reason)
    let store = try self.store.open(in: context)
    let closure = ActionClosure(
      action: RecordID(rawValue: id), closed: on, reason: why,
      authorship: Authorship(author: context.user, recorded: context.clock()),
      recordedOn: context.today)
    let entry = try store.commit(.closeAction(closure))
    Output.line("closed action \(id) on \(on) as change \(entry.sequence)")
  }
}
