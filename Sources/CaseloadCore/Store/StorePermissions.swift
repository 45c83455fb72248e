import SystemPackage

/// A store file or folder that users outside its owner and group could read or write.
struct PermissionFinding: Sendable {
  /// The file relative to the store, or the store directory itself as the user named it.
  let file: String
  let fullPath: String
  let problem: String
  let fix: String

  var storeProblem: StoreProblem {
    StoreProblem(file: file, record: nil, problem: problem + "; " + fix)
  }

  var error: CaseloadError { .permissions(path: fullPath, problem: problem, fix: fix) }
}

extension StoreLayout {
  /// Every file and folder in the store that others could read or write. Symbolic links are
  /// skipped: the store never follows them, so their targets are never read.
  func permissionFindings() throws(Errno) -> [PermissionFinding] {
    var findings: [PermissionFinding] = []
    let top = try FileStatus.of(directory, following: true)
    if let problem = Self.exposure(top) {
      findings.append(finding(file: display, fullPath: display, problem: problem))
    }
    for name in try StoreFiles.names(in: directory).sorted() {
      guard let status = try Self.status(directory.appending(name)) else { continue }
      if let problem = Self.exposure(status) {
        findings.append(finding(file: name, fullPath: full(name), problem: problem))
      }
      guard name == Self.journalName, status.isDirectory else { continue }
      for inner in try StoreFiles.names(in: journal).sorted() {
        let relative = Self.journalName + "/" + inner
        guard let status = try Self.status(journal.appending(inner)) else { continue }
        if let problem = Self.exposure(status) {
          findings.append(finding(file: relative, fullPath: full(relative), problem: problem))
        }
      }
    }
    return findings
  }

  /// An entry's own status, or nil when it went between listing and looking: a compaction
  /// renames its temporary file away at any moment, and a reader must not fail for that.
  private static func status(_ path: FilePath) throws(Errno) -> FileStatus? {
    do throws(Errno) { return try FileStatus.of(path, following: false) } catch {
      if error == .noSuchFileOrDirectory { return nil }
      throw error
    }
  }

  private func finding(file: String, fullPath: String, problem: String) -> PermissionFinding {
    PermissionFinding(
      file: file, fullPath: fullPath, problem: problem, fix: "run: chmod -R o-rwx \(quoted)")
  }

  private static func exposure(_ status: FileStatus) -> String? {
    guard !status.isSymbolicLink else { return nil }
    let bits = status.otherBits
    switch (bits & 0o4 != 0, bits & 0o2 != 0) {
    case (true, true): return "readable and writable by other users"
    case (true, false): return "readable by other users"
    case (false, true): return "writable by other users"
    case (false, false): return bits == 0 ? nil : "open to other users"
    }
  }
}
