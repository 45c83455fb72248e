import CaseloadCore
import Foundation

/// Owner-only directories and copies, whatever the umask.
enum PrivateDirectory {
  /// Creates the directory and any missing parents with mode 0700.
  static func make(_ path: String) throws {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else {
        throw CaseloadError.io(
          path: path, operation: "create the folder", reason: "a file is in the way")
      }
      return
    }
    let parent = (path as NSString).deletingLastPathComponent
    if !parent.isEmpty && parent != path { try make(parent) }
    guard mkdir(path, 0o700) == 0 || errno == EEXIST else {
      throw CaseloadError.io(
        path: path, operation: "create the folder", reason: String(cString: strerror(errno)))
    }
    _ = chmod(path, 0o700)
  }

  /// Copies a directory tree of plain files, every copy owner-only.
  static func copyTree(from source: String, to target: String) throws {
    let files = FileManager.default
    try make(target)
    let names: [String]
    do { names = try files.contentsOfDirectory(atPath: source) } catch {
      throw CaseloadError.io(
        path: source, operation: "read the folder", reason: error.localizedDescription)
    }
    for name in names {
      let from = source + "/" + name
      let to = target + "/" + name
      var isDirectory: ObjCBool = false
      _ = files.fileExists(atPath: from, isDirectory: &isDirectory)
      if isDirectory.boolValue {
        try copyTree(from: from, to: to)
      } else {
        guard let bytes = files.contents(atPath: from) else {
          throw CaseloadError.io(path: from, operation: "read", reason: "unreadable")
        }
        guard files.createFile(atPath: to, contents: bytes, attributes: [.posixPermissions: 0o600])
        else {
          throw CaseloadError.io(path: to, operation: "write", reason: "could not create the file")
        }
        _ = chmod(to, 0o600)
      }
    }
  }
}
