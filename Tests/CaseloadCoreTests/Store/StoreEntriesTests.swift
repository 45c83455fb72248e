import Foundation
import Testing

@testable import CaseloadCore

/// Something put in place of a store file or folder that the store must not use.
struct OddEntry: Sendable, CustomTestStringConvertible {
  let name: String
  /// Makes the odd entry; `elsewhere` is a folder outside the store for link targets.
  let make: @Sendable (_ store: String, _ elsewhere: String) throws -> Void
  let expected: String

  var testDescription: String { name }

  init(
    _ name: String, _ expected: String,
    _ make: @escaping @Sendable (_ store: String, _ elsewhere: String) throws -> Void
  ) {
    self.name = name
    self.expected = expected
    self.make = make
  }

  static let link = "is a symbolic link; a store's files must be real files, not links"

  /// Moves a store file or folder outside the store, opens it to everyone, and links to it.
  static func linked(_ file: String) -> @Sendable (String, String) throws -> Void {
    { store, elsewhere in
      let target = elsewhere + "/" + file.replacing("/", with: "-")
      try FileManager.default.moveItem(atPath: store + "/" + file, toPath: target)
      Disk.chmod(target, Disk.mode(target) & 0o7000 | 0o777)
      for inner in (try? FileManager.default.contentsOfDirectory(atPath: target)) ?? [] {
        Disk.chmod(target + "/" + inner, 0o666)
      }
      try FileManager.default.createSymbolicLink(
        atPath: store + "/" + file, withDestinationPath: target)
    }
  }

  static func pipe(_ file: String) -> @Sendable (String, String) throws -> Void {
    { store, _ in
      try FileManager.default.removeItem(atPath: store + "/" + file)
      #expect(mkfifo(store + "/" + file, 0o600) == 0)
    }
  }

  static func folder(_ file: String) -> @Sendable (String, String) throws -> Void {
    { store, _ in
      try? FileManager.default.removeItem(atPath: store + "/" + file)
      #expect(mkdir(store + "/" + file, 0o700) == 0)
    }
  }

  static let all: [OddEntry] = [
    OddEntry("the journal folder linked elsewhere", "journal: \(link)", linked("journal")),
    OddEntry(
      "a segment linked elsewhere", "journal/000001.jsonl: \(link)",
      linked("journal/000001.jsonl")),
    OddEntry("the lock linked elsewhere", "lock: \(link)", linked("lock")),
    OddEntry("the snapshot linked elsewhere", "caseload.json: \(link)", linked("caseload.json")),
    OddEntry(
      "a stray link", "notes.txt: \(link)",
      { store, elsewhere in
        try Disk.write("hello", to: elsewhere + "/notes.txt")
        try FileManager.default.createSymbolicLink(
          atPath: store + "/notes.txt", withDestinationPath: elsewhere + "/notes.txt")
      }),
    OddEntry(
      "the lock as a named pipe",
      "lock: is a named pipe, not a regular file; remove it, and caseload makes a new lock file",
      pipe("lock")),
    OddEntry(
      "the lock as a folder",
      "lock: is a folder, not a regular file; remove it, and caseload makes a new lock file",
      folder("lock")),
    OddEntry(
      "a segment as a named pipe",
      "journal/000001.jsonl: is a named pipe, not a regular file; restore it from a backup",
      pipe("journal/000001.jsonl")),
    OddEntry(
      "the snapshot as a named pipe",
      "caseload.json: is a named pipe, not a regular file; restore it from a backup",
      pipe("caseload.json")),
    OddEntry(
      "the journal as a file",
      "journal: is a regular file, not a folder; restore it from a backup",
      { store, _ in
        try FileManager.default.removeItem(atPath: store + "/journal")
        try Disk.write("", to: store + "/journal")
      }),
    OddEntry(
      "the temporary snapshot as a folder",
      "caseload.json.tmp: is a folder, not a regular file; remove it",
      folder("caseload.json.tmp")),
  ]
}

/// Every entry under a folder, links and pipes included, read without following or opening
/// anything but regular files: enough to prove nothing was written.
private func entries(in folder: String) -> [String: String] {
  var result: [String: String] = [:]
  let manager = FileManager.default
  func walk(_ relative: String) {
    let path = relative.isEmpty ? folder : folder + "/" + relative
    for name in (try? manager.contentsOfDirectory(atPath: path)) ?? [] {
      let inner = relative.isEmpty ? name : relative + "/" + name
      let full = folder + "/" + inner
      var status = stat()
      guard lstat(full, &status) == 0 else { continue }
      let type = status.st_mode & S_IFMT
      let mode = String(status.st_mode & 0o7777, radix: 8)
      switch type {
      case S_IFREG: result[inner] = "file \(mode) " + Disk.text(full)
      case S_IFDIR:
        result[inner] = "folder \(mode)"
        walk(inner)
      case S_IFLNK:
        result[inner] = "link " + ((try? manager.destinationOfSymbolicLink(atPath: full)) ?? "?")
      default: result[inner] = "other \(mode)"
      }
    }
  }
  walk("")
  return result
}

@Suite("Store entries: links, the wrong kind of file and the wrong owner are refused")
struct StoreEntriesTests {
  @Test(arguments: OddEntry.all)
  func anOddEntryIsRefusedAndNothingIsWritten(_ odd: OddEntry) throws {
    let temp = try TemporaryDirectory()
    let path = try temp.makeStore()
    let elsewhere = temp.path + "/elsewhere"
    try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: false)
    try odd.make(path, elsewhere)
    let before = (entries(in: path), entries(in: elsewhere))

