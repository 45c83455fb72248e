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

  /// The state and change number a snapshot holds, read as `caseload.json` is: syntax,
  /// encoding, every field and the numbers the rules compute with are checked before this
  /// returns; the records are proved whole (ids, references, ranges) before it returns with
  /// `.beforeOpening`, or on a background thread with `.afterOpening`, whose proof it returns
  /// (nothing may be written before that proof has passed). A problem names `name` as the file.
  public static func read(
    _ bytes: [UInt8], name: String, validation: StoreValidation = .beforeOpening
  ) throws -> (caseload: Caseload, sequence: Int, proof: BackgroundValidation?) {
    @Sendable func failure(_ problems: [StoreProblem]) -> CaseloadError {
      guard var first = problems.first else {
        return .invalidStore(file: name, record: nil, problem: "cannot be read")
      }
      if problems.count > 1 { first.problem += " (and \(problems.count - 1) more)" }
      return .invalidStore(file: name, record: first.record, problem: first.problem)
    }
    let read: SnapshotLoader.Read
    switch SnapshotLoader.read(SnapshotBytes(bytes)) {
    case .failure(let problems): throw failure(problems.all)
    case .success(let snapshot): read = snapshot
    }
    if validation == .afterOpening && SnapshotLoader.numberProblems(of: read).isEmpty {
      return (read.caseload, read.sequence, BackgroundValidation(read, failure: failure))
    }
    let problems = SnapshotLoader.problems(of: read)
    if !problems.isEmpty { throw failure(problems) }
    return (read.caseload, read.sequence, nil)
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
