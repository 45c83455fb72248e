import CaseloadCore
import Foundation
import SystemPackage
import Testing

/// A system call failing as a full disk, a read-only file system or a failing disk makes it.
struct Fault: Sendable, CustomTestStringConvertible {
  let call: FaultPlan.Call
  let errno: Errno
  /// Calls of the same kind to let through first.
  var after = 0
  /// The write gets half its bytes onto the disk before the error.
  var partial = false

  var testDescription: String { "\(call) #\(after + 1): \(errno)\(partial ? " after half" : "")" }

  static let onCommit: [Fault] = [
    Fault(call: .write, errno: .noSpace, partial: true),
    Fault(call: .write, errno: .readOnlyFileSystem),
    Fault(call: .write, errno: .ioError),
    Fault(call: .sync, errno: .noSpace),
    Fault(call: .sync, errno: .readOnlyFileSystem),
    Fault(call: .sync, errno: .ioError),
  ]

  /// Every step of compaction before the new snapshot takes over.
  static let onCompaction: [Fault] = [
    Fault(call: .open, errno: .readOnlyFileSystem),  // the temporary snapshot
    Fault(call: .write, errno: .noSpace, partial: true),
    Fault(call: .sync, errno: .ioError),  // the temporary snapshot
    Fault(call: .open, errno: .noSpace, after: 1),  // the next segment
    Fault(call: .sync, errno: .ioError, after: 1),  // the next segment
    Fault(call: .sync, errno: .ioError, after: 2),  // the journal directory
    Fault(call: .rename, errno: .readOnlyFileSystem),
  ]
}

@Suite("Store faults: full disk, read-only file system, I/O errors")
struct StoreFaultTests {
  @Test(arguments: Fault.onCommit)
  func aFailedCommitLeavesTheStoreAsItWasAndCanBeRetried(_ fault: Fault) throws {
    let temp = try TemporaryDirectory()
    let path = try temp.makeStore()
    let plan = FaultPlan()
    let store = try FileStore.open(at: path, user: "amara", clock: StoreFixture.clock, io: plan.io)
    try store.commit(StoreFixture.note("N2"))
    let bytes = Disk.files(in: path).mapValues(\.bytes)
    let state = store.caseload

    plan.fail(fault.call, with: fault.errno, partial: fault.partial)
    let change = StoreFixture.note("N3")
    let error = #expect(throws: CaseloadError.self) { try store.commit(change) }
    #expect(
      error?.description
        == "\(path)/journal/000001.jsonl: could not save the change: \(fault.errno)")
    #expect(Disk.files(in: path).mapValues(\.bytes) == bytes)
    #expect(store.caseload == state)
    #expect(store.sequence == 1)
    #expect(try FileStore.open(at: path, user: "bo", clock: StoreFixture.clock).sequence == 1)

    #expect(plan.isSpent)
    #expect(try store.commit(change).sequence == 2)
    let reopened = try FileStore.open(at: path, user: "bo", clock: StoreFixture.clock)
    #expect(reopened.sequence == 2)
    #expect(reopened.caseload == store.caseload)
    #expect(FileStore.check(at: path) == [])
  }

  @Test(arguments: Fault.onCompaction)
  func aFailedCompactionLeavesTheOldSnapshotAndJournalInForce(_ fault: Fault) throws {
    let temp = try TemporaryDirectory()
    let path = try temp.makeStore()
    let plan = FaultPlan()
    let store = try FileStore.open(at: path, user: "amara", clock: StoreFixture.clock, io: plan.io)
    try store.commit(StoreFixture.note("N2"))
    try store.commit(StoreFixture.move("C4", from: nil, to: "W1"))
    let before = Disk.files(in: path).mapValues(\.bytes)
    let state = store.caseload

    plan.fail(fault.call, with: fault.errno, after: fault.after, partial: fault.partial)
    let error = #expect(throws: CaseloadError.self) { try store.compact() }
    #expect(
      error?.description.contains(": could not compact the store: \(fault.errno)") == true,
      "\(String(describing: error))")
    #expect(plan.isSpent)

    var after = Disk.files(in: path).mapValues(\.bytes)
    // The next segment may have been made before the failure; empty, it changes nothing.
    if let made = after.removeValue(forKey: "journal/000002.jsonl") { #expect(made.isEmpty) }
    #expect(after == before)
    #expect(store.caseload == state)
    #expect(try FileStore.open(at: path, user: "bo", clock: StoreFixture.clock).caseload == state)

    #expect(try store.commit(StoreFixture.note("N3")).sequence == 3)
    try store.compact()
    let reopened = try FileStore.open(at: path, user: "bo", clock: StoreFixture.clock)
    #expect(reopened.sequence == 3)
    #expect(reopened.caseload == store.caseload)
    #expect(try reopened.changes(since: 0).map(\.sequence) == [1, 2, 3])
    #expect(FileStore.check(at: path) == [])
  }

  @Test func aFailedCreateLeavesNothingBehind() throws {
    let temp = try TemporaryDirectory()
    let plan = FaultPlan()
    plan.fail(.rename, with: .noSpace)
    #expect(
      throws: CaseloadError.io(
        path: temp.store + "/caseload.json", operation: "create the store",
        reason: "No space left on device")
    ) {
      try FileStore.create(at: temp.store, with: StoreFixture.caseload, io: plan.io)
    }
    #expect(!Disk.exists(temp.store))
    try FileStore.create(at: temp.store, with: StoreFixture.caseload, io: plan.io)
    #expect(
      try FileStore.open(at: temp.store, user: "amara", clock: StoreFixture.clock).caseload
        == StoreFixture.caseload)
  }
}
