import ArgumentParser
import CaseloadCore
import CaseloadPostgres

/// `caseload migrate --from PATH --to postgres://...`: a JSON-file store, with its whole
/// history, into PostgreSQL.
struct MigrateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "migrate",
    abstract: "Copy a JSON-file store with its whole history into PostgreSQL.",
    discussion: """
      Every change keeps its number, author and time. The database must hold no store yet, \
      or one that 'caseload init postgres://...' has just made with nothing saved to it. \
      Nobody can save to the file store while it is copied; afterwards, point everyone's \
      CASELOAD_STORE at the new address.
      """)

  @Option(help: ArgumentHelp("The JSON-file store to copy.", valueName: "path"))
  var from: String

  @Option(
    help: ArgumentHelp(
      "The PostgreSQL store: postgres://USER@HOST[:PORT]/DATABASE.", valueName: "address"))
  var to: String

  func validate() throws {
    guard PostgresLocation.isAddress(to) else {
      throw ValidationError("--to must be a postgres:// address")
    }
    guard !PostgresLocation.isAddress(from) else {
      throw ValidationError("--from must be a JSON-file store's folder")
    }
  }

  func run() throws {
    let context = try Context.current()
    // Writable only to hold its lock: a manager's change saved to the old store during the
    // copy would be missing from the new one.
    let source = try FileStore.open(
      at: from, user: context.user, clock: context.clock)
    try source.withoutOtherWriters {
      try PostgresStore.migrate(from: source, to: to, environment: context.environment)
    }
    let copy = try StoreOptions.open(to, in: context, readOnly: true)
    Output.line(
      "copied \(from) to \(copy.location): \(copy.caseload.teams.count) teams,"
        + " \(copy.caseload.workers.count) workers, \(copy.caseload.cases.count) cases,"
        + " changes up to \(copy.sequence)")
  }
}

/// `caseload export --from postgres://... --to PATH`: a PostgreSQL store written back as a
/// JSON-file store a person can read, diff and back up.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write a PostgreSQL store out as a JSON-file store, with its whole history.")

  @Option(
    help: ArgumentHelp(
      "The PostgreSQL store: postgres://USER@HOST[:PORT]/DATABASE.", valueName: "address"))
  var from: String

  @Option(help: ArgumentHelp("A new folder for the JSON-file store.", valueName: "path"))
  var to: String

  func validate() throws {
    guard PostgresLocation.isAddress(from) else {
      throw ValidationError("--from must be a postgres:// address")
    }
    guard !PostgresLocation.isAddress(to) else {
      throw ValidationError("--to must be a folder for the JSON-file store")
    }
  }

  func run() throws {
    let context = try Context.current()
    let source = try PostgresStore.open(
      from, environment: context.environment, readOnly: true, user: context.user)
    try source.export(to: to)
    Output.line("exported \(source.location) to \(to): changes up to \(source.sequence)")
  }
}
