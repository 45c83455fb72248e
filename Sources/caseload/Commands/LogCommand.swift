import ArgumentParser
import CaseloadCore

/// `caseload log`: the audit of every change: who, when (UTC) and what.
struct LogCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "log", abstract: "List every recorded change: who made it, when (UTC) and what.")

  @OptionGroup var store: StoreOptions

  @Option(help: ArgumentHelp("Only changes after this sequence number.", valueName: "n"))
  var since: Int = 0

  func run() throws {
    let context = try Context.current()
    let opened = try store.open(in: context, readOnly: true)
    for entry in try opened.changes(since: since) {
      Output.line("#\(entry.sequence) \(entry.at) \(entry.by) \(entry.change.summary)")
    }
  }
}
