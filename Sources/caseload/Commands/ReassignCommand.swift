import ArgumentParser
import CaseloadCore

/// `caseload reassign CASE... --to WORKER --reason TEXT`: the TUI's reassignment rules, scripted.
struct ReassignCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reassign",
    abstract: "Move cases to a worker (siblings held by the same worker go too).",
    discussion: """
      Prints both workers' loads before and after and every warning. A warning that the board \
      would ask you to confirm (third social worker in 12 months, target absent or leaving, ASYE \
      given a child protection or court case, over capacity, leaving a protected case \
      unallocated) refuses the move unless --force is given.
      """)

  @OptionGroup var store: StoreOptions

  @Argument(help: ArgumentHelp("Case ids, such as C102938.", valueName: "case"))
  var cases: [String]

  @Option(help: ArgumentHelp("The worker id to move the cases to.", valueName: "worker"))
  var to: String?

  @Flag(help: "Leave the cases unallocated instead of naming a worker.")
  var unallocate = false

  @Option(
    help: ArgumentHelp(
      "Why the cases move (recorded in the allocation history).", valueName: "text"))
  var reason: String

  @Flag(help: "Go ahead past warnings that the board would ask you to confirm.")
  var force = false

  @Flag(help: "Do not move siblings held by the same worker along with the cases.")
  var noSiblings = false

  func validate() throws {
    if cases.isEmpty { throw ValidationError("name at least one case") }
    if (to == nil) == !unallocate {
      throw ValidationError("give exactly one of --to WORKER or --unallocate")
    }
    if reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      throw ValidationError("--reason must say why the cases move")
    }
    _ = try parsed(reason, "--reason") { text throws(FieldProblem) in
      try RecordField.shortText(text, "reason")
    }
  }

  func run() throws {
    let context = try Context.current()
    let opened = try store.open(in: context)
    let state = opened.caseload
    let target = to.map { Worker.ID(rawValue: $0) }
    let preview = try state.previewReassignment(
      of: cases.map { Case.ID(rawValue: $0) }, to: target, today: context.today,
      includeSiblings: !noSiblings)

    for change in preview.loads {
      let name = state.worker(change.worker)?.name ?? change.worker.rawValue
      Output.line(
        "\(name): \(change.before.caseCount) cases \(change.before.percent)% -> "
          + "\(change.after.caseCount) cases \(change.after.percent)%")
    }
    let added = preview.moves.map(\.case).filter { !cases.contains($0.rawValue) }
    if !added.isEmpty {
      Output.line("siblings moving too: \(added.map(\.rawValue).joined(separator: ", "))")
    }
    for warning in preview.warnings {
      Output.error("warning: \(warning.message)")
    }
    if !force, !preview.warnings.isEmpty {
      throw Refusal(
        "not moved: \(preview.warnings.count) warning\(preview.warnings.count == 1 ? "" : "s") "
          + "to confirm; run again with --force to go ahead")
    }
    let change = state.reassignment(from: preview, reason: reason, today: context.today)
    let entry = try opened.commit(.reassign(change))
    Output.line(
      "saved as change \(entry.sequence): \(change.moves.count) case\(change.moves.count == 1 ? "" : "s") moved"
    )
  }
}
