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
    if !reset && files.fileExists(atPath: target) { return target }

    let data = try dataDirectory(in: context)
    let template = try JSONDecoder().decode(
      Template.self, from: try Data(contentsOf: URL(fileURLWithPath: data + "/demo.json")))
    let parent = (target as NSString).deletingLastPathComponent
    try PrivateDirectory.make(parent)

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
}
