import CaseloadCore
import Foundation
import SystemPackage
import Testing

@Suite("drafts kept on disk between sessions")
struct DraftFolderTests {
  let temp: TemporaryDirectory
  let root: String

  init() throws {
    temp = try TemporaryDirectory()
    root = temp.path + "/state/caseload/drafts"
  }

  func folder(store: String = "/srv/caseload/store", io: StoreIO = .system) -> DraftFolder {
    DraftFolder(
      path: DraftFolder.folder(for: store, under: FilePath(root)), store: store, io: io,
      clock: StoreFixture.clock)
  }

  static let note = Draft(
    target: .oversight("C1"), author: "amara", discussion: "Zoë's plan\nline two 陈静",
    decision: "Step down to CIN", actionText: "Book the review", actionOwner: .worker("W2"),
    actionDue: "2026-12-0",
    actions: [
      Draft.PendingAction(
        text: "Call school", owner: .worker("W1"), due: StoreFixture.day("2026-12-01"))
    ])

  @Test func aKeptDraftComesBackAsItWasTyped() throws {
    let drafts = folder()
    try drafts.keep(Self.note)
    let session = Draft(target: .session("W1"), author: "amara", discussion: "Workload")
    try drafts.keep(session)
    let (found, problems) = drafts.load()
    #expect(problems == [])
    #expect(Set(found.map(\.draft)) == [Self.note, session])
    #expect(found.allSatisfy { $0.saved == StoreFixture.now })
  }

  @Test func keepingAgainReplacesTheDraftForThatTarget() throws {
    let drafts = folder()
    try drafts.keep(Self.note)
    var longer = Self.note
    longer.discussion += " and more"
    try drafts.keep(longer)
    #expect(drafts.load().drafts.map(\.draft) == [longer])
  }

  @Test func droppingRemovesOnlyThatDraftAndMissingIsFine() throws {
    let drafts = folder()
    try drafts.keep(Self.note)
    try drafts.keep(Draft(target: .addendum("N1"), author: "amara", discussion: "Correction"))
    try drafts.drop(.oversight("C1"))
    try drafts.drop(.oversight("C1"))
    #expect(drafts.load().drafts.map(\.draft.target) == [.addendum("N1")])
  }

  @Test func theFolderAndFilesAreOwnerOnly() throws {
    try folder().keep(Self.note)
    let path = "\(DraftFolder.folder(for: "/srv/caseload/store", under: FilePath(root)))"
    #expect(try mode(of: root) == 0o700)
    #expect(try mode(of: path) == 0o700)
    let files = try FileManager.default.contentsOfDirectory(atPath: path)
    #expect(files.count == 1)
    #expect(try files.allSatisfy { try mode(of: path + "/" + $0) == 0o600 })
    // Ids are data: the file name never contains one.
    #expect(files.allSatisfy { !$0.contains("C1") && $0.hasPrefix("oversight-") })
  }

  @Test func twoStoresNeverShareDrafts() throws {
    try folder(store: "/srv/a").keep(Self.note)
    #expect(folder(store: "/srv/b").load().drafts.isEmpty)
    #expect(folder(store: "/srv/a").load().drafts.count == 1)
  }

  @Test func anUnreadableDraftIsReportedAndLeftInPlace() throws {
    let drafts = folder()
    try drafts.keep(Self.note)
    let bad = "\(drafts.path)/session-0000000000000000.json"
    try Data("{\"version\":1,\"store\":".utf8).write(to: URL(fileURLWithPath: bad))
    let (found, problems) = drafts.load()
    #expect(found.map(\.draft) == [Self.note])
    #expect(problems.count == 1)
    #expect(problems.first?.hasPrefix(bad + ": ") == true)
    #expect(problems.first?.contains("\n") == false)
    #expect(FileManager.default.fileExists(atPath: bad))
  }

  @Test func aDraftFromANewerFormatIsNotGuessedAt() throws {
    let drafts = folder()
    try drafts.keep(Self.note)
    let file = try #require(
      try FileManager.default.contentsOfDirectory(atPath: "\(drafts.path)").first)
    let path = "\(drafts.path)/\(file)"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    try text.replacingOccurrences(of: "\"version\":1", with: "\"version\":2")
      .write(toFile: path, atomically: false, encoding: .utf8)
    let (found, problems) = drafts.load()
    #expect(found.isEmpty)
    #expect(problems == ["\(path): is draft format 2; this caseload reads format 1"])
  }

  @Test func aFullDiskKeepsTheEarlierDraftWhole() throws {
    try folder().keep(Self.note)
    let plan = FaultPlan()
    plan.fail(.write, with: .noSpace, partial: true)
    var longer = Self.note
    longer.discussion += String(repeating: " more typing", count: 200)
    #expect(throws: CaseloadError.self) { try folder(io: plan.io).keep(longer) }
    let (found, problems) = folder().load()
    #expect(problems == [])
    #expect(found.map(\.draft) == [Self.note])
    let names = try FileManager.default.contentsOfDirectory(atPath: "\(folder().path)")
    #expect(!names.contains { $0.hasSuffix(".tmp") }, "the half-written file is tidied away")
  }

  @Test func aFileInTheWayIsAOneLineError() throws {
    try FileManager.default.createDirectory(
      atPath: temp.path + "/state/caseload", withIntermediateDirectories: true)
    try Data().write(to: URL(fileURLWithPath: root))
    #expect(
      throws: CaseloadError.io(
        path: root, operation: "make the drafts folder", reason: "a file is in the way")
    ) { try folder().keep(Self.note) }
  }

  private func mode(of path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? Int ?? -1) & 0o777
  }
}
