import CaseloadCore

/// Reads an option's text with the same parser the board's forms and imports use; a value
/// that cannot be read is a usage error (exit 2) that says how to write it.
func parsed<T>(
  _ text: String, _ option: String, _ parse: (String) throws(FieldProblem) -> T
) throws -> T {
  do throws(FieldProblem) { return try parse(text) } catch {
    throw UsageError("\(option): \(error.message)")
  }
}

/// A date option, or `today` when it was not given.
func day(_ text: String?, _ option: String, or today: Day) throws -> Day {
  guard let text else { return today }
  return try parsed(text, option, RecordField.day)
}

/// A reason option, checked the way the store will check it.
func reasonText(_ text: String) throws -> String {
  try parsed(text, "--reason", RecordField.reason)
}

extension Caseload {
  /// The one team of a store, for commands where that is the obvious default.
  var onlyTeam: Team.ID? { teams.count == 1 ? teams.keys.first : nil }

  /// A worker by id, or a refusal naming it.
  func requireWorker(_ id: String) throws -> Worker {
    guard let worker = worker(Worker.ID(rawValue: id)) else {
      throw Refusal("no worker '\(id)'")
    }
    return worker
  }

  /// A case by id, or a refusal naming it.
  func requireCase(_ id: String) throws -> Case {
    guard let child = self.case(Case.ID(rawValue: id)) else { throw Refusal("no case '\(id)'") }
    return child
  }
}
