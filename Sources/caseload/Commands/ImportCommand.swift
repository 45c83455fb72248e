import ArgumentParser
import CaseloadCore

/// `caseload import`: a team's workers and cases from spreadsheet exports, as one change.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Bring in a team's workers and cases from CSV files (all or nothing).",
    discussion: """
      Columns are found by their headers (Social Worker, Job Title, Agency?, FTE, Start Date, \
      Contract End; Mosaic ID, Child's Name, DOB, Sibling Group, Legal Status, Allocated Date, \
      Allocated Worker, Last Seen, and the other names in the README). Any problem refuses the \
      whole import, one line per problem, and nothing is saved. Importing a newer export again \
      updates what changed and adds what is new.
      """)

  @OptionGroup var store: StoreOptions

  @Option(help: ArgumentHelp("The workers file (CSV).", valueName: "file"))
  var workers: String?

  @Option(help: ArgumentHelp("The cases file (CSV).", valueName: "file"))
  var cases: String?

  @Option(
    help: ArgumentHelp(
      "The team the workers and unallocated cases belong to (default: the store's only team).",
      valueName: "team-id"))
  var team: String?

  @Flag(help: "Print what would be added, changed and left alone; save nothing.")
  var dryRun = false

  @Option(
    name: .customLong("map"),
    help: ArgumentHelp(
      "Read a column as a field, such as \"Key worker=worker\" or \"Notes=ignore\" (repeatable).",
      valueName: "column=field"))
  var maps: [String] = []

  func validate() throws {
    if workers == nil && cases == nil {
      throw ValidationError("give --workers FILE, --cases FILE or both")
    }
    for map in maps where !map.contains("=") {
      throw ValidationError("--map '\(map)' must be COLUMN=FIELD")
    }
  }

  func run() throws {
    let context = try Context.current()
    let opened = try store.open(in: context, readOnly: dryRun)
    var mapping: [String: String] = [:]
    for map in maps {
      let parts = map.split(separator: "=", maxSplits: 1)
      mapping[String(parts[0]).trimmingCharacters(in: .whitespaces)] =
        parts.count > 1 ? String(parts[1]).trimmingCharacters(in: .whitespaces) : ""
    }
    var problems: [ImportProblem] = []
    func read(_ path: String?) -> CSVTable? {
      guard let path else { return nil }
      do throws(ImportFailure) {
        return try CSVTable.read(path: path, name: path)
      } catch {
        problems += error.problems
        return nil
      }
    }
    let workerTable = read(workers)
    let caseTable = read(cases)
    let plan: ImportPlan
    do {
      guard problems.isEmpty else { throw ImportFailure(problems) }
      plan = try Importer.plan(
        workers: workerTable, cases: caseTable, into: opened.caseload,
        team: team.map { Team.ID(rawValue: $0) }, map: mapping, today: context.today)
    } catch let failure as ImportFailure {
      for problem in failure.problems { Output.error(problem.description) }
      let count = failure.problems.count
      throw Refusal("import refused: \(count) problem\(count == 1 ? "" : "s"); nothing was saved")
    }
    for line in plan.report { Output.line(line) }
    let files = [workers, cases].compactMap { $0 }.joined(separator: " and ")
    guard !plan.isEmpty else {
      Output.line("nothing to import: the store already holds everything in \(files)")
      return
    }
    if dryRun {
      Output.line("dry run, nothing saved: \(plan.batch.summary)")
      return
    }
    let entry = try opened.commit(.importRecords(plan.batch))
    Output.line("saved as change \(entry.sequence): \(plan.batch.summary)")
  }
}
