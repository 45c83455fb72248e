import Foundation

/// Runs the real `caseload` binary and captures what a user would see.
struct CLI {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
    /// The bytes exactly as written, for checks a decoded string would hide.
    var stdoutBytes = Data()
    var stderrBytes = Data()
    var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
  }

  /// The built binary beside the test bundle (or `$CASELOAD_BIN`).
  static let binary: String = {
    if let path = ProcessInfo.processInfo.environment["CASELOAD_BIN"] { return path }
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = directory.appendingPathComponent("caseload").path
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      directory = directory.deletingLastPathComponent()
    }
    return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent(".build/debug/caseload").path
  }()

  /// The repository's Data folder.
  static let dataDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Data").path

  var environment: [String: String]

  /// A CLI whose home, XDG folders and store live in a fresh temporary folder.
  init(home: String, today: String = "2026-11-23", extra: [String: String] = [:]) {
    var env = ProcessInfo.processInfo.environment
    env["HOME"] = home
    env["XDG_DATA_HOME"] = home + "/data"
    env["XDG_STATE_HOME"] = home + "/state"
    env["CASELOAD_TODAY"] = today
    env["CASELOAD_DATA"] = CLI.dataDirectory
    env.removeValue(forKey: "CASELOAD_STORE")
    for (key, value) in extra { env[key] = value }
    environment = env
  }

  @discardableResult
  func run(_ arguments: [String], stdin: String? = nil) throws -> Result {
    try CLI.run(executable: CLI.binary, arguments, environment: environment, stdin: stdin)
  }

  static func run(
    executable: String, _ arguments: [String], environment: [String: String], stdin: String? = nil
  ) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.environment = environment
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    // Read both pipes to the end before waiting, so a chatty child never blocks on a full pipe.
    let group = DispatchGroup()
    nonisolated(unsafe) var errData = Data()
    group.enter()
    DispatchQueue.global().async {
      errData = err.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self), stdoutBytes: outData, stderrBytes: errData)
  }
}

/// A fresh temporary folder, removed when the value goes away.
final class TemporaryDirectory {
  let path: String

  init() throws {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent(
      "caseload-e2e-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
    chmod(base.path, 0o700)
    path = base.path
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// Every file under a folder with its bytes, to prove a command left a store untouched.
func snapshotOfFiles(under path: String) -> [String: Data] {
  var result: [String: Data] = [:]
  guard let walker = FileManager.default.enumerator(atPath: path) else { return result }
  for case let name as String in walker {
    let full = path + "/" + name
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory),
      !isDirectory.boolValue
    {
      result[name] = FileManager.default.contents(atPath: full) ?? Data()
    }
  }
  return result
}
