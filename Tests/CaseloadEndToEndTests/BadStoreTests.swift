import Foundation
import Testing

@Suite("a bad store gets a one-line error and is left byte-for-byte unchanged")
struct BadStoreTests {
  static let damages: [(String, @Sendable (Data) -> Data)] = [
    ("empty", { _ in Data() }),
    ("truncated", { $0.prefix($0.count / 2) }),
    ("null", { _ in Data("null".utf8) }),
    (
      "invalid UTF-8",
      {
        var d = $0
        d.insert(contentsOf: [0xFF, 0xFE, 0xC0], at: d.count / 3)
        return d
      }
    ),
    (
      "NUL bytes",
      {
        var d = $0
        d.insert(contentsOf: [0, 0, 0], at: d.count / 3)
        return d
      }
    ),
    ("deep nesting", { _ in Data(String(repeating: "[", count: 100_000).utf8) }),
    (
      "newer version",
      {
        Data(
          String(decoding: $0, as: UTF8.self).replacingOccurrences(
            of: "\"version\":1", with: "\"version\":99"
          ).utf8)
      }
    ),
  ]

  @Test(arguments: damages.indices)
  func damagedSnapshot(_ index: Int) throws {
    let (name, damage) = Self.damages[index]
    let home = try TemporaryDirectory()
    let cli = CLI(home: home.path)
    let path = home.path + "/store"
    #expect(
      try cli.run(["generate", "--workers", "3", "--cases", "6", "--notes", "4", "--out", path])
        .status == 0)
    let file = path + "/caseload.json"
    let original = try #require(FileManager.default.contents(atPath: file))
    try damage(original).write(to: URL(fileURLWithPath: file))
    let before = snapshotOfFiles(under: path)
    for arguments in [
      ["report"], ["check"], ["note", "--case", "C1", "--discussion", "x"], ["compact"],
    ] {
      let result = try cli.run(arguments + ["--store", path])
      #expect(result.status == 1, "\(name) \(arguments): \(result.stderr)")
      #expect(result.stderrLines.count >= 1, "\(name)")
      if arguments != ["check"] {
        #expect(result.stderrLines.count == 1, "\(name): \(result.stderr)")
      }
      #expect(
        (result.stdout + result.stderr).contains("caseload.json"), "\(name): \(result.stderr)")
      #expect(!result.stderr.contains("Fatal error"))
    }
    #expect(snapshotOfFiles(under: path) == before, "\(name): the store changed")
  }
}
