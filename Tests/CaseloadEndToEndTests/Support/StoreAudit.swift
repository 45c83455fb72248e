import CaseloadCore
import Foundation

/// A change a `caseload commit-loop` process reported saved: `saved SEQ KIND ID...`.
struct Reported: Hashable, Sendable {
  let sequence: Int
  let kind: String
  /// The note or session id, or for a move its unique reason.
  let id: String
  /// The case a move moved.
  let caseID: String?

  init?(_ line: String) {
    let words = line.split(separator: " ").map(String.init)
    guard words.count >= 4, words[0] == "saved", let sequence = Int(words[1]) else { return nil }
    self.sequence = sequence
    kind = words[2]
    if kind == "reassign", words.count >= 5 {
      caseID = words[3]
      id = words[4]
    } else {
      caseID = nil
      id = words[3]
    }
  }

  static func all(in lines: [String]) -> [Reported] { lines.compactMap(Reported.init) }
}

/// What must hold of a store after any crash: it checks clean, opens for writing, its changes
/// are numbered without gaps, and every change reported saved is in it exactly once.
enum StoreAudit {
  static let clock: @Sendable () -> Timestamp = { Timestamp(seconds: 1_795_442_700) }

  /// Every way the store (a folder or a postgres:// address) falls short, in words (empty
  /// when it is whole), and its last change number. Opens it for writing, as the next manager
  /// would, which tidies what a crash left.
  static func audit(at place: String, reported: [Reported]) -> (problems: [String], sequence: Int) {
    var problems = Backend.problems(at: place).map { "check: \($0)" }
    let store: any CaseloadStore
    do {
      store = try Backend.open(place, user: "auditor")
    } catch {
      return (problems + ["open: \(error)"], -1)
    }
    let history: [JournalEntry]
    do { history = try store.changes(since: 0) } catch {
      return (problems + ["log: \(error)"], store.sequence)
    }
    let numbers = history.map(\.sequence)
    if let first = numbers.first, numbers != Array(first...(first + numbers.count - 1)) {
      problems.append("the journal's change numbers have gaps or repeats")
    }
    if numbers.last.map({ $0 != store.sequence }) ?? false {
      problems.append("the journal ends at \(numbers.last ?? 0) but the store at \(store.sequence)")
    }
    let bySequence = Dictionary(history.map { ($0.sequence, $0) }) { first, _ in first }
    let caseload = store.caseload
    var noteCounts: [String: Int] = [:]
    for note in caseload.notes { noteCounts[note.id.rawValue, default: 0] += 1 }
    var sessionCounts: [String: Int] = [:]
    for session in caseload.sessions { sessionCounts[session.id.rawValue, default: 0] += 1 }
    problems += noteCounts.filter { $0.value > 1 }.map {
      "note \($0.key) is there \($0.value) times"
    }
    problems += sessionCounts.filter { $0.value > 1 }.map {
      "session \($0.key) is there \($0.value) times"
    }
    for change in reported {
      guard let entry = bySequence[change.sequence] else {
        problems.append(
          "change \(change.sequence) (\(change.kind) \(change.id)) was reported saved but is missing"
        )
        continue
      }
      if !matches(entry.change, change) {
        problems.append("change \(change.sequence) is not the \(change.kind) \(change.id) reported")
      }
      switch change.kind {
      case "note" where noteCounts[change.id] != 1:
        problems.append("note \(change.id) is there \(noteCounts[change.id] ?? 0) times")
      case "supervise" where sessionCounts[change.id] != 1:
        problems.append("session \(change.id) is there \(sessionCounts[change.id] ?? 0) times")
      case "reassign":
        let id = Case.ID(rawValue: change.caseID ?? "")
        let count = caseload.history(of: id).count { $0.reason == change.id }
        if count != 1 { problems.append("move \(change.id) is in the history \(count) times") }
      default: break
      }
    }
    return (problems + allocationProblems(caseload), store.sequence)
  }

  /// Each case's allocations follow on from each other, and the last is its worker.
  static func allocationProblems(_ caseload: Caseload) -> [String] {
    var problems: [String] = []
    for (id, child) in caseload.cases {
      let history = caseload.history(of: id)
      guard let last = history.last else { continue }
      for (before, after) in zip(history, history.dropFirst())
      where before.to != after.from || before.to == nil {
        problems.append(
          "\(id): an allocation from \(before.from) does not end where the next starts")
      }
      if child.closed == nil, last.to != nil || last.worker != child.worker {
        problems.append("\(id): the last allocation is not the case's worker")
      }
    }
    return problems
  }

  private static func matches(_ change: Change, _ reported: Reported) -> Bool {
    switch (change, reported.kind) {
    case (.recordNote(let note), "note"): return note.id.rawValue == reported.id
    case (.recordSession(let session), "supervise"): return session.id.rawValue == reported.id
    case (.reassign(let move), "reassign"):
      return move.reason == reported.id && move.moves.map(\.case.rawValue) == [reported.caseID]
    default: return false
    }
  }
}
