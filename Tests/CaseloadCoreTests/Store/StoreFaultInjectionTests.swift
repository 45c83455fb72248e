import CaseloadCore
import Foundation
import SystemPackage
import Testing

/// A store operation that I/O failures are injected into.
struct StoreOperation: Sendable, CustomTestStringConvertible {
  let name: String
  let change: Change?

  var testDescription: String { name }

  func run(_ store: FileStore) throws {
    if let change { try store.commit(change) } else { try store.compact() }
  }

  static let all = [
    StoreOperation(name: "commit a note", change: StoreFixture.note("N3")),
    StoreOperation(name: "commit a move", change: StoreFixture.move("C4", from: "W1", to: "W2")),
    StoreOperation(name: "compact", change: nil),
  ]
}

/// SQLite's I/O-error test, for the store: every system call an operation makes (open, write,
/// sync, truncate, rename, read) is failed in turn, at its Nth call, once and from then on;
/// each time the store must be left as it was (or, for a compaction past its rename, holding
/// the same state), the failure reported in one line, and the change saved on a retry once the
/// disk is well.
@Suite("I/O failure at the Nth call of every kind, once and persistently")
struct StoreFaultInjectionTests {
  /// A fixture store with two changes made, opened through `plan`.
  private func prepared(_ temp: TemporaryDirectory, _ plan: FaultPlan) throws -> FileStore {
    let path = try temp.makeStore()
    let store = try FileStore.open(at: path, user: "amara", clock: StoreFixture.clock, io: plan.io)
    try store.commit(StoreFixture.note("N2"))
    try store.commit(StoreFixture.move("C4", from: nil, to: "W1"))
    return store
  }

  /// The calls `operation` makes, by kind, on a prepared store.
  private func calls(_ operation: StoreOperation) throws -> [(FaultPlan.Call, Int)] {
    let temp = try TemporaryDirectory()
    let plan = FaultPlan()
    let store = try prepared(temp, plan)
    let before = plan.counts
    try operation.run(store)
    let after = plan.counts
    return FaultPlan.Call.allCases.map { ($0, after[$0, default: 0] - before[$0, default: 0]) }
      .filter { $0.1 > 0 }
  }

