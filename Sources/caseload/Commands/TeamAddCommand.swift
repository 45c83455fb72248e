import ArgumentParser
import CaseloadCore

/// `caseload team add ID --name NAME --kind KIND`: a new team.
struct TeamAddCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add", abstract: "Add a team (recorded with your user name and the time).")

  @OptionGroup var store: StoreOptions

  @Argument(help: ArgumentHelp("The team's id, such as cin-cp-2.", valueName: "id"))
  var id: String

  @Option(help: ArgumentHelp("The team's name.", valueName: "name"))
  var name: String

  @Option(
    help: ArgumentHelp(
      "What the team does: front-door, duty-and-assessment, child-in-need-and-protection, "
        + "children-in-care, care-leavers or other (or MASH, CIN/CP, CiC, ...).",
      valueName: "kind"))
  var kind: String

  @Option(
    name: .customLong("manager"),
    help: ArgumentHelp("A manager's OS user name (repeatable; default: you).", valueName: "user"))
  var managers: [String] = []

  func run() throws {
    let context = try Context.current()
    let team = Team(
      id: Team.ID(
        rawValue: try parsed(
          id, "team id",
          { (text) throws(FieldProblem) in
            try RecordField.id(text, "team id")
          })),
      name: try parsed(
        name, "--name",
        { (text) throws(FieldProblem) in
          try RecordField.name(text, "team name")
        }),
      kind: try parsed(kind, "--kind", RecordField.teamKind),
      managers: managers.isEmpty ? [context.user] : managers)
    let opened = try store.open(in: context)
    let entry = try opened.commit(.addTeam(team))
    Output.line(
      "added team \(team.id) (\(team.name), \(team.kind.rawValue)) as change \(entry.sequence)")
  }
}
