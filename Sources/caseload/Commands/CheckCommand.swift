import ArgumentParser
import CaseloadCore
import CaseloadPostgres

/// `caseload check`: validates the store and prints every problem found.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Validate the store and list every problem found (exit 1 if any).")

  @OptionGroup var store: StoreOptions

  func run() throws {
    let context = try Context.current()
    let path = try store.path(in: context)
    // A PostgreSQL store is checked as it opens: the schema, the snapshot and every change.
    if PostgresLocation.isAddress(path) {
      let opened = try store.open(in: context, readOnly: true)
      let state = opened.caseload
      Output.line(
        "\(opened.location): ok: \(state.teams.count) teams, \(state.workers.count) workers, "
          + "\(state.cases.count) cases, \(opened.sequence) changes")
      return
    }
    // One reading of the store gives both its problems and, when none, its counts.
    let result = FileStore.checked(at: path)
    let problems = result.problems
    // Harmless, so mentioned without failing the check.
    let leftovers = FileStore.leftovers(at: path).map { "\(path): \($0)".terminalSafe }
    guard problems.isEmpty else {
      for problem in problems { Output.line("\(path): \(problem)") }
      for leftover in leftovers { Output.line(leftover) }
      throw Refusal("\(problems.count) problem\(problems.count == 1 ? "" : "s") found in \(path)")
    }
    guard let counts = result.counts else { throw Refusal("\(path) could not be read whole") }
    Output.line(
      "\(path): ok: \(counts.teams) teams, \(counts.workers) workers, "
        + "\(counts.cases) cases, \(counts.changes) changes")
    for leftover in leftovers { Output.line(leftover) }
  }
}
