import Foundation
import SystemPackage

extension FileStore {
  /// Validates the store's files without opening it for writing; returns EVERY problem found
  /// (empty = fine). Never writes.
  public static func check(at path: String) -> [StoreProblem] {
    check(at: path, limits: .standard)
  }

  /// As `check(at:)`, with other size limits, and journal segments read through `io`.
  public static func check(at path: String, limits: StoreLimits, io: StoreIO = .system)
    -> [StoreProblem]
  {
    checked(at: path, limits: limits, io: io).problems
  }

  /// Every problem, and when there are none the counts `caseload check` reports, from one
  /// reading of the store.
  public static func checked(
    at path: String, limits: StoreLimits = .standard, io: StoreIO = .system
  ) -> CheckResult {
    var check = StoreCheck(layout: StoreLayout(path: path), limits: limits, io: io)
    check.run()
    guard check.problems.isEmpty, let state = check.state else {
      return CheckResult(problems: check.problems, counts: nil)
    }
    let caseload = state.caseload
    return CheckResult(
      problems: [],
      counts: CheckResult.Counts(
        teams: caseload.teams.count, workers: caseload.workers.count,
        cases: caseload.cases.count, changes: state.sequence))
  }

  /// What checking a store found.
  public struct CheckResult: Sendable {
    public struct Counts: Sendable {
      public var teams: Int
      public var workers: Int
      public var cases: Int
      /// The number of the last change.
      public var changes: Int
    }

    public var problems: [StoreProblem]
    /// The whole store's counts, when it has no problem.
    public var counts: Counts?
  }
}

/// Goes through every file of a store, carrying on past problems to report them all.
private struct StoreCheck {
  let layout: StoreLayout
  let limits: StoreLimits
  let io: StoreIO
  var problems: [StoreProblem] = []
  /// The state after the whole journal, when every line replayed.
  var state: ReplayState?
  /// Files that are links or the wrong kind of file: reported, and never opened.
  var unreadable: Set<String> = []

  init(layout: StoreLayout, limits: StoreLimits, io: StoreIO) {
    self.layout = layout
    self.limits = limits
    self.io = io
  }

  private mutating func report(_ file: String, _ problem: String) {
    problems.append(StoreProblem(file: file, record: nil, problem: problem))
  }

  private mutating func report(_ file: String, line: Int, _ problem: String) {
    problems.append(StoreProblem(file: file, record: "line \(line)", problem: problem))
  }

  mutating func run() {
    do throws(Errno) {
      let status = try FileStatus.of(layout.directory, following: true)
      guard status.isDirectory else { return report(layout.display, "is not a store directory") }
    } catch {
      return report(layout.display, error == .noSuchFileOrDirectory ? "does not exist" : "\(error)")
    }
    do throws(Errno) {
      let findings = try layout.permissionFindings()
      problems += findings.map(\.storeProblem)
      unreadable = Set(findings.filter(\.forbidsReading).map(\.file))
    } catch {
      return report(layout.display, problemText(StoreErrors.reading("", error, in: layout)))
    }
    let snapshot =
      unreadable.contains(StoreLayout.snapshotName) ? (nil, nil, nil) : readSnapshot()
    if !unreadable.contains(StoreLayout.journalName) { checkJournal(after: snapshot) }
  }

  /// The snapshot's state, when it is sound enough to replay the journal onto.
  private mutating func readSnapshot() -> (state: ReplayState?, sequence: Int?, journal: Int?) {
    let file = StoreLayout.snapshotName
    let bytes: SnapshotBytes
    do {
      bytes = try FileStore.readSnapshot(layout, limit: limits.snapshotBytes)
    } catch {
      report(file, problemText(error))
      return (nil, nil, nil)
    }
    let state: ReplayState?
    let (sequence, journal): (Int?, Int?)
    switch SnapshotLoader.read(bytes) {
    case .failure(let found):
      problems += found.all
      state = nil
      (sequence, journal) = (found.sequence, found.journal)
    case .success(let read):
      let found = SnapshotLoader.problems(of: read)
      problems += found
      state = found.isEmpty ? ReplayState(caseload: read.caseload, sequence: read.sequence) : nil
      (sequence, journal) = (read.sequence, read.journal)
    }
    // A number out of range was reported above; comparing or counting with it would mislead.
    return (
      state, sequence.flatMap { (0...StoreNumbers.lastSequence).contains($0) ? $0 : nil },
      journal.flatMap { StoreNumbers.segmentNumbers.contains($0) ? $0 : nil }
    )
  }

