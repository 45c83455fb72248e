import ArgumentParser
import CaseloadCore

/// `caseload generate`: a synthetic store, for benchmarks and tests.
struct GenerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate",
    abstract: "Write a synthetic store (or, with --northfield, the demo authority).")

  @Option(help: "How many workers.") var workers: Int = 30
  @Option(help: "How many cases.") var cases: Int = 450
  @Option(help: "How many oversight notes and session entries.") var notes: Int = 2_000
  @Option(help: "Seed for the generator: the same seed gives the same store.") var seed: UInt64 = 1
  @Flag(help: "Write the Northfield demo authority instead of a synthetic store.") var northfield =
    false

  @Option(
    help: ArgumentHelp(
      "The new store's directory (must not exist, or be empty).", valueName: "path"))
  var out: String

  func validate() throws {
    guard workers >= 1, workers <= 100_000 else {
      throw ValidationError("--workers must be 1 to 100000")
    }
    guard cases >= 0, cases <= 1_000_000 else {
      throw ValidationError("--cases must be 0 to 1000000")
    }
    guard notes >= 0, notes <= 10_000_000 else {
      throw ValidationError("--notes must be 0 to 10000000")
    }
  }

  func run() throws {
    let context = try Context.current()
    let holidays = try BankHolidayList.load(
      from: DemoStore.dataDirectory(in: context) + "/bank-holidays.json")
    var state: Caseload
    if northfield {
      state = NorthfieldDemo.make(today: context.today, bankHolidays: holidays)
    } else {
      state = SyntheticStore.make(
        workers: workers, cases: cases, notes: notes, today: context.today, seed: seed)
      state.settings.bankHolidays = holidays
    }
    try FileStore.create(at: out, with: state)
    Output.line(
      "wrote \(out): \(state.teams.count) teams, \(state.workers.count) workers, "
        + "\(state.cases.count) cases")
  }
}
