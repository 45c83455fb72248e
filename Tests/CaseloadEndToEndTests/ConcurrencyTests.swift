import CaseloadCore
import Foundation
import Testing

/// Several managers at once, as processes: four writers make 250 changes each, moves and
/// notes on the same five cases, while the store is compacted every 0.3 seconds and a reader
/// opens and refreshes it in a loop. Every saved change must be there once, the store valid,
/// every case's allocation history continuous, and every state the reader saw exactly the
/// state after some number of whole changes: never a torn one.
@Suite("concurrency: four writers, compaction and a reader on one store")
struct ConcurrencyTests {
  /// What a reader saw: a change number and what the writers' changes had done by then.
  struct Seen {
    var sequence: Int
    var notes: Set<String>
    var workers: [String: String]
  }

  static let cases = ["C100000", "C100001", "C100002", "C100003", "C100004"]

  private static func seen(_ store: any CaseloadStore) -> Seen {
    Seen(
      sequence: store.sequence,
      notes: Set(store.caseload.notes.map(\.id.rawValue).filter { $0.hasPrefix("N-w") }),
      workers: Dictionary(
        uniqueKeysWithValues: cases.map {
          ($0, store.caseload.case(Case.ID(rawValue: $0))?.worker?.rawValue ?? "-")
        }))
  }

  @Test(
    "4 processes x 250 moves and notes on overlapping cases, compacted as they go",
    arguments: Backend.all)
  func storm(_ backend: Backend) throws {
    let home = try TemporaryDirectory()
    let cli = CLI(home: home.path, extra: Backend.environment)
    let path = try backend.store(
      from: Proof.generated(in: home, cli: cli, workers: 4, cases: 12, notes: 10), cli: cli)
    let start = try Backend.open(path, readOnly: true, user: "t")
    let first = Self.seen(start)
    let perWriter = 250 * Proof.scale
    let writers = try (1...4).map { number in
      try Child(
        [
          CLI.binary, "commit-loop", "--store", path, "--changes", "\(perWriter)", "--kinds",
          "reassign,note", "--cases", Self.cases.joined(separator: ","), "--writer", "w\(number)",
          "--seed", "\(Proof.seed &+ UInt64(number))",
        ], environment: cli.environment)
    }

    var observed: [Seen] = []
    var failures: [String] = []
    var compactions = 0
    var lastCompaction = Date.distantPast
    let deadline = Date().addingTimeInterval(300)
    while !writers.allSatisfy(\.hasExited), Date() < deadline {
      do {
        let reader = try Backend.open(path, readOnly: true, user: "reader")
        observed.append(Self.seen(reader))
        _ = try start.refresh()
        observed.append(Self.seen(start))
      } catch {
        failures.append("\(error)")
      }
      if Date().timeIntervalSince(lastCompaction) > 0.3 {
        let compacted = try cli.run(["compact", "--store", path])
        if compacted.status == 0 { compactions += 1 } else { failures.append(compacted.stderr) }
        lastCompaction = Date()
      }
    }
    for writer in writers {
      #expect(try writer.wait(timeout: 60) == 0, "\(writer.errors)")
    }

    let lines = writers.flatMap(\.lines)
    let saved = Reported.all(in: lines)
    #expect(failures == [], "the reader or the compactor failed")
    #expect(compactions >= 2, "compaction did not run during the storm")
    #expect(lines.count == 4 * perWriter, "every change was saved or refused")
    #expect(lines.allSatisfy { $0.hasPrefix("saved ") || $0.contains("was moved by someone else") })
    #expect(Set(saved.map(\.kind)) == ["reassign", "note"])
    let (problems, sequence) = StoreAudit.audit(at: path, reported: saved)
    #expect(problems == [])
    #expect(sequence == first.sequence + saved.count, "a change was saved but not reported")

    // Every state seen is the state after its first `sequence` changes.
    let store = try Backend.open(path, readOnly: true, user: "t")
    let history = try store.changes(since: first.sequence)
    var expected = first
    var index = history.startIndex
    for seen in observed.sorted(by: { $0.sequence < $1.sequence }) {
      while index < history.endIndex, history[index].sequence <= seen.sequence {
        switch history[index].change {
        case .recordNote(let note): expected.notes.insert(note.id.rawValue)
        case .reassign(let move):
          for step in move.moves { expected.workers[step.case.rawValue] = step.to?.rawValue ?? "-" }
        default: break
        }
        index += 1
      }
      expected.sequence = seen.sequence
      #expect(seen.notes == expected.notes, "notes at change \(seen.sequence)")
      #expect(seen.workers == expected.workers, "case workers at change \(seen.sequence)")
      if seen.notes != expected.notes || seen.workers != expected.workers { break }
    }
    #expect(observed.count > 10, "the reader hardly ran")
    let check = try cli.run(["check", "--store", path])
    #expect(check.status == 0, "\(check.stdout)")
  }
}
