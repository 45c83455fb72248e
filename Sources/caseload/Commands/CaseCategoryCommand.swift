import ArgumentParser
import CaseloadCore

/// `caseload case category ID --to CAT --reason TEXT`: a plan starting or ending.
struct CaseCategoryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "category", abstract: "Change a case's category (CIN, CP, CLA, PLO, ...).")

  @OptionGroup var store: StoreOptions

  @Argument(help: ArgumentHelp("The case id.", valueName: "id"))
  var id: String

  @Option(help: ArgumentHelp("The new category.", valueName: "category"))
  var to: String

  @Option(help: ArgumentHelp("Why, such as the conference's decision.", valueName: "text"))
  var reason: String

  func run() throws {
    let context = try Context.current()
    let category = try parsed(to, "--to", RecordField.category)
    let why = try reasonText(reason)
    let store = try self.store.open(in: context)
    let child = try store.caseload.requireCase(id)
    let entry = try store.commit(
      .changeCategory(
        CategoryChange(
          case: child.id, category: Edit(from: child.category, to: category), reason: why,
          recordedOn: context.today)))
    Output.line(
      "changed \(child.id) from \(child.category.label) to \(category.label) as change \(entry.sequence)"
    )
  }
}
