import ArgumentParser
import CaseloadCore

/// `caseload case add ID --child NAME --born DATE --category CAT --reason TEXT`: a referral.
struct CaseAddCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract: "Add a case (a referral arriving), unallocated in a team's queue or to a worker.",
    discussion: """
      With --worker the case goes through the same rules as reassign: loads before and after \
      and every warning are printed, and a warning refuses it unless --force is given.
      """)

  @OptionGroup var store: StoreOptions

  @Argument(help: ArgumentHelp("The child's id, such as C102938.", valueName: "id"))
  var id: String

  @Option(help: ArgumentHelp("The child's name.", valueName: "name"))
  var child: String

  @Option(
    help: ArgumentHelp("Date of birth (01/12/2015, 1 Dec 2015, 2015-12-01).", valueName: "date"))
  var born: String

  @Option(
    help: ArgumentHelp("CIN, CP, CLA, care leaver, PLO or assessment.", valueName: "category"))
  var category: String

  @Option(help: ArgumentHelp("Why the case is opened (the referral).", valueName: "text"))
  var reason: String

  @Option(help: ArgumentHelp("The family id siblings share.", valueName: "id"))
  var family: String?

  @Option(help: ArgumentHelp("The day it opened (default today).", valueName: "date"))
  var opened: String?

  @Option(help: ArgumentHelp("Give it to this worker now.", valueName: "worker"))
  var worker: String?

  @Option(
    help: ArgumentHelp(
      "The team whose queue it waits in (default: the worker's team, else the only team).",
      valueName: "team-id"))
  var team: String?

  @Flag(help: "Go ahead past warnings that the board would ask you to confirm.")
  var force = false

  func run() throws {
    let context = try Context.current()
    let store = try self.store.open(in: context)
    let state = store.caseload
    var child = Case(
      id: Case.ID(
        rawValue: try parsed(
          id, "case id",
          { (text) throws(FieldProblem) in
            try RecordField.id(text, "case id")
          })),
      childName: try parsed(
        child, "--child",
        { (text) throws(FieldProblem) in
          try RecordField.name(text, "child's name")
        }),
      birthDate: try parsed(born, "--born", RecordField.day),
      family: try family.map {
        Case.FamilyID(
          rawValue: try parsed(
            $0, "--family",
            { (text) throws(FieldProblem) in
              try RecordField.id(text, "family id")
            }))
      },
      category: try parsed(category, "--category", RecordField.category),
      opened: try day(opened, "--opened", or: context.today))
    let why = try reasonText(reason)
    if let worker {
      let holder = try state.requireWorker(worker)
      child.worker = holder.id
      child.team = holder.team
      try confirm(
        try state.previewNewCase(child, to: holder.id, today: context.today), in: state,
        force: force, what: "added")
    } else {
      guard let queue = team.map({ Team.ID(rawValue: $0) }) ?? state.onlyTeam else {
        throw UsageError("give --team for the queue the case waits in, or --worker")
      }
      child.team = queue
    }
    let entry = try store.commit(
      .addCase(NewCase(case: child, reason: why, recordedOn: context.today)))
    let place =
      child.worker.map { "with \($0)" } ?? "waiting in \(child.team?.rawValue ?? "")'s queue"
    Output.line(
      "added case \(child.id) (\(child.category.label)) \(place) as change \(entry.sequence)")
  }
}
