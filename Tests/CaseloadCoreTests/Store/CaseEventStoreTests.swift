import CaseloadCore
import Foundation
import Testing

@Suite("Case events in the store: kept through compaction, validated like every record")
struct CaseEventStoreTests {
  static let today = StoreFixture.day("2026-11-23")

  /// The fixture store with a visit to C1, C2's category changed and C3 closed, compacted so the
  /// events are in `caseload.json`.
  static func compactedStore(_ temp: TemporaryDirectory) throws -> (String, Caseload) {
    let path = try temp.makeStore()
    let store = try FileStore.open(at: path, user: "amara", clock: StoreFixture.clock)
    try store.commit(
      .recordVisit(
        Visit(case: "C1", on: StoreFixture.day("2026-11-20"), seenAlone: true, recordedOn: today)))
    try store.commit(
      .changeCategory(
        CategoryChange(
          case: "C2", category: Edit(from: .childInNeed, to: .childProtection),
          reason: "Conference", recordedOn: today)))
    try store.commit(
      .closeCase(Closure(case: "C3", on: today, reason: "No further action", recordedOn: today)))
    try store.compact()
    return (path, store.caseload)
  }

  @Test("events survive compaction and read back the same")
  func survivesCompaction() throws {
    let temp = try TemporaryDirectory()
    let (path, state) = try Self.compactedStore(temp)
    let text = Disk.text(path + "/caseload.json")
    #expect(text.contains(#""caseEvents":["#))
    #expect(
      text.contains(
        #"{"authorship":{"author":"amara","recorded":"2026-11-23T14:05:00Z"},"case":"C1","date":"2026-11-20","kind":"visit","seenAlone":true}"#
      ))
    let reopened = try FileStore.open(at: path, user: "amara", clock: StoreFixture.clock)
    #expect(reopened.caseload == state)
    #expect(reopened.caseload.events(of: "C3").map(\.kind) == [.closed])
    #expect(FileStore.check(at: path).isEmpty)
  }

  @Test("a snapshot written before case events and closed actions were kept opens with none")
  func olderSnapshot() throws {
    let temp = try TemporaryDirectory()
    let path = try temp.makeStore()
    let text = Disk.text(path + "/caseload.json")
      .replacing(
        #""actionsDone":[],"# + "\n" + #""actionsClosed":[],"# + "\n" + #""caseEvents":[]"#,
        with: #""actionsDone":[]"#)
    #expect(!text.contains("caseEvents"))
    #expect(!text.contains("actionsClosed"))
    try Disk.write(text, to: path + "/caseload.json")
    let store = try FileStore.open(
      at: path, readOnly: true, user: "amara", clock: StoreFixture.clock)
    #expect(store.caseload == StoreFixture.caseload)
  }

  static let hostile: [(String, String, String, String)] = [
    (
      #""kind":"visit""#, #""case":"C1""#, #""case":"C9""#,
      "caseload.json: caseEvents[0] (C9): case 'C9' does not exist"
    ),
    (
      #""kind":"category""#, #""to":"child-protection""#, #""to":"child-in-need""#,
      "caseload.json: caseEvents[1] (C2): the category changes from child-in-need to itself"
    ),
    (
      #""kind":"closed""#, #""kind":"closed""#, #""kind":"transferred""#,
      "caseload.json: caseEvents[2] (C3): a transfer has no team it went to"
    ),
    (
      #""kind":"closed""#, #""kind":"closed""#,
      #""kind":"transferred","team":{"from":null,"to":"T7"}"#,
      "caseload.json: caseEvents[2] (C3): team 'T7' does not exist"
    ),
    (
      #""kind":"closed""#, #""reason":"No further action""#, #""reason":" ""#,
      "caseload.json: caseEvents[2] (C3): has an empty reason"
    ),
    (
      #""kind":"category""#, #""kind":"category""#, #""kind":"closed""#,
      "caseload.json: caseEvents[1] (C2): a closed event cannot change the category"
    ),
  ]

  @Test(arguments: hostile)
  func hostileEventsAreRefusedInOneLine(_ example: (String, String, String, String)) throws {
    let temp = try TemporaryDirectory()
    let (path, _) = try Self.compactedStore(temp)
    try FileManager.default.removeItem(atPath: path + "/lock")
    let text = Disk.text(path + "/caseload.json")
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      String(line.contains(example.0) ? line.replacing(example.1, with: example.2) : line)
    }
    try Disk.write(lines.joined(separator: "\n"), to: path + "/caseload.json")
    expectRefused(path, example.3)
  }
}
