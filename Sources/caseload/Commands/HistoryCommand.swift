import ArgumentParser
import CaseloadCore

/// `caseload history CASE [--format text|csv|json]`: the child's chronology.
struct HistoryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "history",
    abstract: "Show a child's chronology: allocations, visits, notes, supervision and actions.",
    discussion: """
      Everything on record about the child in date order, each with who recorded it and when: \
      allocations, the referral, visits, category changes, closure and transfers, oversight \
      notes, supervision entries, actions set and their completion, carrying forward or \
      closure, addenda and withdrawals.
      """)

  @OptionGroup var store: StoreOptions

  @Argument(help: ArgumentHelp("The case id.", valueName: "case"))
  var caseID: String

  @Option(help: "text, csv or json.")
  var format: TeamReport.Format = .text

  func run() throws {
    let context = try Context.current()
    let state = try store.open(in: context, readOnly: true).caseload
    let child = try state.requireCase(caseID)
    let text = try Chronology(of: child.id, in: state).rendered(as: format, in: state)
    if format == .json { Output.json(text) } else { Output.block(text) }
  }
}
