import CaseloadCore
import Foundation
import Testing

@Suite("File store: create, open, commit, audit")
struct FileStoreTests {
  @Test func createdStoreOpensWithTheSameStateAndTheDocumentedLayout() throws {
    let temp = try TemporaryDirectory()
    let path = try temp.makeStore()
    #expect(
      Set(Disk.files(in: path).keys) == [
        "caseload.json", "journal", "journal/000001.jsonl", "lock",
      ])
    let store = try FileStore.open(at: path, user: "amara", clock: StoreFixture.clock)
    #expect(store.caseload == StoreFixture.caseload)
    #expect(store.sequence == 0)
    #expect(!store.isReadOnly)
    #expect(store.caseload.cases(of: "W1").map(\.id) == ["C1", "C2"])
  }

  @Test func snapshotHasOneRecordPerLineSoItDiffs() throws {
    let temp = try TemporaryDirectory()
    var small = Caseload()
    small.insert(Team(id: "T1", name: "Front Door", kind: .frontDoor, managers: ["amara"]))
    small.insert(
      Worker(
        id: "W1", name: "Zoë Adams", team: "T1", role: .socialWorker, employment: .permanent,
        started: StoreFixture.day("2020-01-06")))
    small.insert(
      Worker(
        id: "W2", name: "Łukasz Nowak", team: "T1", role: .asye, employment: .agency, fte: 0.8,
        started: StoreFixture.day("2026-09-01")))
    let path = try temp.makeStore(small)
    let lines = Disk.text(path + "/caseload.json").split(
      separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first == #"{"format":"caseload","version":1,"sequence":0,"journal":1,"#)
    #expect(lines[1].hasPrefix(#""settings":{"asyeCapacityFactor":0.9,"#))
    #expect(
      lines.dropFirst(2).joined(separator: "\n") == #"""
        "teams":[
        {"id":"T1","kind":"front-door","managers":["amara"],"name":"Front Door"}
        ],
        "workers":[
        {"employment":"permanent","fte":1,"id":"W1","name":"Zoë Adams","role":"social-worker","started":"2020-01-06","team":"T1"},
        {"employment":"agency","fte":0.8,"id":"W2","name":"Łukasz Nowak","role":"asye","started":"2026-09-01","team":"T1"}
        ],
        "cases":[],
        "allocations":[],
        "sessions":[],
        "notes":[],
        "addenda":[],
        "actionsDone":[],
        "actionsClosed":[],
        "caseEvents":[]
        }

        """#)
  }

  @Test func commitAppendsOneLineThatSaysWhoWhenAndWhat() throws {
    let temp = try TemporaryDirectory()
    let path = try temp.makeStore()
    let store = try FileStore.open(at: path, user: "amara", clock: StoreFixture.clock)
    let entry = try store.commit(.recordVisit(case: "C1", on: StoreFixture.day("2026-11-20")))
    #expect(entry.sequence == 1)
    #expect(entry.by == "amara")
    #expect(entry.at.description == "2026-11-23T14:05:00Z")
    #expect(store.sequence == 1)
    #expect(store.caseload.case("C1")?.lastVisit == StoreFixture.day("2026-11-20"))
    #expect(
      Disk.text(path + "/journal/000001.jsonl")
        == #"{"at":"2026-11-23T14:05:00Z","by":"amara","change":{"case":"C1","kind":"visit","on":"2026-11-20"},"seq":1}"#
        + "\n")
  }

  @Test func committedChangesAreThereWhenTheStoreIsOpenedAgain() throws {
    let temp = try TemporaryDirectory()
    let path = try temp.makeStore()
    let store = try FileStore.open(at: path, user: "amara", clock: StoreFixture.clock)
    try store.commit(StoreFixture.move("C3", from: "W2", to: "W3"))
    try store.commit(StoreFixture.note("N2", on: "C3"))
    let again = try FileStore.open(at: path, user: "bo", clock: StoreFixture.clock)
    #expect(again.sequence == 2)
    #expect(again.caseload == store.caseload)
    #expect(again.caseload.case("C3")?.worker == "W3")
    #expect(again.caseload.history(of: "C3").map(\.worker) == ["W2", "W3"])
    #expect(again.caseload.notes(on: "C3").map(\.id) == ["N2"])
  }

  @Test func aRefusedChangeWritesNothing() throws {
    let temp = try TemporaryDirectory()
    let path = try temp.makeStore()
    let store = try FileStore.open(at: path, user: "amara", clock: StoreFixture.clock)
    let before = Disk.files(in: path)
    #expect(throws: CaseloadError.notFound("no case 'C99'")) {
      try store.commit(StoreFixture.note("N9", on: "C99"))
    }
    #expect(throws: CaseloadError.conflict("record id 'N1' is already used")) {
      try store.commit(StoreFixture.note("N1"))
    }
    #expect(Disk.files(in: path) == before)
    #expect(store.sequence == 0)
    #expect(store.caseload == StoreFixture.caseload)
  }

  @Test func theAuditListsEveryChangeWithWhoAndWhen() throws {
    let temp = try TemporaryDirectory()
    let path = try temp.makeStore()
    let amara = try FileStore.open(at: path, user: "amara", clock: StoreFixture.clock)
    let later = Timestamp(seconds: StoreFixture.now.seconds + 3600)
    let bo = try FileStore.open(at: path, user: "bo", clock: { later })
    try amara.commit(StoreFixture.note("N2"))
    try bo.commit(StoreFixture.move("C4", from: nil, to: "W2"))
    try amara.commit(.recordVisit(case: "C4", on: StoreFixture.day("2026-11-23")))
    let all = try bo.changes(since: 0)
    #expect(all.map(\.sequence) == [1, 2, 3])
    #expect(all.map(\.by) == ["amara", "bo", "amara"])
    #expect(
      all.map(\.at.description) == [
        "2026-11-23T14:05:00Z", "2026-11-23T15:05:00Z", "2026-11-23T14:05:00Z",
      ])
    #expect(all.map(\.change.kind) == ["note", "reassign", "visit"])
    #expect(try amara.changes(since: 2).map(\.sequence) == [3])
    #expect(try amara.changes(since: 3).isEmpty)
  }

  @Test func createRefusesADirectoryThatIsNotEmpty() throws {
    let temp = try TemporaryDirectory()
    try FileManager.default.createDirectory(atPath: temp.store, withIntermediateDirectories: false)
    try Disk.write("keep me", to: temp.store + "/notes.txt")
    #expect(
      throws: CaseloadError.refused(
        "'\(temp.store)' already exists and is not empty; choose a new directory for the store")
    ) {
      try FileStore.create(at: temp.store, with: StoreFixture.caseload)
    }
    #expect(Disk.text(temp.store + "/notes.txt") == "keep me")
  }

  @Test func createUsesAnEmptyDirectoryAndMakesItPrivate() throws {
    let temp = try TemporaryDirectory()
    try FileManager.default.createDirectory(atPath: temp.store, withIntermediateDirectories: false)
    Disk.chmod(temp.store, 0o755)
    try FileStore.create(at: temp.store, with: StoreFixture.caseload)
    #expect(Disk.mode(temp.store) == 0o700)
    #expect(
      try FileStore.open(at: temp.store, user: "amara", clock: StoreFixture.clock).caseload
        == StoreFixture.caseload)
  }

  @Test func createRefusesAStateWithBrokenReferencesAndLeavesNothing() throws {
    let temp = try TemporaryDirectory()
    var broken = StoreFixture.caseload
    broken.insert(
      Case(
        id: "C9", childName: "Eve", birthDate: StoreFixture.day("2014-01-01"),
        category: .childInNeed,
        opened: StoreFixture.day("2026-01-01"), worker: "W9"))
    #expect(
      throws: CaseloadError.invalidStore(
        file: temp.store + "/caseload.json", record: "cases[4] (C9)",
        problem: "worker 'W9' does not exist")
    ) {
      try FileStore.create(at: temp.store, with: broken)
    }
    #expect(!Disk.exists(temp.store))
  }

  @Test func openingWhereThereIsNoStoreSaysHowToMakeOne() throws {
    let temp = try TemporaryDirectory()
    let error = #expect(throws: CaseloadError.self) {
      try FileStore.open(at: temp.store, user: "amara", clock: StoreFixture.clock)
    }
    #expect(
      error?.description
        == "there is no store at '\(temp.store)'; make one with: caseload init '\(temp.store)'")
    #expect(!Disk.exists(temp.store))
  }
}
