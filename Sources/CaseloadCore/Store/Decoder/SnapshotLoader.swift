/// Reading `caseload.json` into a state, and proving it whole.
///
/// `read` makes one pass over the bytes: syntax, encoding, every field of every record,
/// decoding what the board needs and keeping sessions, notes and addenda as their keys. What
/// it cannot see (references between records, repeated ids, values out of range) is left to
/// `problems(of:)`, which may run later, as long as it runs before anything is written. Any
/// problem, however found, is worded from a second pass that reads every record as the file
/// has it, so a message names the record by its place in the file.
enum SnapshotLoader {
  /// A snapshot read cleanly, not yet validated.
  struct Read: Sendable {
    var caseload: Caseload
    var sequence: Int
    var journal: Int
    let bytes: SnapshotBytes
    /// The state holds less than the file, so validating the state alone would not do.
    let lossy: Bool
  }

  /// The state from the bytes, or every problem that keeps it from being read.
  static func read(_ bytes: SnapshotBytes) -> Result<Read, Problems> {
    var builder = CaseloadBuilder(bytes: bytes)
    let header: SnapshotHeader
    do {
      header = try bytes.bytes.withUnsafeBufferPointer { buffer throws(JSONSyntaxError) in
        try SnapshotDecoder.read(buffer, into: &builder)
      }
    } catch {
      return .failure(Problems([syntaxProblem(error, in: bytes)]))
    }
    if let refusal = header.refusal { return .failure(Problems([problem(nil, refusal)])) }
    guard !builder.failed, header.problems.isEmpty, let settings = header.settings,
      let sequence = header.sequence, let journal = header.journal
    else {
      return .failure(
        Problems(collectedProblems(bytes), sequence: header.sequence, journal: header.journal))
    }
    var caseload = builder.finish()
    caseload.settings = settings
    return .success(
      Read(
        caseload: caseload, sequence: sequence, journal: journal, bytes: bytes,
        lossy: builder.lossy))
  }

  /// Every problem validation finds in a snapshot read cleanly: empty when it is whole.
  static func problems(of read: Read) -> [StoreProblem] {
    if !read.lossy {
      let found = SnapshotValidation.problems(
        in: StateSnapshot(caseload: read.caseload, sequence: read.sequence, journal: read.journal))
      if found.isEmpty { return [] }
    }
    return collectedProblems(read.bytes)
  }

  /// The problems that must be known before any arithmetic on the state: numbers out of range
  /// in the header, the settings and the workers. Cheap, so the board can check them before it
  /// draws and leave the rest of validation for later.
  static func numberProblems(of read: Read) -> [StoreProblem] {
    SnapshotValidation.numberProblems(
      caseload: read.caseload, sequence: read.sequence, journal: read.journal)
  }

  /// Reads every record as the file has it and validates the lot, for exact messages.
  static func collectedProblems(_ bytes: SnapshotBytes) -> [StoreProblem] {
    var collector = SnapshotCollector()
    let header: SnapshotHeader
    do {
      header = try bytes.bytes.withUnsafeBufferPointer { buffer throws(JSONSyntaxError) in
        try SnapshotDecoder.read(buffer, into: &collector)
      }
    } catch {
      return [syntaxProblem(error, in: bytes)]
    }
    if let refusal = header.refusal { return [problem(nil, refusal)] }
    collector.take(header)
    return SnapshotValidation.problems(in: collector)
  }

  private static func syntaxProblem(_ error: JSONSyntaxError, in bytes: SnapshotBytes)
    -> StoreProblem
  {
    problem(nil, bytes.bytes.withUnsafeBufferPointer { error.problem(in: $0) })
  }

  private static func problem(_ record: String?, _ text: String) -> StoreProblem {
    StoreProblem(file: StoreLayout.snapshotName, record: record, problem: text)
  }

  /// Problems that kept a snapshot from being read, the first first.
  struct Problems: Error {
    let all: [StoreProblem]
    /// The header's numbers, when the file had them.
    var sequence: Int?
    var journal: Int?

    init(_ all: [StoreProblem], sequence: Int? = nil, journal: Int? = nil) {
      self.all = all
      self.sequence = sequence
      self.journal = journal
    }

    /// The one-line error naming the first, with a count of the rest.
    func error(in directory: String) -> CaseloadError {
      var first = all.first ?? problem(nil, "cannot be read")
      if all.count > 1 { first.problem += " (and \(all.count - 1) more; run: caseload check)" }
      return first.error(in: directory)
    }
  }
}
