import Foundation
import Testing

@testable import CaseloadCore

@Suite("Leftovers of an interrupted compaction")
struct StoreLeftoversTests {
  static let notice =
    "caseload.json.tmp: left by an interrupted compaction; removed the next time the store is opened for writing"

  /// A temporary snapshot as a compaction killed before its rename leaves it.
  private func leaveTemporarySnapshot(in path: String) throws {
    try Disk.write(
      #"{"format":"caseload","version":1,"sequence":"#, to: path + "/caseload.json.tmp")
  }

  @Test func checkMentionsItReadersLeaveItAndTheNextWriterRemovesIt() throws {
    let temp = try TemporaryDirectory()
    let path = try temp.makeStore()
    try leaveTemporarySnapshot(in: path)

    // Harmless, so no problem; but said.
    #expect(FileStore.check(at: path) == [])
    #expect(FileStore.leftovers(at: path) == [Self.notice])
    _ = try FileStore.open(at: path, readOnly: true, user: "bo", clock: StoreFixture.clock)
    #expect(Disk.exists(path + "/caseload.json.tmp"))

    let store = try FileStore.open(at: path, user: "amara", clock: StoreFixture.clock)
    #expect(!Disk.exists(path + "/caseload.json.tmp"))
    #expect(FileStore.leftovers(at: path) == [])
    try store.commit(StoreFixture.note("N2"))
    #expect(FileStore.check(at: path) == [])
  }

  @Test func anOlderStoreWithoutALockFileStillHasItsLeftoverMentioned() throws {
    let temp = try TemporaryDirectory()
    let path = try temp.makeStore()
    try FileManager.default.removeItem(atPath: path + "/lock")
    try leaveTemporarySnapshot(in: path)
    #expect(FileStore.leftovers(at: path) == [Self.notice])
    #expect(!Disk.exists(path + "/lock"))
  }

  @Test func aTemporarySnapshotIsNoLeftoverWhileAWriterHoldsTheLock() throws {
    let temp = try TemporaryDirectory()
    let path = try temp.makeStore()
    let compacting = try FileStore.open(at: path, user: "amara", clock: StoreFixture.clock)
    try compacting.withLock {
      // As a compaction has it between writing the file and renaming it.
      try leaveTemporarySnapshot(in: path)
      #expect(FileStore.leftovers(at: path) == [])
      _ = try FileStore.open(at: path, user: "bo", clock: StoreFixture.clock)
      #expect(Disk.exists(path + "/caseload.json.tmp"), "a writer removed a live compaction's file")
    }
    #expect(FileStore.leftovers(at: path) == [Self.notice])
    _ = try FileStore.open(at: path, user: "bo", clock: StoreFixture.clock)
    #expect(!Disk.exists(path + "/caseload.json.tmp"))
  }
}
