import CaseloadCore
import Foundation
import Testing

/// A store file opened up to other users, and how the refusal must read.
struct Exposure: Sendable, CustomTestStringConvertible {
  /// Relative to the store; empty for the store directory itself.
  let file: String
  let mode: Int
  let problem: String

  var testDescription: String {
    (file.isEmpty ? "store directory" : file) + " " + String(mode, radix: 8)
  }

  static let all: [Exposure] = [
    Exposure(file: "", mode: 0o705, problem: "readable by other users"),
    Exposure(file: "caseload.json", mode: 0o604, problem: "readable by other users"),
    Exposure(file: "journal", mode: 0o702, problem: "writable by other users"),
    Exposure(
      file: "journal/000001.jsonl", mode: 0o606, problem: "readable and writable by other users"),
    Exposure(file: "lock", mode: 0o601, problem: "open to other users"),
  ]
}

@Suite("Store permissions: private by default, shared with a group, refused when open to all")
struct StorePermissionsTests {
  @Test func aNewStoreIsReadableByItsOwnerOnly() throws {
    let temp = try TemporaryDirectory()
    let path = try temp.makeStore()
    #expect(Disk.mode(path) == 0o700)
    #expect(Disk.mode(path + "/journal") == 0o700)
    for file in ["caseload.json", "journal/000001.jsonl", "lock"] {
      #expect(Disk.mode(path + "/" + file) == 0o600, "\(file)")
    }
    let store = try FileStore.open(at: path, user: "amara", clock: StoreFixture.clock)
    try store.commit(StoreFixture.note("N2"))
    try store.compact()
    #expect(Disk.mode(path + "/caseload.json") == 0o600)
    #expect(Disk.mode(path + "/journal/000002.jsonl") == 0o600)
  }

  @Test func aGroupSharedDirectoryGivesTheGroupAccessToEveryFile() throws {
    let temp = try TemporaryDirectory()
    try FileManager.default.createDirectory(atPath: temp.store, withIntermediateDirectories: false)
    Disk.chmod(temp.store, 0o2770)
    try FileStore.create(at: temp.store, with: StoreFixture.caseload)
    #expect(Disk.mode(temp.store) == 0o2770)
    #expect(Disk.mode(temp.store + "/journal") == 0o2770)
    // 0660 survives a umask of 022 only because the store sets modes explicitly.
    for file in ["caseload.json", "journal/000001.jsonl", "lock"] {
      #expect(Disk.mode(temp.store + "/" + file) == 0o660, "\(file)")
    }
    let store = try FileStore.open(at: temp.store, user: "amara", clock: StoreFixture.clock)
    try store.commit(StoreFixture.note("N2"))
    try store.compact()
    #expect(Disk.mode(temp.store + "/caseload.json") == 0o660)
    #expect(Disk.mode(temp.store + "/journal/000002.jsonl") == 0o660)
  }

  @Test func aStoreMadeInsideAGroupSharedDirectoryIsGroupShared() throws {
    let temp = try TemporaryDirectory()
    Disk.chmod(temp.path, 0o2770)
    try FileStore.create(at: temp.store, with: StoreFixture.caseload)
    #expect(Disk.mode(temp.store) == 0o2770)
    #expect(Disk.mode(temp.store + "/caseload.json") == 0o660)
  }

  @Test(arguments: Exposure.all)
  func aStoreOpenToOtherUsersIsRefusedWithTheFix(_ exposure: Exposure) throws {
    let temp = try TemporaryDirectory()
    let path = try temp.makeStore()
    let target = exposure.file.isEmpty ? path : path + "/" + exposure.file
    Disk.chmod(target, exposure.mode)
    let fix = "run: chmod -R o-rwx '\(path)'"
    for readOnly in [false, true] {
      let error = #expect(throws: CaseloadError.self) {
        try FileStore.open(at: path, readOnly: readOnly, user: "amara", clock: StoreFixture.clock)
      }
      #expect(error?.description == "\(target): \(exposure.problem); \(fix)")
    }
    #expect(
      FileStore.check(at: path).map(\.description) == [
        "\(exposure.file.isEmpty ? path : exposure.file): \(exposure.problem); \(fix)"
      ])
    // Doing what the message says is enough.
    Disk.chmod(target, exposure.mode & 0o770)
    #expect(try FileStore.open(at: path, user: "amara", clock: StoreFixture.clock).sequence == 0)
  }

  @Test func aSymbolicLinkInPlaceOfAStoreFileIsNotFollowed() throws {
    let temp = try TemporaryDirectory()
    let path = try temp.makeStore()
    let elsewhere = temp.path + "/elsewhere.json"
    try FileManager.default.moveItem(atPath: path + "/caseload.json", toPath: elsewhere)
    try FileManager.default.createSymbolicLink(
      atPath: path + "/caseload.json", withDestinationPath: elsewhere)
    expectRefusedWithLock(
      path, "caseload.json: is a symbolic link; a store's files must be real files, not links")
  }

  /// As `expectRefused`, for a store whose lock file is left in place.
  private func expectRefusedWithLock(_ path: String, _ expected: String) {
    let before = Disk.files(in: path)
    #expect(FileStore.check(at: path).map(\.description) == [expected])
    let error = #expect(throws: CaseloadError.self) {
      try FileStore.open(at: path, user: "amara", clock: StoreFixture.clock)
    }
    #expect(error?.description == path + "/" + expected)
    #expect(Disk.files(in: path) == before)
  }
}
