import Foundation

/// A fresh store made as a manager would on first use: `caseload init`, then `team add`.
struct TeamStore {
  let home: TemporaryDirectory
  let cli: CLI
  let path: String

  init(today: String = "2026-11-23", holidays: String? = nil) throws {
    home = try TemporaryDirectory()
    cli = CLI(home: home.path, today: today)
    path = home.path + "/store"
    var initArguments = ["init", path]
    if let holidays {
      let file = home.path + "/holidays.json"
      try holidays.write(toFile: file, atomically: true, encoding: .utf8)
      initArguments += ["--bank-holidays", file]
    }
    try expectSuccess(initArguments)
    try expectSuccess([
      "team", "add", "riverside", "--name", "Riverside CIN/CP", "--kind", "CIN/CP",
    ])
  }

  /// Runs a command on this store (`--store` added after the subcommand words).
  @discardableResult
  func run(_ arguments: [String]) throws -> CLI.Result {
    try cli.run(arguments + (arguments.first == "init" ? [] : ["--store", path]))
  }

  @discardableResult
  func expectSuccess(_ arguments: [String]) throws -> CLI.Result {
    let result = try run(arguments)
    guard result.status == 0 else {
      throw Failure("\(arguments.joined(separator: " ")) exited \(result.status): \(result.stderr)")
    }
    return result
  }

  /// Writes a file in the test's folder and gives its path.
  func file(_ name: String, _ bytes: [UInt8]) throws -> String {
    let path = home.path + "/" + name
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  func file(_ name: String, _ text: String) throws -> String { try file(name, Array(text.utf8)) }

  struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
  }

  static let samples = CLI.dataDirectory + "/import"
}
