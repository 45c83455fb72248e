import CaseloadCore
import Foundation

/// The private, writable copy of the Northfield demo store that `demo` and `--demo` use.
enum DemoStore {
  /// The demo template: `Data/northfield` and the day it was built for (`Data/demo.json`).
  struct Template: Decodable {
    var store: String
    var builtFor: Day
  }

  /// The repository's `Data/` folder: `$CASELOAD_DATA`, else the one this binary was built from.
  static func dataDirectory(in context: Context) throws -> String {
    if let path = context.environment["CASELOAD_DATA"], !path.isEmpty { return path }
    // Sources/caseload/Support/DemoStore.swift -> repository root.
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let data = root.appendingPathComponent("Data").path
    guard FileManager.default.fileExists(atPath: data + "/demo.json") else {
      throw CaseloadError.notFound(
        "cannot find the demo data (Data/demo.json); set CASELOAD_DATA to the repository's Data folder"
      )
    }
    return data
  }

  /// Makes the private demo copy when it does not exist (or `reset` is set) and returns its path.
  @discardableResult
  static func ensure(in context: Context, reset: Bool = false) throws -> String {
    let target = context.demoStorePath
    let files = FileManager.default
    let parent = (target as NSString).deletingLastPathComponent
    if !reset && files.fileExists(atPath: target) {
      // Tidying up is a courtesy: a copy running now, or a folder we cannot lock, waits.
      if let lock = try? CopyLock.take(in: parent, wait: false) {
        removeLeftovers(in: parent)
        lock.release()
      }
      return target
    }

    let data = try dataDirectory(in: context)
    let template = try JSONDecoder().decode(
      Template.self, from: try Data(contentsOf: URL(fileURLWithPath: data + "/demo.json")))
    try PrivateDirectory.make(parent)
    // One copy at a time, so any scratch folder found while holding the lock is a leftover.
    let lock = try CopyLock.take(in: parent, wait: true)
    defer { lock?.release() }
    removeLeftovers(in: parent)
    // Another caseload may have made the copy while this one waited.
    if !reset && files.fileExists(atPath: target) { return target }

    // Git does not keep file modes, so the template is read through a private copy.
    let scratch = parent + "/.demo-template-\(getpid())"
    let staging = parent + "/.demo-new-\(getpid())"
    defer {
      try? files.removeItem(atPath: scratch)
      try? files.removeItem(atPath: staging)
    }
    try PrivateDirectory.copyTree(from: data + "/" + template.store, to: scratch)
    let source = try FileStore.open(
      at: scratch, readOnly: true, user: context.user, clock: context.clock)
    let weeks = template.builtFor.days(until: context.today) / 7
    let shifted = source.caseload.shifted(byDays: weeks * 7)
    try FileStore.create(at: staging, with: shifted)
    if files.fileExists(atPath: target) { try files.removeItem(atPath: target) }
    try files.moveItem(atPath: staging, toPath: target)
    return target
  }

  /// The scratch folders a copy works in, named with its process id.
  static let scratchPrefixes = [".demo-template-", ".demo-new-"]

  /// Removes scratch folders a killed copy left behind. Call only holding the copy lock.
  static func removeLeftovers(in parent: String) {
    let files = FileManager.default
    for name in (try? files.contentsOfDirectory(atPath: parent)) ?? []
    where scratchPrefixes.contains(where: { name.hasPrefix($0) }) {
      try? files.removeItem(atPath: parent + "/" + name)
    }
  }
}

/// The lock a demo copy holds from start to finish: `.demo-lock` beside the copy, taken with
/// flock, so it is let go however the process ends.
struct CopyLock {
  static let name = ".demo-lock"
  private let fd: Int32

  /// Takes the lock, waiting for another copy to finish when `wait`; nil when it is busy and
  /// not waiting.
  static func take(in parent: String, wait: Bool) throws -> CopyLock? {
    let path = parent + "/" + name
    let fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw failure(path) }
    var locked: Int32
    repeat {
      locked = flock(fd, wait ? LOCK_EX : LOCK_EX | LOCK_NB)
    } while locked != 0 && errno == EINTR
    guard locked == 0 else {
      let busy = errno == EWOULDBLOCK
      let error = failure(path)
      close(fd)
      if busy { return nil }
      throw error
    }
    return CopyLock(fd: fd)
  }

  private static func failure(_ path: String) -> CaseloadError {
    .io(path: path, operation: "lock the demo copy", reason: String(cString: strerror(errno)))
  }

  func release() { close(fd) }
}
