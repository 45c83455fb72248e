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
    for (entry, role) in try opened.auditTrail(since: since) {
      let who = role.map { "\(entry.by) (database role \($0))" } ?? entry.by
      Output.line("#\(entry.sequence) \(entry.at) \(who) \(entry.change.summary)")
    }
  }
}
