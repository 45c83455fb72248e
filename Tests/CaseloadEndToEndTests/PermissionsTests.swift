import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Every file and folder caseload makes has its documented mode whatever the umask: a store
/// (by init, generate and the demo copy), what a change and a compaction add, the lock, and
/// the drafts folder and files; a store open to others, a link in it, or a file someone else
/// owns is refused with the command that fixes it.
@Suite("permissions and ownership of everything caseload makes")
struct PermissionsTests {
  /// Modes of everything under `folder` (setgid included), by relative path.
  static func modes(under folder: String) -> [String: Int] {
    var result: [String: Int] = [:]
    let walker = FileManager.default.enumerator(atPath: folder)
    while let name = walker?.nextObject() as? String {
      var status = stat()
      if lstat(folder + "/" + name, &status) == 0 { result[name] = Int(status.st_mode) & 0o7777 }
    }
    return result
  }

  static func mode(_ path: String) -> Int {
    var status = stat()
    return lstat(path, &status) == 0 ? Int(status.st_mode) & 0o7777 : -1
  }

  /// Every folder `folder` and files `file`, as `ls -l` would show them in octal.
  static func expectModes(
    _ path: String, folder: Int, file: Int, _ label: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(mode(path) == folder, "\(label): \(path)", sourceLocation: sourceLocation)
    let found = modes(under: path)
    #expect(!found.isEmpty, "\(label): nothing in \(path)", sourceLocation: sourceLocation)
    for (name, mode) in found {
      var isFolder: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isFolder)
      let wanted = isFolder.boolValue ? folder : file
      #expect(
        mode == wanted, "\(label): \(name) is \(String(mode, radix: 8))",
        sourceLocation: sourceLocation)
    }
  }

  @Test(
    "store, change, compaction, lock, generate and the demo copy under umask",
    arguments: ["000", "022", "077"])
  func storesUnderUmask(_ mask: String) throws {
    let home = try TemporaryDirectory()
    let cli = CLI(home: home.path)
    let store = home.path + "/store"
    let generated = home.path + "/generated"
    func run(_ arguments: [String]) throws {
      let result = try CLI.run(
        executable: "/bin/sh", ["-c", "umask \(mask); exec \"$0\" \"$@\"", CLI.binary] + arguments,
        environment: cli.environment)
      #expect(result.status == 0, "\(arguments.prefix(2)): \(result.stderr)")
    }
    try run(["init", store])
    try run(["team", "add", "t", "--name", "T", "--kind", "other", "--store", store])
    try run(["compact", "--store", store])
    try run(["team", "add", "u", "--name", "U", "--kind", "other", "--store", store])
    try run(["generate", "--workers", "2", "--cases", "2", "--notes", "1", "--out", generated])
    try run(["report", "--demo"])
    #expect(FileManager.default.fileExists(atPath: store + "/journal/000002.jsonl"))
    #expect(FileManager.default.fileExists(atPath: store + "/lock"))
    Self.expectModes(store, folder: 0o700, file: 0o600, "umask \(mask), store")
    Self.expectModes(generated, folder: 0o700, file: 0o600, "umask \(mask), generate")
    // The demo copy and its lock, and the folders made above them.
    Self.expectModes(home.path + "/state", folder: 0o700, file: 0o600, "umask \(mask), demo")
  }

  @Test("drafts folder and files under umask", arguments: ["000", "077"])
  func draftsUnderUmask(_ mask: String) throws {
    let home = try TemporaryDirectory()
    var environment = CLI(home: home.path).environment
    environment["TERM"] = "tmux-256color"
    let tmux = try Tmux.start(
      command: ["/bin/sh", "-c", "umask \(mask); exec \"$0\" demo", CLI.binary],
      environment: environment)
    defer { tmux.kill() }
    _ = try tmux.waitFor("Cases of")
    try tmux.send(keys: "Tab")
    try tmux.send(keys: "n")
    _ = try tmux.waitFor("Oversight note on")
    try tmux.type("Kept as a draft")
    _ = try tmux.waitFor("Kept as a draft")
    let drafts = home.path + "/state/caseload/drafts"
    let deadline = Date().addingTimeInterval(10)
    while Self.modes(under: drafts).count < 2, Date() < deadline { usleep(20_000) }
    try tmux.send(keys: "C-c")
    Self.expectModes(drafts, folder: 0o700, file: 0o600, "umask \(mask), drafts")
    #expect(Self.modes(under: drafts).count == 2, "one folder for the store, one draft in it")
  }

  @Test(
    "a group-shared store under umask 000 and 077: folders 2770, files 0660",
    arguments: ["000", "077"])
  func groupSharedUnderUmask(_ mask: String) throws {
    let home = try TemporaryDirectory()
    let cli = CLI(home: home.path)
    let store = home.path + "/shared"
    try FileManager.default.createDirectory(atPath: store, withIntermediateDirectories: false)
    chmod(store, 0o2770)
    for arguments in [
      ["init", store], ["team", "add", "t", "--name", "T", "--kind", "other", "--store", store],
      ["compact", "--store", store],
      ["team", "add", "u", "--name", "U", "--kind", "other", "--store", store],
    ] {
      let result = try CLI.run(
        executable: "/bin/sh", ["-c", "umask \(mask); exec \"$0\" \"$@\"", CLI.binary] + arguments,
        environment: cli.environment)
      #expect(result.status == 0, "\(result.stderr)")
    }
    Self.expectModes(store, folder: 0o2770, file: 0o660, "umask \(mask), shared")
  }

  /// A store file handed to someone else, and the one line that says how to give it back.
  @Test(
    .enabled(if: geteuid() == 0, "giving a file to another user (chown) needs root"),
    arguments: [
      "caseload.json", "lock", "journal", "journal/000001.jsonl", "journal/000002.jsonl", "",
    ])
  func aFileOwnedBySomeoneElseIsRefusedWithTheFix(_ file: String) throws {
    let store = try TeamStore()
    try store.expectSuccess(["compact"])
    let target = file.isEmpty ? store.path : store.path + "/" + file
    #expect(lchown(target, 65534, 65534) == 0)
    let before = snapshotOfFiles(under: store.path)
    let result = try store.run(["note", "--case", "C1", "--discussion", "x"])
    #expect(result.status == 1)
    #expect(result.stderrLines.count == 1, "\(result.stderr)")
    let line = result.stderrLines.first ?? ""
    if file.isEmpty {
      // Owning the folder makes nobody the store's owner, so every file is someone else's.
      #expect(line.contains("not by nobody (uid 65534), who owns the store"), "\(line)")
    } else {
      #expect(line.hasPrefix("caseload: \(target): is owned by nobody (uid 65534)"), "\(line)")
    }
    #expect(
      line.hasSuffix("chown -R \(file.isEmpty ? "nobody" : "root") '\(store.path)'"), "\(line)")
    #expect(snapshotOfFiles(under: store.path) == before)
    // Doing what it says is enough.
    let fix = try CLI.run(
      executable: "/bin/chown", ["-R", file.isEmpty ? "nobody" : "root", store.path],
      environment: [:])
    #expect(fix.status == 0)
    if file.isEmpty {
      _ = try CLI.run(executable: "/bin/chown", ["-R", "root", store.path], environment: [:])
    }
    #expect(try store.run(["check"]).status == 0)
  }

  @Test(
    "a store open to others is refused by every command with the chmod that fixes it",
    arguments: [
      ("", 0o705), ("caseload.json", 0o604), ("journal", 0o702), ("journal/000001.jsonl", 0o606),
      ("lock", 0o601),
    ])
  func openToOthers(_ file: String, _ mode: Int) throws {
    let store = try TeamStore()
    let target = file.isEmpty ? store.path : store.path + "/" + file
    chmod(target, mode_t(mode))
    let before = snapshotOfFiles(under: store.path)
    for arguments in [
      ["report"], ["note", "--case", "C1", "--discussion", "x"], ["compact"], ["log"],
    ] {
      let result = try store.run(arguments)
      #expect(result.status == 1, "\(arguments[0])")
      #expect(result.stderrLines.count == 1)
      #expect(result.stderr.hasSuffix("run: chmod -R o-rwx '\(store.path)'\n"), "\(result.stderr)")
    }
    #expect(snapshotOfFiles(under: store.path) == before)
    let fix = try CLI.run(executable: "/bin/chmod", ["-R", "o-rwx", store.path], environment: [:])
    #expect(fix.status == 0)
    #expect(try store.run(["check"]).status == 0)
  }
}
