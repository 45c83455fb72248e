import Foundation

/// The executables `swift build` made, found beside the running test bundle.
enum Products {
  /// The folder holding the test bundle, which also holds the package's executables.
  static var directory: URL {
    let executable = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0]))
      .resolvingSymlinksInPath()
    var folder = executable.deletingLastPathComponent()
    // On macOS the tests run from inside an .xctest bundle, a few folders further down.
    while folder.pathComponents.count > 1, folder.path.contains(".xctest") {
      folder.deleteLastPathComponent()
    }
    return folder
  }

  /// The path of the built `caseload` executable.
  static var caseload: String {
    directory.appendingPathComponent("caseload").path
  }

  /// Whether this build of `caseload` has the `terminal-check` diagnostic screen: started
  /// without a terminal, it answers with the terminal layer's "needs a terminal" error.
  static let hasTerminalCheck: Bool = {
    guard FileManager.default.isExecutableFile(atPath: caseload) else { return false }
    let result = try? Spawn.run(
      [caseload, "terminal-check"],
      environment: ["TERM": "xterm-256color", "PATH": "/usr/bin:/bin"])
    return result?.errors.contains("needs a terminal") == true
  }()
}
