import ArgumentParser
import CaseloadCore

/// `caseload holidays import FILE [--region R]`: replaces the store's bank holidays.
struct HolidaysImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Replace the store's bank holidays from a file, as one recorded change.",
    discussion: """
      FILE is either caseload's own list (Data/bank-holidays.json) or GOV.UK's \
      bank-holidays.json exactly as downloaded. Due dates follow at once.
      """)

  @OptionGroup var store: StoreOptions

  @Argument(help: ArgumentHelp("The bank holidays file.", valueName: "file"))
  var file: String

  @Option(
    help: ArgumentHelp(
      "england-and-wales (default), scotland or northern-ireland.", valueName: "region"))
  var region: String?

  func run() throws {
    let context = try Context.current()
    let list = try BankHolidayList.load(from: file, region: region)
    let store = try self.store.open(in: context)
    let current = store.caseload.settings.bankHolidays
    let days = list.days
    guard days != current else {
      Output.line("nothing changed: the store already has these \(days.count) bank holidays")
      return
    }
    let added = Set(days).subtracting(current).count
    let removed = Set(current).subtracting(days).count
    let entry = try store.commit(
      .setBankHolidays(
        HolidayChange(days: Edit(from: current, to: days), source: "\(list.source), \(list.region)")
      ))
    Output.line(
      "saved as change \(entry.sequence): \(days.count) bank holidays for \(list.region) "
        + "(\(added) added, \(removed) removed)")
  }
}
