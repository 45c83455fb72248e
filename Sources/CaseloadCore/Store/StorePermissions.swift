import SystemPackage

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A store file or folder the store must not use as it is: open to other users, a symbolic
/// link, the wrong kind of file, or owned by someone who should not own it.
struct PermissionFinding: Sendable {
  enum Kind: Sendable {
    /// Readable or writable by users outside the owner and group.
    case exposed
    /// Owned by a user who could change its permissions or contents at will.
    case owner
    /// A symbolic link: the store never follows one, so it is not read.
    case link
    /// A pipe, device or folder where a regular file belongs, or the reverse: not read either.
    case kind
  }

  let kind: Kind
  /// The file relative to the store, or the store directory itself as the user named it.
  let file: String
  let fullPath: String
  let problem: String
  let fix: String

  var storeProblem: StoreProblem {
    StoreProblem(file: file, record: nil, problem: problem + "; " + fix)
  }

  var error: CaseloadError {
    switch kind {
    case .exposed, .owner: return .permissions(path: fullPath, problem: problem, fix: fix)
    case .link, .kind:
      return .invalidStore(file: fullPath, record: nil, problem: problem + "; " + fix)
    }
  }

  /// Whether the file must not even be opened: its contents are not the store's to read.
  var forbidsReading: Bool { kind == .link || kind == .kind }
}

extension StoreLayout {
  /// Everything wrong with the store's files and folders as entries, before any is read:
  /// each entry of the store folder and of its journal is looked at with lstat, never through
  /// a link. Entries that vanish while being looked at (a compaction's temporary file) are
  /// skipped.
  func permissionFindings(accounts: StoreOwners.Accounts = .system) throws(Errno)
    -> [PermissionFinding]
  {
    var findings: [PermissionFinding] = []
    let top = try FileStatus.of(directory, following: true)
    if let problem = Self.exposure(top) {
      findings.append(exposed(file: display, fullPath: display, problem: problem))
    }
    let owners = StoreOwners(directory: top, accounts: accounts)
    for name in try StoreFiles.names(in: directory).sorted() {
      guard let status = try Self.status(directory.appending(name)) else { continue }
      let expected: Expected? =
        switch name {
        case Self.snapshotName, Self.snapshotTempName, Self.lockName: .file
        case Self.journalName: .folder
        default: nil
        }
      if let finding = check(status, file: name, expected: expected, owners: owners) {
        findings.append(finding)
        continue
      }
      guard name == Self.journalName else { continue }
      for inner in try StoreFiles.names(in: journal, following: false).sorted() {
        guard let status = try Self.status(journal.appending(inner)) else { continue }
        let relative = Self.journalName + "/" + inner
        let expected: Expected? = Self.segmentNumber(inner) == nil ? nil : .file
        if let finding = check(status, file: relative, expected: expected, owners: owners) {
          findings.append(finding)
        }
      }
    }
    return findings
  }

  /// What a store entry must be; other entries may be anything but a link.
  private enum Expected { case file, folder }

  /// The first thing wrong with one entry, most serious first.
  private func check(_ status: FileStatus, file: String, expected: Expected?, owners: StoreOwners)
    -> PermissionFinding?
  {
    if status.isSymbolicLink {
      return PermissionFinding(
        kind: .link, file: file, fullPath: full(file), problem: "is a symbolic link",
        fix: "a store's files must be real files, not links")
    }
    if let expected, expected == .file ? !status.isRegular : !status.isDirectory {
      let problem =
        expected == .file
        ? "is \(status.kind), not a regular file" : "is \(status.kind), not a folder"
      let fix =
        switch file {
        case Self.lockName: "remove it, and caseload makes a new lock file"
        case Self.snapshotTempName: "remove it"
        default: "restore it from a backup"
        }
      return PermissionFinding(
        kind: .kind, file: file, fullPath: full(file), problem: problem, fix: fix)
    }
    if let problem = Self.exposure(status) {
      return exposed(file: file, fullPath: full(file), problem: problem)
    }
    if let problem = owners.problem(owner: status.owner) {
      return PermissionFinding(
        kind: .owner, file: file, fullPath: full(file), problem: problem,
        fix: "ask an administrator to run: chown -R \(owners.ownerName) \(quoted)")
    }
    return nil
  }

  /// An entry's own status, or nil when it went between listing and looking: a compaction
  /// renames its temporary file away at any moment, and a reader must not fail for that.
  private static func status(_ path: FilePath) throws(Errno) -> FileStatus? {
    do throws(Errno) { return try FileStatus.of(path, following: false) } catch {
      if error == .noSuchFileOrDirectory { return nil }
      throw error
    }
  }

