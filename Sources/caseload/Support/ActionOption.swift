import ArgumentParser
import CaseloadCore

/// An action given on the command line as `OWNER:DUE:text`, e.g. `W012:2026-12-01:Book a core group`.
struct ActionOption: ExpressibleByArgument {
  var owner: Worker.ID
  var due: Day
  var text: String

  init?(argument: String) {
    let parts = argument.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
    guard parts.count == 3, !parts[0].isEmpty, let due = Day(iso: parts[1]),
      !parts[2].trimmingCharacters(in: .whitespaces).isEmpty
    else { return nil }
    owner = Worker.ID(rawValue: String(parts[0]))
    self.due = due
    text = String(parts[2])
  }

  func action() -> Action { Action(id: .new("A"), text: text, owner: owner, due: due) }
}