  /// Every segment: each line decodes and follows the one before; from the segment the
  /// snapshot names, each also replays onto the snapshot's state.
  private mutating func checkJournal(
    after snapshot: (state: ReplayState?, sequence: Int?, journal: Int?)
  ) {
    let numbers: [Int]
    do throws(Errno) { numbers = try StoreFiles.segmentNumbers(in: layout) } catch {
      return report(
        StoreLayout.journalName, error == .noSuchFileOrDirectory ? "is missing" : "\(error)")
    }
    if let journal = snapshot.journal, !numbers.contains(journal) {
      report(
        StoreLayout.segmentFile(journal),
        "is missing, but caseload.json continues into it; restore it from a backup")
    }
    let reader = JournalReader(
      layout: layout, writable: false, io: io, limits: limits, modes: .owner)
    // Replayed in place: copying the state per line would cost the whole store each time.
    var state = snapshot.state ?? ReplayState(caseload: Caseload(), sequence: 0)
    var replaying = snapshot.state != nil
    var previous: Int?
    var previousNumber: Int?
    for number in numbers {
      let file = StoreLayout.segmentFile(number)
      if let journal = snapshot.journal, number >= journal {
        if number == journal {
          if let previous, let sequence = snapshot.sequence, previous != sequence {
            report(
              file,
              "caseload.json continues from change \(sequence), but the journal before it ends at \(previous)"
            )
          }
          previous = snapshot.sequence
          replaying = snapshot.state != nil
        } else if let before = previousNumber, before != number - 1 {
          report(
            file,
            "comes after the missing \(StoreLayout.segmentName(before + 1)); restore the journal from a backup"
          )
        }
      }
      previousNumber = number
      if unreadable.contains(file) { continue }
      do {
        guard let fd = try reader.openSegment(number) else { continue }
        defer { try? fd.close() }
        var cursor = SegmentCursor(number: number, fd: fd)
        let inForce = snapshot.journal.map { number >= $0 } ?? false
        try reader.forEachLine(&cursor) { line, lineNumber in
          let entry: JournalEntry
          switch JournalReader.decode(line) {
          case .success(let decoded): entry = decoded
          case .failure(let problem):
            report(file, line: lineNumber, problem.text)
            previous = nil
            replaying = false
            return
          }
          if let before = previous,
            let problem = JournalReader.sequenceProblem(entry.sequence, after: before)
          {
            report(file, line: lineNumber, problem)
            replaying = false
          }
          previous = entry.sequence
          guard inForce, replaying else { return }
          do {
            try state.caseload.apply(entry)
            state.sequence = entry.sequence
          } catch {
            problems.append(
              StoreProblem(
                file: file, record: "line \(lineNumber) (sequence \(entry.sequence))",
                problem: "cannot be replayed: \(error)"))
            replaying = false
          }
        }
      } catch let failure as JournalReader.LineFailure {
        report(
          file, problemText(failure.error(file: file, limit: limits.journalLineBytes, in: layout)))
      } catch {
        report(file, problemText(error))
      }
    }
    if replaying, snapshot.state != nil { self.state = state }
  }

  /// An error's message without the file name the problem already carries.
  private func problemText(_ error: any Error) -> String {
    switch error as? CaseloadError {
    case .invalidStore(_, let record, let problem)?:
      return (record.map { "\($0): " } ?? "") + problem
    case .permissions(_, let problem, let fix)?: return "\(problem); \(fix)"
    case .io(_, let operation, let reason)?: return "could not \(operation): \(reason)"
    case let other?: return other.description
    case nil: return "\(error)"
    }
  }
}
