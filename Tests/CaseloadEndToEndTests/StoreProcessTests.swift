import CaseloadCore
import Foundation
import Testing

@Suite("the store across processes: durability, several writers, permissions")
struct StoreProcessTests {
  /// A small generated store and one of its cases.
  func smallStore(in home: TemporaryDirectory, cli: CLI) throws -> (path: String, caseID: String) {
    let path = home.path + "/store"
    let made = try cli.run([
      "generate", "--workers", "4", "--cases", "12", "--notes", "10", "--out", path,
    ])
    #expect(made.status == 0, "\(made.stderr)")
    let store = try FileStore.open(
      at: path, readOnly: true, user: "test", clock: { Timestamp(seconds: 0) })
    let first = try #require(store.caseload.cases.keys.first)
    return (path, first.rawValue)
  }

  @Test("a note reported as saved is in the store after the process is killed with SIGKILL at once")
  func savedSurvivesSIGKILL() throws {
    let home = try TemporaryDirectory()
    let cli = CLI(home: home.path)
    let (path, caseID) = try smallStore(in: home, cli: cli)
    var saved: [String] = []
    for round in 0..<10 {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: CLI.binary)
      process.arguments = [
        "note", "--store", path, "--case", caseID, "--discussion", "round \(round)",
      ]
      process.environment = cli.environment
      let out = Pipe()
      process.standardOutput = out
      process.standardError = FileHandle.nullDevice
      try process.run()
      // Kill the moment "saved" appears on stdout: the change must already be durable.
      var text = ""
      while !text.contains("\n") {
        let chunk = out.fileHandleForReading.availableData
        if chunk.isEmpty { break }
        text += String(decoding: chunk, as: UTF8.self)
      }
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      if text.hasPrefix("saved note ") {
        saved.append(String(text.split(separator: " ")[2]))
      }
    }
    #expect(saved.count == 10)
    let store = try FileStore.open(
      at: path, readOnly: true, user: "test", clock: { Timestamp(seconds: 0) })
    let ids = Set(store.caseload.notes.map(\.id.rawValue))
    for id in saved { #expect(ids.contains(id), "note \(id) was reported saved but is missing") }
  }

  @Test("two processes committing 200 notes each to one store end with all 400")
  func twoWriters() throws {
    let home = try TemporaryDirectory()
    let cli = CLI(home: home.path)
    let (path, caseID) = try smallStore(in: home, cli: cli)
    let before = try FileStore.open(
      at: path, readOnly: true, user: "t", clock: { Timestamp(seconds: 0) })
    let startNotes = before.caseload.notes.count
    let startSequence = before.sequence
    let script = """
      i=0; while [ $i -lt 200 ]; do
        "$0" note --store "$1" --case "$2" --discussion "writer $3 note $i" >/dev/null || exit 1
        i=$((i+1)); done
      """
    let writers = try (1...2).map { writer in
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/bin/sh")
      process.arguments = ["-c", script, CLI.binary, path, caseID, "\(writer)"]
      process.environment = cli.environment
      try process.run()
      return process
    }
    for writer in writers {
      writer.waitUntilExit()
      #expect(writer.terminationStatus == 0)
    }
    let after = try FileStore.open(
      at: path, readOnly: true, user: "t", clock: { Timestamp(seconds: 0) })
    #expect(after.caseload.notes.count == startNotes + 400)
    #expect(after.sequence == startSequence + 400)
    let sequences = try after.changes(since: startSequence).map(\.sequence)
    #expect(sequences == Array((startSequence + 1)...(startSequence + 400)))
  }

  @Test("files are owner-only whatever the umask", arguments: ["000", "077", "022"])
  func modesUnderUmask(_ mask: String) throws {
    let home = try TemporaryDirectory()
    let cli = CLI(home: home.path)
    let path = home.path + "/store"
    let result = try CLI.run(
      executable: "/bin/sh", ["-c", "umask \(mask); exec \"$0\" init \"$1\"", CLI.binary, path],
      environment: cli.environment)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try mode(path) == 0o700)
    for (name, _) in snapshotOfFiles(under: path) {
      #expect(try mode(path + "/" + name) == 0o600, "\(name)")
    }
    let note = try CLI.run(
      executable: "/bin/sh",
      ["-c", "umask \(mask); exec \"$0\" check --store \"$1\"", CLI.binary, path],
      environment: cli.environment)
    #expect(note.status == 0, "\(note.stderr)")
  }

  @Test("a store in a setgid folder is group-shared: files 0660, never readable by others")
  func groupShared() throws {
    let home = try TemporaryDirectory()
    let cli = CLI(home: home.path)
    let path = home.path + "/shared"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    chmod(path, 0o2770)
    let result = try CLI.run(
      executable: "/bin/sh", ["-c", "umask 000; exec \"$0\" init \"$1\"", CLI.binary, path],
      environment: cli.environment)
    #expect(result.status == 0, "\(result.stderr)")
    for (name, _) in snapshotOfFiles(under: path) {
      #expect(try mode(path + "/" + name) == 0o660, "\(name)")
    }
  }

  @Test("a store that others can read is refused with a fix, and left as it was")
  func othersCanRead() throws {
    let home = try TemporaryDirectory()
    let cli = CLI(home: home.path)
    let (path, _) = try smallStore(in: home, cli: cli)
    chmod(path + "/caseload.json", 0o644)
    let before = snapshotOfFiles(under: path)
    let result = try cli.run(["report", "--store", path])
    #expect(result.status == 1)
    #expect(result.stderrLines.count == 1)
    #expect(result.stderr.contains("chmod"), "\(result.stderr)")
    #expect(snapshotOfFiles(under: path) == before)
  }

  @Test("a journal folder linked to a world-writable folder is refused; no note lands there")
  func linkedJournal() throws {
    let home = try TemporaryDirectory()
    let cli = CLI(home: home.path)
    let (path, caseID) = try smallStore(in: home, cli: cli)
    let elsewhere = home.path + "/open-to-all"
    try FileManager.default.moveItem(atPath: path + "/journal", toPath: elsewhere)
    chmod(elsewhere, 0o777)
    for name in try FileManager.default.contentsOfDirectory(atPath: elsewhere) {
      chmod(elsewhere + "/" + name, 0o666)
    }
    try FileManager.default.createSymbolicLink(
      atPath: path + "/journal", withDestinationPath: elsewhere)
    let outside = snapshotOfFiles(under: elsewhere)
    for arguments in [
      ["check"], ["report"], ["note", "--case", caseID, "--discussion", "x"], ["compact"],
    ] {
      let result = try cli.run(arguments + ["--store", path])
      #expect(result.status == 1, "\(arguments): \(result.stdout)")
      #expect(
        result.stdout.contains("journal: is a symbolic link")
          || result.stderr.contains("journal: is a symbolic link"), "\(arguments): \(result.stderr)"
      )
    }
    #expect(snapshotOfFiles(under: elsewhere) == outside)
  }

  func mode(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? Int ?? -1) & 0o7777
  }
}
