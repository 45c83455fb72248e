import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A real PostgreSQL server for the tests (nothing is mocked): `CASELOAD_TEST_POSTGRES`
/// (`host:port`, with `PGPASSWORD`) as `.ci/run` starts it, else one this test run starts for
/// itself with `.ci/postgres.sh` in a temporary folder. When neither can be had, the tests that
/// need it are skipped, saying so.
public enum TestServer {
  public struct Server: Sendable {
    public var host: String
    public var port: Int
    public var user: String
    public var password: String
  }

  /// The repository: this file is Tests/PostgresTestServer/TestServer.swift.
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  public static let server: Server? = {
    let environment = ProcessInfo.processInfo.environment
    let user = environment["CASELOAD_TEST_POSTGRES_USER"] ?? "caseload_test"
    let password = environment["PGPASSWORD"] ?? "caseload-test"
    if let given = environment["CASELOAD_TEST_POSTGRES"], !given.isEmpty {
      let parts = given.split(separator: ":")
      guard parts.count == 2, let port = Int(parts[1]) else { return nil }
      return Server(host: String(parts[0]), port: port, user: user, password: password)
    }
    return startOwn()
  }()

  public static var available: Bool { server != nil }

  /// The cluster started here when none was given, stopped when the test process ends.
  nonisolated(unsafe) static var ownCluster: Cluster?

  static func startOwn() -> Server? {
    guard let cluster = Cluster.start() else { return nil }
    ownCluster = cluster
    atexit { TestServer.ownCluster?.remove() }
    return cluster.server
  }

  /// A throwaway cluster in a temporary folder, made with `.ci/postgres.sh`: the tests' own,
  /// or a private one for a test that stops the server and starts it again.
  public final class Cluster: @unchecked Sendable {
    // @unchecked: used from one test at a time.
    public let folder: String
    public let port: Int
    static let script = repository.appendingPathComponent(".ci/postgres.sh").path

    public var server: Server {
      Server(host: "127.0.0.1", port: port, user: "caseload_test", password: "caseload-test")
    }

    private init(folder: String, port: Int) {
      self.folder = folder
      self.port = port
    }

    /// A new cluster on a free port, offering TLS with a throwaway certificate when `tls`;
    /// nil when this machine has no PostgreSQL server binaries or none would start.
    public static func start(tls: Bool = false) -> Cluster? {
      let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("caseload-pg-\(UUID().uuidString.prefix(8))").path
      for _ in 0..<5 {
        let port = Int.random(in: 56_000...60_000)
        let result = run(["/bin/bash", script, "start", folder, "\(port)"] + (tls ? ["tls"] : []))
        if result.status == 0 { return Cluster(folder: folder, port: port) }
        _ = run(["/bin/bash", script, "stop", folder])
        try? FileManager.default.removeItem(atPath: folder)
        if result.status == 3 { return nil }  // no server binaries at all
      }
      return nil
    }

    /// Stops the server as an administrator would (fast shutdown: connections are cut).
    public func stop() { _ = run(["/bin/bash", Self.script, "stop", folder]) }

    /// Starts the stopped server again, on the same port with the same data.
    public func resume() throws {
      let result = run(["/bin/bash", Self.script, "resume", folder, "\(port)"])
      guard result.status == 0 else { throw Failure("postgres.sh resume: \(result.output)") }
    }

    /// Runs SQL with psql over the cluster's Unix socket (never TLS), as its superuser.
    public func psql(_ sql: String) throws -> String {
      let result = run([
        "/usr/bin/env", "psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", folder, "-p",
        "\(port)", "-U", "caseload_test", "-d", "postgres", "-c", sql,
      ])
      guard result.status == 0 else { throw Failure("psql: \(result.output)") }
      return result.output
    }

    /// Stops the server and deletes its folder.
    public func remove() {
      stop()
      try? FileManager.default.removeItem(atPath: folder)
    }
  }

  /// The environment a store needs to log in: the password as libpq reads it.
  public static var environment: [String: String] {
    var environment = ProcessInfo.processInfo.environment
    environment["PGPASSWORD"] = server?.password
    environment.removeValue(forKey: "PGSSLMODE")
    return environment
  }

  /// A new, empty database; its postgres:// address.
  public static func database(_ label: String = "t") throws -> String {
    guard server != nil else { throw Failure("no PostgreSQL server") }
    let name = "caseload_\(label)_\(UUID().uuidString.prefix(8).lowercased())"
    try psql("CREATE DATABASE \(name)")
    return address(name)
  }

  public static func address(_ database: String, user: String? = nil, query: String = "") -> String
  {
    let server = self.server
    return "postgres://\(user ?? server?.user ?? "caseload_test")@\(server?.host ?? "127.0.0.1"):"
      + "\(server?.port ?? 5432)/\(database)\(query)"
  }

  /// Runs SQL with psql as the tests' superuser; returns what it printed.
  @discardableResult
  public static func psql(_ sql: String, database: String = "postgres", user: String? = nil)
    throws -> String
  {
    guard let server else { throw Failure("no PostgreSQL server") }
    let result = run(
      [
        "/usr/bin/env", "psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h",
        server.host, "-p", "\(server.port)", "-U", user ?? server.user, "-d", database, "-c", sql,
      ], environment: ["PGPASSWORD": server.password])
    guard result.status == 0 else { throw Failure("psql: \(result.output)") }
    return result.output
  }

  /// The database name in a postgres:// address.
  public static func name(of address: String) -> String {
    String(address.split(separator: "/").last?.split(separator: "?").first ?? "")
  }

  public struct Failure: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
  }

  /// Runs a program to its end; its status and what it printed (standard output and error,
  /// through a file, so a server it starts cannot hold the reading end open). posix_spawn and
  /// waitpid rather than Foundation's Process, whose waitUntilExit was seen to hang here for good
  /// after the child had exited.
  public static func run(_ arguments: [String], environment extra: [String: String] = [:]) -> (
    status: Int32, output: String
  ) {
    var environment = ProcessInfo.processInfo.environment
    for (key, value) in extra { environment[key] = value }
    let output = FileManager.default.temporaryDirectory
      .appendingPathComponent("caseload-run-\(UUID().uuidString)").path
    defer { unlink(output) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    let argv = arguments.map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for pointer in argv + envp { free(pointer) } }
    var child: pid_t = 0
    let spawned = posix_spawn(&child, arguments[0], &actions, nil, argv, envp)
    guard spawned == 0 else { return (127, "could not start \(arguments[0]): \(spawned)") }
    var raw: Int32 = 0
    while waitpid(child, &raw, 0) == -1 && errno == EINTR {}
    let printed = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    let exited = raw & 0x7f == 0
    return (exited ? (raw >> 8) & 0xff : 128 + (raw & 0x7f), printed)
  }
}
