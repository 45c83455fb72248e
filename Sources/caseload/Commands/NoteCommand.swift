import ArgumentParser
import CaseloadCore
import Foundation

/// `caseload note --case CASE`: records a manager's oversight note.
struct NoteCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "note",
    abstract: "Record an oversight note on a case (signed with your user name and the time).",
    discussion: "Give --discussion - to read the discussion from standard input.")

  @OptionGroup var store: StoreOptions

  @Option(name: .customLong("case"), help: ArgumentHelp("The case id.", valueName: "case"))
  var caseID: String

  @Option(help: ArgumentHelp("What was discussed ('-' reads standard input).", valueName: "text"))
  var discussion: String

  @Option(help: ArgumentHelp("What was decided.", valueName: "text"))
  var decision: String = ""

  @Option(
    name: .customLong("action"),
    help: ArgumentHelp("An action as OWNER:YYYY-MM-DD:text (repeatable).", valueName: "action"))
  var actions: [ActionOption] = []

  func run() throws {
    let context = try Context.current()
    // Sizes are checked before the store is opened, so an overlong note costs nothing.
    let text = try parsed(
      discussion == "-" ? try readText(limit: 1 << 20) : discussion, "--discussion"
    ) { text throws(FieldProblem) in try RecordField.noteText(text) }
    guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
      throw UsageError("the discussion is empty; say what was discussed")
    }
    _ = try parsed(decision, "--decision") { text throws(FieldProblem) in
      try RecordField.noteText(text, "decision")
    }
    for action in actions {
      _ = try parsed(action.text, "--action") { text throws(FieldProblem) in
        try RecordField.shortText(text, "action")
      }
    }
    let opened = try store.open(in: context)
    let note = OversightNote(
      id: .new("N"),
      note: CaseDiscussion(
        case: Case.ID(rawValue: caseID), discussion: text, decision: decision,
        actions: actions.map { $0.action() }),
      authorship: Authorship(author: context.user, recorded: context.clock()))
    let entry = try opened.commit(.recordNote(note))
    Output.line("saved note \(note.id) on \(caseID) as change \(entry.sequence)")
  }
}
