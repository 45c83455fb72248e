import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A child process the test can watch and kill: its output goes to files (so it never blocks
/// on a full pipe), and it is killed and reaped when this goes away, whatever the test did.
final class Child {
  let pid: pid_t
  private let folder: String
  private var status: Int32?

  /// Starts `arguments` (a path, then its arguments) with `environment` and a clean signal
  /// state; standard input is empty.
  init(_ arguments: [String], environment: [String: String]) throws {
    folder =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("caseload-child-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, folder + "/out", O_WRONLY | O_CREAT, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, folder + "/err", O_WRONLY | O_CREAT, 0o600)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    var all = sigset_t()
    sigfillset(&all)
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let argv = arguments.map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for pointer in argv + envp { free(pointer) } }
    var child: pid_t = 0
    let spawned = posix_spawn(&child, arguments[0], &actions, &attributes, argv, envp)
    guard spawned == 0 else {
      try? FileManager.default.removeItem(atPath: folder)
      throw ChildError(description: "could not start \(arguments[0]): \(spawned)")
    }
    pid = child
  }

  deinit {
    if status == nil {
      kill(pid, SIGKILL)
      _ = try? wait(timeout: 10)
    }
    try? FileManager.default.removeItem(atPath: folder)
  }

  /// What it has written to standard output so far.
  var output: String { (try? String(contentsOfFile: folder + "/out", encoding: .utf8)) ?? "" }
  var errors: String { (try? String(contentsOfFile: folder + "/err", encoding: .utf8)) ?? "" }
  /// Whole lines of standard output so far (a line being written is left out).
  var lines: [String] {
    var lines = output.components(separatedBy: "\n")
    lines.removeLast()
    return lines
  }

  /// Kills it with SIGKILL, as a crash or `kill -9` would, and reaps it.
  func killNow() throws {
    kill(pid, SIGKILL)
    _ = try wait(timeout: 10)
  }

  /// Whether it has exited (reaping it if so).
  var hasExited: Bool {
    if status != nil { return true }
    var raw: Int32 = 0
    if waitpid(pid, &raw, WNOHANG) == pid { status = raw }
    return status != nil
  }

  /// Waits for it to end, polling, and gives its exit status (128 + n after signal n). Past
  /// the deadline it is killed and the wait fails, so a hung child never hangs the run.
  @discardableResult
  func wait(timeout: Double) throws -> Int32 {
    let deadline = Date().addingTimeInterval(timeout)
    while !hasExited {
      guard Date() < deadline else {
        kill(pid, SIGKILL)
        var raw: Int32 = 0
        _ = waitpid(pid, &raw, 0)
        status = raw
        throw ChildError(description: "gave up after \(timeout)s waiting for process \(pid)")
      }
      usleep(2_000)
    }
    let raw = status ?? 0
    return raw & 0x7F == 0 ? (raw >> 8) & 0xFF : 128 + (raw & 0x7F)
  }

  /// Polls its output until `predicate` holds for the lines so far, or it exits, or the
  /// deadline passes; returns the lines then.
  @discardableResult
  func waitForLines(timeout: Double, _ predicate: ([String]) -> Bool) throws -> [String] {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      let now = lines
      if predicate(now) { return now }
      if hasExited { return lines }
      guard Date() < deadline else {
        throw ChildError(
          description: "gave up after \(timeout)s waiting for output; it wrote:\n"
            + now.suffix(5).joined(separator: "\n") + "\n" + errors)
      }
      usleep(1_000)
    }
  }
}

struct ChildError: Error, CustomStringConvertible {
  var description: String
}
