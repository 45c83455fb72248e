import Foundation

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

  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

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

  /// The folder of a cluster started here, stopped when the test process ends.
  nonisolated(unsafe) static var ownCluster: String?

  static func startOwn() -> Server? {
    let script = repository.appendingPathComponent(".ci/postgres.sh").path
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("caseload-pg-\(UUID().uuidString.prefix(8))").path
    for _ in 0..<5 {
      let port = Int.random(in: 56_000...60_000)
      let result = run(["/bin/bash", script, "start", folder, "\(port)"])
      if result.status == 0 {
        ownCluster = folder
        atexit {
          guard let folder = TestServer.ownCluster else { return }
          _ = TestServer.run([
            "/bin/bash",
            TestServer.repository.appendingPathComponent(
              ".ci/postgres.sh"
            ).path, "stop", folder,
          ])
          try? FileManager.default.removeItem(atPath: folder)
        }
        return Server(
          host: "127.0.0.1", port: port, user: "caseload_test", password: "caseload-test")
      }
      if result.status == 3 { return nil }  // no server binaries at all
      _ = run(["/bin/bash", script, "stop", folder])
      try? FileManager.default.removeItem(atPath: folder)
    }
    return nil
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
  public static func psql(_ sql: String, database: String = "postgres") throws -> String {
    guard let server else { throw Failure("no PostgreSQL server") }
    let result = run(
      [
        "/usr/bin/env", "psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h",
        server.host, "-p", "\(server.port)", "-U", server.user, "-d", database, "-c", sql,
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

  public static func run(_ arguments: [String], environment extra: [String: String] = [:]) -> (
    status: Int32, output: String
  ) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: arguments[0])
    process.arguments = Array(arguments.dropFirst())
    var environment = ProcessInfo.processInfo.environment
    for (key, value) in extra { environment[key] = value }
    process.environment = environment
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    do { try process.run() } catch { return (127, "\(error)") }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}
