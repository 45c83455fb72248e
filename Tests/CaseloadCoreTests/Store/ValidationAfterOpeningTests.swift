import CaseloadCore
import Foundation
import Testing

/// A store opened for the board is proved whole on a background thread: the board draws
/// first, but nothing is written until the proof is done, and a problem it finds refuses every
/// change with the same one line `caseload check` prints.
@Suite("Validation after opening: the board first, no write before the records are proved")
struct ValidationAfterOpeningTests {
  /// The fixture store with one edit on the line holding `marker`, and no lock file.
  private func store(
    _ temp: TemporaryDirectory, _ marker: String, _ old: String, _ new: String
  ) throws -> String {
    let path = try temp.makeStore()
    try FileManager.default.removeItem(atPath: path + "/lock")
    let file = path + "/caseload.json"
    let lines = Disk.text(file).split(separator: "\n", omittingEmptySubsequences: false).map {
      String($0.contains(marker) ? $0.replacing(old, with: new) : $0)
    }
    try Disk.write(lines.joined(separator: "\n"), to: file)
    return path
  }

  private func open(_ path: String, readOnly: Bool = false) throws -> FileStore {
    try FileStore.open(
      at: path, readOnly: readOnly, user: "amara", clock: StoreFixture.clock,
      validation: .afterOpening)
  }

  private func settled(_ store: FileStore) -> ValidationState {
    let deadline = Date().addingTimeInterval(10)
    while store.validationState == .running, Date() < deadline { usleep(1000) }
    return store.validationState
  }

  @Test func aDanglingReferenceIsFoundAfterOpeningAndRefusesEveryWrite() throws {
    let temp = try TemporaryDirectory()
    let path = try store(temp, #""id":"C3""#, #""worker":"W2""#, #""worker":"W9""#)
    let before = Disk.files(in: path)
    let store = try open(path)
    // The state is there to draw...
    #expect(store.caseload.case("C3")?.worker == "W9")
    let expected = CaseloadError.invalidStore(
      file: path + "/caseload.json", record: "cases[2] (C3)",
      problem: "worker 'W9' does not exist")
    #expect(settled(store) == .failed(expected))
    // ...but nothing can be written, and the refusal names the problem.
    let error = #expect(throws: CaseloadError.self) { try store.commit(StoreFixture.note("N2")) }
    #expect(error == expected)
    #expect(throws: CaseloadError.self) { try store.compact() }
    #expect(Disk.files(in: path) == before)
    #expect(!Disk.exists(path + "/lock"))
  }

  @Test func aCommitMadeBeforeValidationEndsWaitsForIt() throws {
    let temp = try TemporaryDirectory()
    let path = try store(temp, #""id":"D1""#, #""target":"N1""#, #""target":"N9""#)
    let before = Disk.files(in: path)
    let store = try open(path)
    // No wait for the background thread: the commit itself must wait, then refuse.
    let error = #expect(throws: CaseloadError.self) { try store.commit(StoreFixture.note("N2")) }
    #expect(
      error?.description
        == "\(path)/caseload.json: addenda[0] (D1): adds to record 'N9', which does not exist")
    #expect(Disk.files(in: path) == before)
  }

  @Test func aGoodStoreTakesItsLockAtTheFirstWrite() throws {
    let temp = try TemporaryDirectory()
    let path = try store(temp, #""id":"C1""#, "", "")
    let store = try open(path)
    #expect(!Disk.exists(path + "/lock"))
    try store.commit(StoreFixture.note("N2"))
    #expect(settled(store) == .passed)
    #expect(Disk.exists(path + "/lock"))
    #expect(store.caseload.note("N2") != nil)
    #expect(FileStore.check(at: path) == [])
  }

  @Test func aNumberOutOfRangeIsRefusedBeforeTheBoardDraws() throws {
    let temp = try TemporaryDirectory()
    let path = try store(
      temp, #""settings""#, #""child-protection":6"#, #""child-protection":1e308"#)
    let before = Disk.files(in: path)
    for readOnly in [false, true] {
      let error = #expect(throws: CaseloadError.self) { try open(path, readOnly: readOnly) }
      #expect(
        error?.description
          == "\(path)/caseload.json: settings: weights.child-protection 1e+308 is more than 1000 points"
      )
    }
    #expect(Disk.files(in: path) == before)
  }

  @Test func aSnapshotProblemIsReportedBeforeAJournalThatCannotReplayOntoIt() throws {
    let temp = try TemporaryDirectory()
    let path = try store(temp, #""id":"C1""#, #""worker":"W1""#, #""worker":"W7""#)
    try Disk.write(
      #"{"at":"2026-11-23T14:05:00Z","by":"amara","change":{"case":"C9","kind":"visit","on":"2026-11-20"},"seq":1}"#
        + "\n", to: path + "/journal/000001.jsonl")
    let error = #expect(throws: CaseloadError.self) { try open(path) }
    #expect(
      error?.description == "\(path)/caseload.json: cases[0] (C1): worker 'W7' does not exist")
  }
}
