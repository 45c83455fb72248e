import CaseloadCore

/// Prints a preview's loads and warnings as `reassign` does, and refuses without `--force`
/// when there is anything to confirm.
func confirm(_ preview: ReassignmentPreview, in state: Caseload, force: Bool, what: String) throws {
  for change in preview.loads {
    let name = state.worker(change.worker)?.name ?? change.worker.rawValue
    Output.line(
      "\(name): \(change.before.caseCount) cases \(change.before.percent)% -> "
        + "\(change.after.caseCount) cases \(change.after.percent)%")
  }
  for warning in preview.warnings { Output.error("warning: \(warning.message)") }
  if !force, !preview.warnings.isEmpty {
    let count = preview.warnings.count
    throw Refusal(
      "not \(what): \(count) warning\(count == 1 ? "" : "s") to confirm; run again with --force to go ahead"
    )
  }
}
