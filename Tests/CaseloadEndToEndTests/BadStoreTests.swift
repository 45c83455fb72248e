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

  /// Numbers that once overflowed (SIGILL) in check, report, note or compact, and the file
  /// each refusal must name.
  static let hostileNumbers: [(String, String, @Sendable (String) throws -> Void)] = [
    (
      "journal Int.max", "caseload.json",
      { path in
        try edit(path + "/caseload.json", #""journal":1,"#, #""journal":9223372036854775807,"#)
        try FileManager.default.moveItem(
          atPath: path + "/journal/000001.jsonl",
          toPath: path + "/journal/9223372036854775807.jsonl")
      }
    ),
    (
      "sequence Int.max", "caseload.json",
      { try edit($0 + "/caseload.json", #""sequence":0,"#, #""sequence":9223372036854775807,"#) }
    ),
    (
      "a snapshot at Int.max - 1, then a line at Int.max", "caseload.json",
      { path in
        try edit(path + "/caseload.json", #""sequence":0,"#, #""sequence":9223372036854775806,"#)
        let line =
          #"{"at":"2026-11-23T14:05:00Z","by":"amara","change":{"case":"C100000","kind":"visit","on":"2026-11-20"},"seq":9223372036854775807}"#
        try Data((line + "\n").utf8).write(to: URL(fileURLWithPath: path + "/journal/000001.jsonl"))
      }
    ),
    (
      "a cap of 1e300", "caseload.json",
      { try edit($0 + "/caseload.json", #""fte":1,"#, #""fte":1,"cap":1e300,"#) }
    ),
    (
      "a weight of 1e308", "caseload.json",
      { try edit($0 + "/caseload.json", #""child-protection":6"#, #""child-protection":1e308"#) }
    ),
  ]

  /// Replaces the first `old` in a file.
  static func edit(_ file: String, _ old: String, _ new: String) throws {
    let text = try String(contentsOfFile: file, encoding: .utf8)
    guard let range = text.range(of: old) else { throw CocoaError(.fileReadCorruptFile) }
    try Data(text.replacingCharacters(in: range, with: new).utf8).write(
      to: URL(fileURLWithPath: file))
  }

  @Test(arguments: hostileNumbers.indices)
  func hostileNumber(_ index: Int) throws {
    let (name, file, damage) = Self.hostileNumbers[index]
    let home = try TemporaryDirectory()
    let cli = CLI(home: home.path)
    let path = home.path + "/store"
    #expect(
      try cli.run(["generate", "--workers", "3", "--cases", "6", "--notes", "4", "--out", path])
        .status == 0)
    try damage(path)
    let before = snapshotOfFiles(under: path)
    for arguments in [
      ["report"], ["report", "--format", "csv"], ["report", "--format", "json"], ["check"],
      ["note", "--case", "C100000", "--discussion", "x"], ["compact"],
    ] {
      let result = try cli.run(arguments + ["--store", path])
      #expect(result.status == 1, "\(name) \(arguments): \(result.stderr)")
      if arguments != ["check"] {
        #expect(result.stderrLines.count == 1, "\(name) \(arguments): \(result.stderr)")
      }
      #expect(
        (result.stdout + result.stderr).contains(file), "\(name) \(arguments): \(result.stderr)")
      #expect(!result.stderr.contains("runtime failure"), "\(name) \(arguments)")
    }
    #expect(snapshotOfFiles(under: path) == before, "\(name): the store changed")
  }
}
