import ArgumentParser
import CaseloadCore

/// `caseload case visit ID --date DATE [--seen-alone]`: a statutory visit.
struct CaseVisitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "visit", abstract: "Record a statutory visit to a child.")

  @OptionGroup var store: StoreOptions

  @Argument(help: ArgumentHelp("The case id.", valueName: "id"))
  var id: String

  @Option(help: ArgumentHelp("The day of the visit (default today).", valueName: "date"))
  var date: String?

  @Flag(help: "The child was seen alone.")
  var seenAlone = false

  func run() throws {
    let context = try Context.current()
    let on = try day(date, "--date", or: context.today)
    let store = try self.store.open(in: context)
    let child = try store.caseload.requireCase(id)
    let entry = try store.commit(
      .recordVisit(
        Visit(case: child.id, on: on, seenAlone: seenAlone, recordedOn: context.today)))
    let due = store.caseload.visitDue(store.caseload.case(child.id) ?? child, today: context.today)
    let next = due.map { "; next visit due \($0.date)" } ?? ""
    Output.line("recorded a visit to \(child.id) on \(on) as change \(entry.sequence)\(next)")
  }
}
