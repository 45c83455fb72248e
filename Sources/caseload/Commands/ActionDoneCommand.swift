import ArgumentParser
import CaseloadCore

/// `caseload action done ID [--note TEXT] [--date DATE]`: an action was done.
struct ActionDoneCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "done", abstract: "Mark an open action done, as you, today or on --date.")

  @OptionGroup var store: StoreOptions

  @Argument(help: ArgumentHelp("The action's id (see 'caseload actions').", valueName: "id"))
  var id: String

  @Option(help: ArgumentHelp("What was done.", valueName: "text"))
  var note: String?

  @Option(help: ArgumentHelp("The day it was done (default today).", valueName: "date"))
  var date: String?

  func run() throws {
    let context = try Context.current()
    let on = try day(date, "--date", or: context.today)
    let store = try self.store.open(in: context)
    let done = ActionDone(
      action: RecordID(rawValue: id), done: on,
      authorship: Authorship(author: context.user, recorded: context.clock()), note: note,
      recordedOn: context.today)
    let entry = try store.commit(.completeAction(done))
    Output.line("marked action \(id) done on \(on) as change \(entry.sequence)")
  }
}
