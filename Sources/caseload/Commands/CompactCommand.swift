import ArgumentParser
import CaseloadCore

/// `caseload compact`: folds the journal into a new snapshot.
struct CompactCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compact",
    abstract: "Fold recorded changes into a new snapshot (the history stays listable).")

  @OptionGroup var store: StoreOptions

  func run() throws {
    let context = try Context.current()
    let opened = try store.open(in: context)
    try opened.compact()
    Output.line("compacted: snapshot at change \(opened.sequence)")
  }
}
