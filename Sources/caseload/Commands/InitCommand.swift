import ArgumentParser
import CaseloadCore
import CaseloadPostgres
import Foundation

/// `caseload init PATH`: a new, empty store with safe permissions.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Create a new, empty store (owner-only, or group-shared when the folder is setgid).")

  @Argument(
    help: ArgumentHelp(
      "The store directory to create, or postgres://USER@HOST[:PORT]/DATABASE for a store in an"
        + " existing PostgreSQL database.", valueName: "path"))
  var path: String

  @Option(
    help: ArgumentHelp(
      "Bank holidays to use (JSON as in Data/bank-holidays.json). Default: the repository's list.",
      valueName: "file"))
  var bankHolidays: String?

  func run() throws {
    let context = try Context.current()
    var settings = Settings.defaults
    let holidaysFile =
      try bankHolidays ?? (DemoStore.dataDirectory(in: context) + "/bank-holidays.json")
    settings.bankHolidays = try BankHolidayList.load(from: holidaysFile)
    if PostgresLocation.isAddress(path) {
      try PostgresStore.create(
        path, environment: context.environment, with: Caseload(settings: settings))
    } else {
      try FileStore.create(at: path, with: Caseload(settings: settings))
    }
    Output.line(
      "created an empty store at \(path) (\(settings.bankHolidays.count) bank holidays)"
    )
  }
}
