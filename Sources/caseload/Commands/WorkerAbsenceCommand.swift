import ArgumentParser
import CaseloadCore

/// `caseload worker absence ID --from DATE --to DATE --reason TEXT`: leave, sickness, training.
struct WorkerAbsenceCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "absence", abstract: "Record a worker's absence (inclusive at both ends).")

  @OptionGroup var store: StoreOptions

  @Argument(help: ArgumentHelp("The worker's id.", valueName: "id"))
  var id: String

  @Option(help: ArgumentHelp("The first day away.", valueName: "date"))
  var from: String

  @Option(help: ArgumentHelp("The last day away.", valueName: "date"))
  var to: String

  @Option(help: ArgumentHelp("Why: annual leave, sickness, training ...", valueName: "text"))
  var reason: String

  func run() throws {
    let context = try Context.current()
    let absence = Worker.Absence(
      from: try day(from, "--from", or: context.today), to: try day(to, "--to", or: context.today),
      reason: try reasonText(reason))
    let opened = try store.open(in: context)
    let worker = try opened.caseload.requireWorker(id)
    let entry = try opened.commit(
      .recordAbsence(AbsenceRecord(worker: worker.id, absence: absence, recordedOn: context.today)))
    Output.line(
      "recorded \(worker.name) away from \(absence.from) to \(absence.to) as change \(entry.sequence)"
    )
  }
}