  private func exposed(file: String, fullPath: String, problem: String) -> PermissionFinding {
    PermissionFinding(
      kind: .exposed, file: file, fullPath: fullPath, problem: problem,
      fix: "run: chmod -R o-rwx \(quoted)")
  }

  private static func exposure(_ status: FileStatus) -> String? {
    let bits = status.otherBits
    switch (bits & 0o4 != 0, bits & 0o2 != 0) {
    case (true, true): return "readable and writable by other users"
    case (true, false): return "readable by other users"
    case (false, true): return "writable by other users"
    case (false, false): return bits == 0 ? nil : "open to other users"
    }
  }
}

/// Who may own a store's files and folders: the user who owns the store folder, and in a
/// group-shared store any member of its group, since members create files as they compact.
/// Anyone else could change a file's permissions or contents whatever its mode.
final class StoreOwners {
  /// How user and group ids are turned into names and memberships; tests make their own.
  struct Accounts: Sendable {
    var name: @Sendable (UInt32) -> String?
    var groupName: @Sendable (UInt32) -> String?
    var isMember: @Sendable (_ user: UInt32, _ group: UInt32) -> Bool

    /// The system's user and group databases.
    static let system = Accounts(
      name: { uid in SystemAccounts.user(uid)?.name },
      groupName: { gid in SystemAccounts.groupMembers(gid)?.name },
      isMember: { uid, gid in
        guard let user = SystemAccounts.user(uid) else { return false }
        return user.group == gid
          || SystemAccounts.groupMembers(gid)?.members.contains(user.name)
            == true
      })
  }

  let owner: UInt32
  /// The group of a group-shared store (setgid folder).
  let sharedWith: UInt32?
  let accounts: Accounts
  /// Each owner's verdict, looked up once per scan: most files share a few owners.
  private var verdicts: [UInt32: String?] = [:]

  init(owner: UInt32, sharedWith: UInt32?, accounts: Accounts) {
    self.owner = owner
    self.sharedWith = sharedWith
    self.accounts = accounts
  }

  convenience init(directory: FileStatus, accounts: Accounts) {
    self.init(
      owner: directory.owner, sharedWith: directory.mode & 0o2000 != 0 ? directory.group : nil,
      accounts: accounts)
  }

  /// The store owner as `chown` takes it.
  var ownerName: String { accounts.name(owner) ?? String(owner) }

  /// Why a file owned by `uid` does not belong in the store, or nil when it may.
  func problem(owner uid: UInt32) -> String? {
    if uid == owner { return nil }
    if let verdict = verdicts[uid] { return verdict }
    let verdict = lookUp(uid)
    verdicts[uid] = verdict
    return verdict
  }

  private func lookUp(_ uid: UInt32) -> String? {
    if let group = sharedWith {
      if accounts.isMember(uid, group) { return nil }
      let groupText =
        accounts.groupName(group).map { "group \($0) (gid \(group))" } ?? "group \(group)"
      return "is owned by \(who(uid)), who is not in \(groupText), which shares the store"
    }
    return "is owned by \(who(uid)), not by \(who(owner)), who owns the store"
  }

  private func who(_ uid: UInt32) -> String {
    accounts.name(uid).map { "\($0) (uid \(uid))" } ?? "uid \(uid)"
  }
}

/// Lookups in the system's user and group databases.
enum SystemAccounts {
  static func user(_ uid: UInt32) -> (name: String, group: UInt32)? {
    var entry = passwd()
    var result: UnsafeMutablePointer<passwd>?
    var buffer = [CChar](repeating: 0, count: 16_384)
    let status = getpwuid_r(uid_t(uid), &entry, &buffer, buffer.count, &result)
    guard status == 0, result != nil, let name = entry.pw_name else { return nil }
    return (String(cString: name), UInt32(entry.pw_gid))
  }

  static func groupMembers(_ gid: UInt32) -> (name: String, members: Set<String>)? {
    var entry = group()
    var result: UnsafeMutablePointer<group>?
    // A large group lists many members; grow the buffer until they fit.
    var size = 16_384
    while size <= 1 << 24 {
      var buffer = [CChar](repeating: 0, count: size)
      let status = getgrgid_r(gid_t(gid), &entry, &buffer, buffer.count, &result)
      if status == ERANGE {
        size *= 4
        continue
      }
      guard status == 0, result != nil, let name = entry.gr_name else { return nil }
      var members = Set<String>()
      if var member = entry.gr_mem {
        while let pointer = member.pointee {
          members.insert(String(cString: pointer))
          member += 1
        }
      }
      return (String(cString: name), members)
    }
    return nil
  }
}
