import Benchmark
import CaseloadCore
import Foundation

/// A store open for writing (a private copy, or a database), and the cases and workers the
/// commits move between.
final class CommitSession {
  let store: any CaseloadStore
  let cases: [Case.ID]
  let workers: (Worker.ID, Worker.ID)
  var next = 0

  /// With `syncing` false the store's fdatasync does nothing, leaving the part of a commit
  /// that must not grow with the store, without the disk's own variation.
  convenience init(_ store: BenchStore, syncing: Bool) throws {
    let path = BenchStores.copy(of: store)
    var io = StoreIO.system
    if !syncing { io.sync = { _, _ in } }
    try self.init(
      FileStore.open(at: path, user: SystemUser.current, clock: { Timestamp(Date()) }, io: io))
  }

  init(_ store: any CaseloadStore) throws {
    self.store = store
    let caseload = store.caseload
    guard let team = caseload.teams.keys.first else { throw CaseloadError.notFound("no team") }
    let members = caseload.workers(in: team).map(\.id)
    let held = members.flatMap { caseload.cases(of: $0) }.map(\.id)
    guard members.count >= 2, !held.isEmpty else {
      throw CaseloadError.notFound("team \(team) has too few workers or cases to move")
    }
    cases = Array(held.prefix(20))
    workers = (members[0], members[1])
  }

  /// The next case moved from whoever holds it to one of two workers, as the board would ask.
  func nextReassignment() -> Change {
    let chosen = cases[next % cases.count]
    next += 1
    let holder = store.caseload.case(chosen)?.worker
    let target = holder == workers.0 ? workers.1 : workers.0
    return .reassign(
      Reassignment(
        moves: [Reassignment.Move(case: chosen, from: holder, to: target)],
        reason: "Benchmark: balancing the team", date: BenchStore.today))
  }

  func nextNote() -> Change {
    let chosen = cases[next % cases.count]
    next += 1
    return .recordNote(
      OversightNote(
        id: .new("N"),
        note: CaseDiscussion(
          case: chosen, discussion: "Reviewed the plan with the worker.",
          decision: "Keep visits as they are."),
        authorship: Authorship(author: SystemUser.current, recorded: Timestamp(Date()))))
  }
}

/// Committing one change durably (FileStore.commit: lock, catch up, check, append, fdatasync),
/// on a private copy of the store; and the reassignment again without the fdatasync.
func commitBenchmarks(_ store: BenchStore) {
  let kinds: [(name: String, syncing: Bool, change: (CommitSession) -> Change)] = [
    ("reassignment", true, { $0.nextReassignment() }),
    ("note", true, { $0.nextNote() }),
    ("reassignment, no sync", false, { $0.nextReassignment() }),
  ]
  for kind in kinds {
    commitBenchmark("commit \(kind.name) (\(store))", next: kind.change) {
      try CommitSession(store, syncing: kind.syncing)
    } teardown: {
      BenchStores.remove(copy: BenchStores.copyPath(of: store))
    }
  }
}

/// A benchmark timing one commit per sample, of the change `next` makes, on the store `setup`
/// opens (a file store or a database: the same code path above the store).
func commitBenchmark(
  _ name: String, next: @escaping (CommitSession) -> Change,
  setup: @escaping () throws -> CommitSession, teardown: @escaping () -> Void = {}
) {
  Benchmark(
    name, configuration: configuration(iterations: 300, seconds: 5, units: .microseconds)
  ) { (benchmark: Benchmark, session: CommitSession) in
    let change = next(session)
    benchmark.startMeasurement()
    do {
      blackHole(try session.store.commit(change))
    } catch {
      benchmark.error("commit failed: \(error)")
    }
    benchmark.stopMeasurement()
  } setup: {
    try setup()
  } teardown: {
    teardown()
  }
}