  @Test(arguments: StoreOperation.all, [false, true])
  func everyCallFailingLeavesTheStoreAsItWas(_ operation: StoreOperation, persistent: Bool) throws {
    let calls = try calls(operation)
    #expect(calls.contains { $0.0 == .write } && calls.contains { $0.0 == .sync })
    var failures = 0
    for (call, count) in calls {
      for n in 0..<count {
        let label = "\(operation.name), \(call) #\(n + 1)\(persistent ? " from then on" : "")"
        let temp = try TemporaryDirectory()
        let plan = FaultPlan()
        let store = try prepared(temp, plan)
        let path = temp.store
        let bytes = Disk.files(in: path).mapValues(\.bytes)
        let state = store.caseload
        let sequence = store.sequence

        plan.fail(call, with: .ioError, after: n, times: persistent ? .max : 1)
        let first = Result { try operation.run(store) }
        guard case .failure(let error) = first else {
          // A call whose failure is harmless (tidying) may let the operation through.
          #expect(FileStore.check(at: path) == [], "\(label)")
          continue
        }
        failures += 1
        let message = "\(error)"
        #expect(error is CaseloadError, "\(label): \(message)")
        #expect(!message.contains("\n") && message.hasPrefix(path), "\(label): \(message)")
        #expect(
          !message.contains(path + "/" + path) && !message.contains(path + "/:"),
          "\(label): \(message)")
        #expect(message.contains("Input/output error"), "\(label): \(message)")
        #expect(store.caseload == state && store.sequence == sequence, "\(label)")
        expectAsItWas(path, bytes, state: state, compacted: operation.change == nil, label)

        if persistent {
          #expect(throws: (any Error).self, "\(label): the retry fails while the disk does") {
            try operation.run(store)
          }
          expectAsItWas(path, bytes, state: state, compacted: operation.change == nil, label)
        }
        plan.clear()
        try operation.run(store)
        let reopened = try FileStore.open(at: path, user: "bo", clock: StoreFixture.clock)
        #expect(reopened.caseload == store.caseload, "\(label)")
        #expect(reopened.sequence == sequence + (operation.change == nil ? 0 : 1), "\(label)")
        #expect(try reopened.changes(since: 0).count == reopened.sequence, "\(label)")
        #expect(FileStore.check(at: path) == [], "\(label)")
      }
    }
    #expect(failures >= calls.count)
  }

  /// The bytes as they were; a compaction may also have left an empty next segment, or (when
  /// only the folder sync after its rename failed) put in force a snapshot of the same state.
  private func expectAsItWas(
    _ path: String, _ bytes: [String: [UInt8]], state: Caseload, compacted: Bool, _ label: String
  ) {
    var now = Disk.files(in: path).mapValues(\.bytes)
    if compacted {
      // Each failed attempt may have made the next segment, empty, which changes nothing.
      for (name, made) in now where made.isEmpty && bytes[name] == nil {
        if name.hasPrefix("journal/") { now.removeValue(forKey: name) }
      }
      if now["caseload.json"] != bytes["caseload.json"] {
        now["caseload.json"] = bytes["caseload.json"]
      }
    }
    let changed = Set(now.keys).union(bytes.keys).filter { now[$0] != bytes[$0] }
    #expect(changed.isEmpty, "\(label): changed \(changed.sorted())")
    let reopened = try? FileStore.open(at: path, user: "bo", clock: StoreFixture.clock)
    #expect(reopened?.caseload == state, "\(label)")
    #expect(FileStore.check(at: path) == [], "\(label)")
  }

  @Test(arguments: [false, true])
  func everyCallFailingWhileCreatingLeavesNothingBehind(persistent: Bool) throws {
    let dry = FaultPlan()
    let first = try TemporaryDirectory()
    try FileStore.create(at: first.store, with: StoreFixture.caseload, io: dry.io)
    let calls = dry.counts.filter { $0.value > 0 }
    #expect(calls[.rename] == 1 && calls[.makeDirectory] == 2)
    for (call, count) in calls {
      for n in 0..<count {
        let label = "\(call) #\(n + 1)"
        let temp = try TemporaryDirectory()
        let plan = FaultPlan()
        plan.fail(call, with: .noSpace, after: n, times: persistent ? .max : 1)
        do {
          try FileStore.create(at: temp.store, with: StoreFixture.caseload, io: plan.io)
          // Only the best-effort sync of the folder above the new store may fail unseen.
          #expect(call == .sync && n == count - 1, "\(label): the failure was not reported")
          #expect(FileStore.check(at: temp.store) == [], "\(label)")
          continue
        } catch let error as CaseloadError {
          #expect(error.description.contains("No space left on device"), "\(label): \(error)")
          #expect(!error.description.contains(temp.store + "/" + temp.store), "\(label): \(error)")
        }
        #expect(!Disk.exists(temp.store), "\(label): a failed create leaves nothing")
        plan.clear()
        try FileStore.create(at: temp.store, with: StoreFixture.caseload, io: plan.io)
        #expect(FileStore.check(at: temp.store) == [], "\(label)")
      }
    }
  }

  /// A half-written line whose take-back fails too stays torn at the end: readers skip it and
  /// the next writer removes it.
  @Test func aTornWriteThatCannotBeTakenBackIsSkippedAndLaterRemoved() throws {
    let temp = try TemporaryDirectory()
    let plan = FaultPlan()
    let store = try prepared(temp, plan)
    let state = store.caseload
    plan.fail(.write, with: .noSpace, times: .max, partial: true)
    plan.fail(.truncate, with: .noSpace, times: .max)
    #expect(throws: CaseloadError.self) { try store.commit(StoreFixture.note("N3")) }
    let journal = Disk.text(temp.store + "/journal/000001.jsonl")
    #expect(!journal.hasSuffix("\n"), "half a line is on disk")
    #expect(FileStore.check(at: temp.store) == [])
    let reader = try FileStore.open(
      at: temp.store, readOnly: true, user: "bo", clock: StoreFixture.clock)
    #expect(reader.caseload == state)
    plan.clear()
    #expect(try store.commit(StoreFixture.note("N3")).sequence == 3)
    #expect(Disk.text(temp.store + "/journal/000001.jsonl").split(separator: "\n").count == 3)
    #expect(FileStore.check(at: temp.store) == [])
  }

  /// A whole line written, its sync failed and its take-back failed too: the change may be in
  /// the store after all, and the message must say so rather than invite a blind retry.
  @Test func aFailedSyncThatCannotBeTakenBackSaysTheChangeMayBeSaved() throws {
    let temp = try TemporaryDirectory()
    let plan = FaultPlan()
    let store = try prepared(temp, plan)
    plan.fail(.sync, with: .ioError, times: .max)
    plan.fail(.truncate, with: .ioError, times: .max)
    let error = #expect(throws: CaseloadError.self) { try store.commit(StoreFixture.note("N3")) }
    #expect(
      error?.description
        == "\(temp.store)/journal/000001.jsonl: could not save the change: Input/output error, "
        + "and could not take it back, so it may be in the store; look (caseload log) before saving it again"
    )
    plan.clear()
    // It is there once, and saving it again is refused, not doubled.
    let reopened = try FileStore.open(at: temp.store, user: "bo", clock: StoreFixture.clock)
    #expect(reopened.caseload.notes.count { $0.id == "N3" } == 1)
    #expect(throws: CaseloadError.self) { try store.commit(StoreFixture.note("N3")) }
    #expect(FileStore.check(at: temp.store) == [])
  }

  /// A journal that cannot be read while catching up: the commit is refused and nothing
  /// written; the board's refresh reports it and keeps what it had.
  @Test func aReadFailureWhileCatchingUpSavesNothing() throws {
    let temp = try TemporaryDirectory()
    let plan = FaultPlan()
    let store = try prepared(temp, plan)
    let other = try FileStore.open(at: temp.store, user: "bo", clock: StoreFixture.clock)
    try other.commit(StoreFixture.note("N9"))
    let bytes = Disk.files(in: temp.store).mapValues(\.bytes)
    let state = store.caseload
    plan.fail(.read, with: .ioError)
    #expect(throws: CaseloadError.self) { try store.commit(StoreFixture.note("N3")) }
    #expect(Disk.files(in: temp.store).mapValues(\.bytes) == bytes)
    plan.fail(.read, with: .ioError)
    #expect(throws: CaseloadError.self) { try store.refresh() }
    #expect(store.caseload == state)
    #expect(try store.refresh().map(\.sequence) == [3])
    #expect(try store.commit(StoreFixture.note("N3")).sequence == 4)
  }
}
