import Foundation
import Testing

/// The store on a genuinely full disk and a genuinely read-only file system (small tmpfs
/// mounts), through the real binary: the store is left as it was, the failure is one line,
/// and once there is room the same command saves the change once.
@Suite(
  "a real full disk and a real read-only file system",
  .enabled(if: Tmpfs.available, "skipped: \(Tmpfs.unavailable)"))
struct FileSystemTests {
  /// A store on `fs` with a team, a worker, a case and a note; the CLI's home is elsewhere.
  private func store(on fs: Tmpfs, home: TemporaryDirectory) throws -> (CLI, String) {
    let cli = CLI(home: home.path)
    let path = fs.path + "/store"
    for arguments in [
      ["init", path],
      ["team", "add", "riverside", "--name", "Riverside", "--kind", "CIN/CP", "--store", path],
      ["worker", "add", "amara", "--name", "Amara Okafor", "--team", "riverside", "--store", path],
      [
        "case", "add", "C1", "--child", "Ava", "--born", "1/2/15", "--category", "CIN", "--reason",
        "r", "--worker", "amara", "--opened", "1/6/26", "--store", path,
      ],
      ["note", "--case", "C1", "--discussion", "First visit", "--store", path],
    ] {
      let result = try cli.run(arguments)
      guard result.status == 0 else {
        throw ChildError(description: "\(arguments[0]): \(result.stderr)")
      }
    }
    return (cli, path)
  }

  /// Longer than the room left in a journal page, so the append needs a new block.
  static let longNote = String(repeating: "Spoke with the school and the family. ", count: 250)

  @Test(
    "a full disk: a note and a compaction fail in one line, the store is as it was, and the note saves once there is room"
  )
  func fullDisk() throws {
    let fs = try Tmpfs(size: "1m")
    let home = try TemporaryDirectory()
    let (cli, path) = try store(on: fs, home: home)
    let filler = try fs.fill()
    let before = snapshotOfFiles(under: path)
    let note = ["note", "--case", "C1", "--discussion", Self.longNote, "--store", path]

    let refused = try cli.run(note)
    #expect(refused.status == 1)
    #expect(
      refused.stderrLines == [
        "caseload: \(path)/journal/000001.jsonl: could not save the change: No space left on device"
      ])
    #expect(snapshotOfFiles(under: path) == before)
    let compact = try cli.run(["compact", "--store", path])
    #expect(compact.status == 1)
    #expect(
      compact.stderrLines == [
        "caseload: \(path)/caseload.json.tmp: could not compact the store: No space left on device"
      ])
    #expect(snapshotOfFiles(under: path) == before)
    let check = try cli.run(["check", "--store", path])
    #expect(check.status == 0, "\(check.stdout)")

    try FileManager.default.removeItem(atPath: filler)
    let saved = try cli.run(note)
    #expect(saved.status == 0, "\(saved.stderr)")
    let log = try cli.run(["log", "--store", path])
    #expect(log.stdout.split(separator: "\n").count { $0.contains("note") } == 2)
    #expect(try cli.run(["compact", "--store", path]).status == 0)
    #expect(try cli.run(["check", "--store", path]).status == 0)
  }

  @Test(
    "a read-only file system: changes are refused in one line, reading and the read-only board work"
  )
  func readOnly() throws {
    let fs = try Tmpfs(size: "1m")
    let home = try TemporaryDirectory()
    let (cli, path) = try store(on: fs, home: home)
    let before = snapshotOfFiles(under: path)
    try fs.remountReadOnly()

    let segment =
      "caseload: \(path)/journal/000001.jsonl: could not open it for writing: Read-only file system"
    for arguments in [
      ["note", "--case", "C1", "--discussion", "Seen"],
      ["reassign", "C1", "--unallocate", "--reason", "Cover"],
      ["compact"],
    ] {
      let result = try cli.run(arguments + ["--store", path])
      #expect(result.status == 1, "\(arguments[0])")
      #expect(result.stderrLines == [segment], "\(arguments[0])")
    }
    for arguments in [["report"], ["check"], ["log"], ["history", "C1"]] {
      let result = try cli.run(arguments + ["--store", path])
      #expect(result.status == 0, "\(arguments[0]): \(result.stderr)")
    }
    let made = try cli.run(["init", fs.path + "/another"])
    #expect(made.status == 1)
    #expect(
      made.stderrLines == [
        "caseload: \(fs.path)/another: could not create the store: Read-only file system"
      ])

    var environment = cli.environment
    environment["TERM"] = "tmux-256color"
    let board = try Tmux.start(
      command: [CLI.binary, "--store", path, "--read-only"], environment: environment)
    defer { board.kill() }
    _ = try board.waitFor("READ-ONLY")
    try board.send(keys: "q")
    #expect(try board.waitForExit() == 0)
    #expect(snapshotOfFiles(under: path) == before)
  }
}
