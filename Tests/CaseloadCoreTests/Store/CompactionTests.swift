import CaseloadCore
import Foundation
import Testing

@Suite("Compaction: a new snapshot, the history kept")
struct CompactionTests {
  @Test func compactionFoldsTheJournalAndKeepsItsHistory() throws {
    let temp = try TemporaryDirectory()
    let path = try temp.makeStore()
    let store = try FileStore.open(at: path, user: "amara", clock: StoreFixture.clock)
    let reader = try FileStore.open(at: path, readOnly: true, user: "bo", clock: StoreFixture.clock)
    let stale = try FileStore.open(at: path, user: "cy", clock: StoreFixture.clock)
    try store.commit(StoreFixture.note("N2"))
    try store.commit(StoreFixture.move("C4", from: nil, to: "W3"))
    try store.commit(.recordVisit(case: "C4", on: StoreFixture.day("2026-11-23")))
    let oldSegment = Disk.text(path + "/journal/000001.jsonl")

    try store.compact()

    #expect(
      Disk.text(path + "/caseload.json").hasPrefix(
        #"{"format":"caseload","version":1,"sequence":3,"journal":2,"# + "\n"))
    #expect(Disk.text(path + "/journal/000001.jsonl") == oldSegment)
    #expect(Disk.text(path + "/journal/000002.jsonl").isEmpty)
    #expect(!Disk.exists(path + "/caseload.json.tmp"))
    let reopened = try FileStore.open(at: path, user: "amara", clock: StoreFixture.clock)
    #expect(reopened.caseload == store.caseload)
    #expect(reopened.sequence == 3)

    // Commits after compaction go into the new segment, from any writer, however stale.
    try store.commit(StoreFixture.note("N3"))
    try stale.commit(StoreFixture.note("N4"))
    #expect(Disk.text(path + "/journal/000002.jsonl").split(separator: "\n").count == 2)
    // A reader that opened before compaction reads on into the new segment.
    #expect(try reader.refresh().map(\.sequence) == [1, 2, 3, 4, 5])
    #expect(try reopened.changes(since: 0).map(\.sequence) == [1, 2, 3, 4, 5])
    #expect(
      try FileStore.open(at: path, user: "amara", clock: StoreFixture.clock).caseload
        == stale.caseload)
    #expect(FileStore.check(at: path) == [])
  }

  @Test func compactingWithNothingNewChangesNothing() throws {
    let temp = try TemporaryDirectory()
    let path = try temp.makeStore()
    let store = try FileStore.open(at: path, user: "amara", clock: StoreFixture.clock)
    let before = Disk.files(in: path)
    try store.compact()
    #expect(Disk.files(in: path) == before)
    try store.commit(StoreFixture.note("N2"))
    try store.compact()
    let compacted = Disk.files(in: path)
    try store.compact()
    #expect(Disk.files(in: path) == compacted)
  }

  @Test func historySpansEverySegmentAfterRepeatedCompaction() throws {
    let temp = try TemporaryDirectory()
    let path = try temp.makeStore()
    let store = try FileStore.open(at: path, user: "amara", clock: StoreFixture.clock)
    for round in 1...3 {
      try store.commit(StoreFixture.note("N\(round)0"))
      try store.commit(StoreFixture.note("N\(round)1"))
      try store.compact()
    }
    #expect(
      Set(Disk.files(in: path + "/journal").keys)
        == ["000001.jsonl", "000002.jsonl", "000003.jsonl", "000004.jsonl"])
    #expect(try store.changes(since: 0).map(\.sequence) == [1, 2, 3, 4, 5, 6])
    #expect(try store.changes(since: 4).map(\.sequence) == [5, 6])
    let reopened = try FileStore.open(at: path, user: "amara", clock: StoreFixture.clock)
    #expect(reopened.sequence == 6)
    #expect(reopened.caseload == store.caseload)
  }
}
