import ArgumentParser
import CaseloadCore
import CaseloadPostgres

/// The `--store` / `--demo` options every command that reads a store accepts.
struct StoreOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The store: a directory, or postgres://USER@HOST[:PORT]/DATABASE. Default: $CASELOAD_STORE,"
        + " else $XDG_DATA_HOME/caseload/store.",
      valueName: "path"))
  var store: String?

  @Flag(help: "Use your private copy of the Northfield demo store (made from Data/ when missing).")
  var demo = false

  func validate() throws {
    if demo && store != nil { throw ValidationError("use --store or --demo, not both") }
  }

  /// The store directory this command works on.
  func path(in context: Context) throws -> String {
    if demo { return try DemoStore.ensure(in: context) }
    if let store, !store.isEmpty { return store }
    if let store = context.environment["CASELOAD_STORE"], !store.isEmpty { return store }
    return context.defaultStorePath
  }

  func open(in context: Context, readOnly: Bool = false, listen: Bool = false) throws
    -> any CaseloadStore
  {
    try Self.open(try path(in: context), in: context, readOnly: readOnly, listen: listen)
  }

  /// The store at a folder or a postgres:// address.
  static func open(
    _ place: String, in context: Context, readOnly: Bool, listen: Bool = false,
    validation: StoreValidation = .beforeOpening
  ) throws -> any CaseloadStore {
    if PostgresLocation.isAddress(place) {
      return try PostgresStore.open(
        place, environment: context.environment, readOnly: readOnly, listen: listen,
        validation: validation, user: context.user)
    }
    return try FileStore.open(
      at: place, readOnly: readOnly, user: context.user, clock: context.clock,
      validation: validation)
  }
}
