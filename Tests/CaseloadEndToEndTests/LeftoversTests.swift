import Foundation
import Testing

@Suite("leftovers of a killed compaction or demo copy are cleaned up by the next writer")
struct LeftoversTests {
  @Test(
    "check mentions a leftover caseload.json.tmp, a reader leaves it, the next writer removes it")
  func interruptedCompaction() throws {
    let home = try TemporaryDirectory()
    let cli = CLI(home: home.path)
    let path = home.path + "/store"
    #expect(
      try cli.run(["generate", "--workers", "3", "--cases", "6", "--notes", "4", "--out", path])
        .status == 0)
    let temporary = path + "/caseload.json.tmp"
    #expect(
      FileManager.default.createFile(
        atPath: temporary, contents: Data(#"{"format":"case"#.utf8),
        attributes: [.posixPermissions: 0o600]))

    let check = try cli.run(["check", "--store", path])
    #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    #expect(
      check.stdout.contains(
        "\(path): caseload.json.tmp: left by an interrupted compaction; removed the next time the store is opened for writing"
      ), "\(check.stdout)")
    #expect(try cli.run(["report", "--store", path]).status == 0)
    #expect(FileManager.default.fileExists(atPath: temporary))

    let note = try cli.run(["note", "--store", path, "--case", "C100000", "--discussion", "x"])
    #expect(note.status == 0, "\(note.stderr)")
    #expect(!FileManager.default.fileExists(atPath: temporary))
    #expect(!(try cli.run(["check", "--store", path]).stdout.contains("caseload.json.tmp")))
  }

  @Test("a killed demo copy's scratch folders go with the next use of the demo, not during a copy")
  func interruptedDemoCopy() throws {
    let home = try TemporaryDirectory()
    let cli = CLI(home: home.path)
    #expect(try cli.run(["check", "--demo"]).status == 0)
    let parent = home.path + "/state/caseload"
    let leftovers = [parent + "/.demo-template-4242", parent + "/.demo-new-4242"]
    for folder in leftovers {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
      #expect(FileManager.default.createFile(atPath: folder + "/caseload.json", contents: nil))
    }

    // While a copy holds the lock its scratch folders are in use, whatever their names.
    // O_CLOEXEC: a process another test starts meanwhile must not inherit (and hold) the lock.
    let lock = open(parent + "/.demo-lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    #expect(lock >= 0)
    #expect(flock(lock, LOCK_EX) == 0)
    #expect(try cli.run(["report", "--demo"]).status == 0)
    for folder in leftovers { #expect(FileManager.default.fileExists(atPath: folder)) }
    close(lock)

    #expect(try cli.run(["report", "--demo"]).status == 0)
    for folder in leftovers {
      #expect(!FileManager.default.fileExists(atPath: folder), "\(folder)")
    }
    #expect(FileManager.default.fileExists(atPath: parent + "/demo/caseload.json"))
  }
}
