import ArgumentParser
import CaseloadCore

/// `caseload holidays`: the bank holidays working-day timescales skip.
struct HolidaysCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "holidays",
    abstract: "List the store's bank holidays, or import a new list.",
    subcommands: [HolidaysListCommand.self, HolidaysImportCommand.self],
    defaultSubcommand: HolidaysListCommand.self)
}

/// `caseload holidays [list]`: every bank holiday in the store.
struct HolidaysListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List the store's bank holidays (the default).")

  @OptionGroup var store: StoreOptions

  func run() throws {
    let context = try Context.current()
    let days = try store.open(in: context, readOnly: true).caseload.settings.bankHolidays
    guard let first = days.first, let last = days.last else {
      Output.line("no bank holidays in the store; add them with caseload holidays import FILE")
      return
    }
    Output.line("\(days.count) bank holidays, \(first) to \(last):")
    let names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    for day in days { Output.line("\(day) \(names[day.weekday - 1])") }
  }
}
