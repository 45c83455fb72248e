import ArgumentParser
import CaseloadCore

/// The `--store` / `--demo` options every command that reads a store accepts.
struct StoreOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The store directory. Default: $CASELOAD_STORE, else $XDG_DATA_HOME/caseload/store.",
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

  func open(in context: Context, readOnly: Bool = false) throws -> FileStore {
    try FileStore.open(
      at: try path(in: context), readOnly: readOnly, user: context.user, clock: context.clock)
  }
}
