import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a finished command printed and how it ended.
struct SpawnResult {
  var status: Int32
  var output: String
  var errors: String
}

/// Runs a command to completion with a clean signal state, for the end-to-end harness.
///
/// Foundation's Process is not used: a child started from a test thread inherits that
/// thread's blocked signals, so a tmux server (and every program in its panes) would ignore
/// SIGTERM and SIGHUP, and on Linux its exit is not always noticed from a test, which hangs.
enum Spawn {
  static func run(
    _ arguments: [String], environment: [String: String]
  ) throws -> SpawnResult {
    guard let program = arguments.first else {
      throw TmuxError(description: "no command to run")
    }
    let output = try TemporaryFile()
    let errors = try TemporaryFile()

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output.url.path, O_WRONLY | O_TRUNC, 0)
    posix_spawn_file_actions_addopen(&actions, 2, errors.url.path, O_WRONLY | O_TRUNC, 0)

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    var allSignals = sigset_t()
    sigfillset(&allSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    posix_spawnattr_setflags(
      &attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    let argv = arguments.map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv + envp { free(pointer) }
    }
    var pid: pid_t = 0
    let spawned = posix_spawnp(&pid, program, &actions, &attributes, argv, envp)
    guard spawned == 0 else {
      throw TmuxError(
        description: "could not run \(program) (is it installed?): "
          + String(cString: strerror(spawned)))
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 {
      guard errno == EINTR else {
        throw TmuxError(
          description: "lost track of \(program): " + String(cString: strerror(errno)))
      }
    }
    // Decoded by hand: the W* macros are not visible from Swift.
    let exited = status & 0x7F == 0
    return SpawnResult(
      status: exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F),
      output: try output.contents(), errors: try errors.contents())
  }
}

/// A file that collects a command's output and is removed afterwards.
private final class TemporaryFile {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("caseload-spawn-\(UUID().uuidString)")
    guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
      throw TmuxError(description: "could not create \(url.path)")
    }
  }

  func contents() throws -> String {
    String(decoding: try Data(contentsOf: url), as: UTF8.self)
  }

  deinit {
    try? FileManager.default.removeItem(at: url)
  }
}