    #expect(FileStore.check(at: path).map(\.description) == [odd.expected])
    for readOnly in [false, true] {
      let error = #expect(throws: CaseloadError.self, "read-only: \(readOnly)") {
        try FileStore.open(at: path, readOnly: readOnly, user: "amara", clock: StoreFixture.clock)
      }
      #expect(error?.description == path + "/" + odd.expected)
    }
    #expect(entries(in: path) == before.0)
    #expect(entries(in: elsewhere) == before.1)
  }

  @Test func aStoreFolderReachedThroughALinkIsStillAStore() throws {
    let temp = try TemporaryDirectory()
    let path = try temp.makeStore()
    let link = temp.path + "/shortcut"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: path)
    #expect(FileStore.check(at: link) == [])
    let store = try FileStore.open(at: link, user: "amara", clock: StoreFixture.clock)
    try store.commit(StoreFixture.note("N2"))
  }

  /// Who owns a file, relative to the store folder's owner, and whether the store allows it.
  struct Ownership: Sendable, CustomTestStringConvertible {
    let name: String
    let file: UInt32
    let sharedWith: UInt32?
    let members: [UInt32: Set<UInt32>]
    let expected: String?

    var testDescription: String { name }
  }

  static let ownerships: [Ownership] = [
    Ownership(
      name: "the owner's own file", file: 1000, sharedWith: nil, members: [:], expected: nil),
    Ownership(
      name: "another user's file in a private store", file: 1001, sharedWith: nil,
      members: [100: [1001]],
      expected: "is owned by uid 1001, not by uid 1000, who owns the store"),
    Ownership(
      name: "a group member's file in a shared store", file: 1001, sharedWith: 100,
      members: [100: [1000, 1001]], expected: nil),
    Ownership(
      name: "an outsider's file in a shared store", file: 1002, sharedWith: 100,
      members: [100: [1000, 1001]],
      expected: "is owned by uid 1002, who is not in group 100, which shares the store"),
    Ownership(
      name: "the owner's file in a shared store they are not in", file: 1000, sharedWith: 100,
      members: [100: [1001]], expected: nil),
  ]

  /// The decision alone, with made-up users and groups, so it is tested without root.
  @Test(arguments: ownerships)
  func onlyTheOwnerOrTheSharingGroupMayOwnStoreFiles(_ ownership: Ownership) {
    let owners = StoreOwners(
      owner: 1000, sharedWith: ownership.sharedWith,
      accounts: StoreOwners.Accounts(
        name: { _ in nil }, groupName: { _ in nil },
        isMember: { user, group in ownership.members[group]?.contains(user) ?? false }))
    #expect(owners.problem(owner: ownership.file) == ownership.expected)
  }

  /// A file of a store chowned to someone else, for real; `group` makes the store shared.
  struct Chowned: Sendable, CustomTestStringConvertible {
    let file: String
    let group: UInt32?
    let expected: String?

    var testDescription: String { file + (group.map { " in a store shared with gid \($0)" } ?? "") }
  }

  static let chowned: [Chowned] = [
    Chowned(
      file: "journal/000001.jsonl", group: nil,
      expected:
        "is owned by nobody (uid 65534), not by root (uid 0), who owns the store; ask an administrator to run: chown -R root"
    ),
    Chowned(
      file: "lock", group: nil,
      expected:
        "is owned by nobody (uid 65534), not by root (uid 0), who owns the store; ask an administrator to run: chown -R root"
    ),
    Chowned(
      file: "journal", group: nil,
      expected:
        "is owned by nobody (uid 65534), not by root (uid 0), who owns the store; ask an administrator to run: chown -R root"
    ),
    // nobody's own group is nogroup (65534): a member of the group that shares the store.
    Chowned(file: "journal/000001.jsonl", group: 65534, expected: nil),
    Chowned(
      file: "caseload.json", group: 0,
      expected:
        "is owned by nobody (uid 65534), who is not in group root (gid 0), which shares the store; ask an administrator to run: chown -R root"
    ),
  ]

  @Test(
    .enabled(if: geteuid() == 0, "giving a file to another user (chown) needs root"),
    arguments: chowned)
  func aFileOwnedByAnotherUserIsRefusedWithTheFix(_ chowned: Chowned) throws {
    let temp = try TemporaryDirectory()
    if let group = chowned.group {
      try FileManager.default.createDirectory(
        atPath: temp.store, withIntermediateDirectories: false)
      #expect(chown(temp.store, 0, group) == 0)
      Disk.chmod(temp.store, 0o2770)
    }
    let path = try temp.makeStore()
    #expect(lchown(path + "/" + chowned.file, 65534, chowned.group ?? 0) == 0)
    guard let expected = chowned.expected else {
      #expect(FileStore.check(at: path) == [])
      _ = try FileStore.open(at: path, user: "amara", clock: StoreFixture.clock)
      return
    }
    let line = "\(chowned.file): \(expected) '\(path)'"
    #expect(FileStore.check(at: path).map(\.description) == [line])
    for readOnly in [false, true] {
      let error = #expect(throws: CaseloadError.self) {
        try FileStore.open(at: path, readOnly: readOnly, user: "amara", clock: StoreFixture.clock)
      }
      #expect(error?.description == path + "/" + line)
    }
    // Doing what the message says is enough.
    #expect(lchown(path + "/" + chowned.file, 0, chowned.group ?? 0) == 0)
    #expect(FileStore.check(at: path) == [])
  }
}
