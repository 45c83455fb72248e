import Foundation

/// The snapshot format as text, for a backend other than the file store (PostgreSQL keeps the
/// same JSON in a table), so a snapshot reads and is validated the same wherever it lives.
public enum SnapshotText {
  /// The JSON text of a snapshot of `caseload` after change `sequence`, as `caseload.json`
  /// has it.
  public static func encode(_ caseload: Caseload, sequence: Int) throws -> [UInt8] {
    var bytes: [UInt8] = []
    try SnapshotCodec.encode(caseload, sequence: sequence, journal: 1) { bytes += $0 }
    return bytes
  }

  /// The state and change number a snapshot holds, checked as `caseload check` checks
  /// `caseload.json`; throws the first problem, naming `name` as the file.
  public static func decode(_ bytes: Data, name: String) throws -> (
    caseload: Caseload, sequence: Int
  ) {
    let (decoded, problems) = SnapshotCodec.decode(bytes)
    if let first = problems.first {
      var problem = first
      if problems.count > 1 { problem.problem += " (and \(problems.count - 1) more)" }
      throw CaseloadError.invalidStore(file: name, record: problem.record, problem: problem.problem)
    }
    guard let decoded, let caseload = decoded.makeCaseload(), let sequence = decoded.sequence
    else {
      throw CaseloadError.invalidStore(file: name, record: nil, problem: "cannot be read")
    }
    return (caseload, sequence)
  }

  /// One journal line's JSON for an entry, as the file store writes it.
  public static func encode(_ change: Change) throws -> String {
    String(decoding: try SnapshotCodec.makeEncoder().encode(change), as: UTF8.self)
  }

  /// A change from its JSON, refused in one line naming `name` and `record` when it is bad.
  public static func decodeChange(_ text: String, name: String, record: String) throws -> Change {
    let bytes = Array(text.utf8)
    let change: Change
    do {
      change = try JSONDecoder().decode(Change.self, from: Data(bytes))
    } catch {
      let (_, problem) = JSONProblem.describe(error, in: Data(text.utf8))
      throw CaseloadError.invalidStore(file: name, record: record, problem: problem)
    }
    // As strict as a journal line: a key given twice or unknown to this version is refused.
    if let problem = JournalReader.fieldProblem(bytes[...], change) {
      throw CaseloadError.invalidStore(
        file: name, record: record, problem: StoreProblem.oneLine(problem))
    }
    return change
  }
}
