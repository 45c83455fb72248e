import CaseloadCore
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Every entry under a folder, read with lstat and never through a link or from anything but
/// a regular file (a device could be read for ever): enough to prove nothing changed.
func entries(in folder: String) -> [String: String] {
  var result: [String: String] = [:]
  func walk(_ relative: String) {
    let path = relative.isEmpty ? folder : folder + "/" + relative
    for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
      let inner = relative.isEmpty ? name : relative + "/" + name
      var status = stat()
      guard lstat(folder + "/" + inner, &status) == 0 else { continue }
      let mode = String(status.st_mode & 0o7777, radix: 8)
      switch status.st_mode & S_IFMT {
      case S_IFREG:
        let bytes = FileManager.default.contents(atPath: folder + "/" + inner) ?? Data()
        result[inner] = "file \(mode) \(bytes.count) \(bytes.hashValue)"
      case S_IFDIR:
        result[inner] = "folder \(mode)"
        walk(inner)
      default: result[inner] = "other \(status.st_mode) \(status.st_rdev)"
      }
    }
  }
  walk("")
  return result
}

/// Hostile journals and layouts through the real binary and the store: a line of every kind
/// of change with each field missing or of the wrong type, and devices, pipes, sockets,
/// folders and links in place of files. Each must be refused in one line naming the file,
/// the record and the problem, within a deadline, with every file left as it was.
@Suite("hostile journals and layouts: one line each, nothing touched")
struct HostileStoreTests {
  /// One way to spoil a journal line: a key removed, or its value swapped for the wrong type.
  struct Mutation {
    var description: String
    var line: Any
    var wrongType: Bool
  }

  /// Every key of an object, and of the first element of each list, removed in turn, and its
  /// value given the wrong type.
  static func mutations(of value: Any, path: String = "") -> [Mutation] {
    var result: [Mutation] = []
    if let object = value as? [String: Any] {
      for (key, inner) in object.sorted(by: { $0.key < $1.key }) {
        let at = path.isEmpty ? key : path + "." + key
        var without = object
        without.removeValue(forKey: key)
        result.append(Mutation(description: "\(at) removed", line: without, wrongType: false))
        if let wrong = wrongType(for: inner) {
          var swapped = object
          swapped[key] = wrong
          result.append(
            Mutation(description: "\(at) of the wrong type", line: swapped, wrongType: true))
        }
        for mutation in mutations(of: inner, path: at) {
          var changed = object
          changed[key] = mutation.line
          result.append(
            Mutation(
              description: mutation.description, line: changed, wrongType: mutation.wrongType))
        }
      }
    } else if let list = value as? [Any], let first = list.first {
      for mutation in mutations(of: first, path: path + "[0]") {
        var changed = list
        changed[0] = mutation.line
        result.append(
          Mutation(description: mutation.description, line: changed, wrongType: mutation.wrongType))
      }
    }
    return result
  }

  private static func wrongType(for value: Any) -> Any? {
    switch value {
    case is String: return 12345
    case is Bool, is NSNumber: return "many"
    case is [String: Any]: return [1, 2]
    case is [Any]: return ["not": "a list"]
    default: return nil
    }
  }

  @Test("a line of every change kind with each field missing or of the wrong type")
  func everyKindEveryField() throws {
    let home = try TemporaryDirectory()
    let (_, path) = try EveryKindStore.make(in: home)
    let journal = try Data(contentsOf: URL(fileURLWithPath: path + "/journal/000001.jsonl"))
    let lines = journal.split(separator: 0x0A).map { Data($0) }
    let store = try FileStore.open(at: path, readOnly: true, user: "t", clock: StoreAudit.clock)
    let kinds = try store.changes(since: 0).map(\.change)
    #expect(Set(kinds.map(\.kind)).isSuperset(of: EveryKindStore.kinds))
    let inverses = Set(
      kinds.compactMap { if case .undo(_, let inverse) = $0 { inverse.kind } else { nil } })
    #expect(inverses.isSuperset(of: EveryKindStore.inverseKinds))

    let results = Collected()
    let folder = home.path
    DispatchQueue.concurrentPerform(iterations: lines.count) { number in
      let work = folder + "/work-\(number)"
      do {
        try FileManager.default.copyItem(atPath: path, toPath: work)
        guard let tree = try JSONSerialization.jsonObject(with: lines[number]) as? [String: Any]
        else {
          return results.add("line \(number + 1) is not an object")
        }
        for mutation in Self.mutations(of: tree) {
          let bytes = try JSONSerialization.data(
            withJSONObject: mutation.line, options: [.sortedKeys, .withoutEscapingSlashes])
          var spoiled = lines[..<number].reduce(Data()) { $0 + $1 + [0x0A] }
          spoiled += bytes + [0x0A]
          try spoiled.write(to: URL(fileURLWithPath: work + "/journal/000001.jsonl"))
          let before = entries(in: work)
          let label = "line \(number + 1) (\(kinds[number].kind)): \(mutation.description)"
          results.add(Self.judge(work, line: number + 1, label: label, mutation: mutation))
          if entries(in: work) != before { results.add("\(label): a file changed") }
        }
      } catch {
        results.add("line \(number + 1): \(error)")
      }
    }
    #expect(results.all == [])
    #expect(Self.counted.count > 300, "too few mutations were tried (\(Self.counted.count))")
  }

  /// What is wrong with how the store took one spoiled line, or nil when it took it well:
  /// refused in one line naming the file and the line, the same way by check and by open, or
  /// (only for a field that may be left out) accepted by both.
  private static func judge(_ work: String, line: Int, label: String, mutation: Mutation)
    -> String?
  {
    counted.add()
    let problems = FileStore.check(at: work).map(\.description)
    let opened = Result { try FileStore.open(at: work, user: "t", clock: StoreAudit.clock) }
    switch (problems.first, opened) {
    case (nil, .success):
      return mutation.wrongType ? "\(label): a value of the wrong type was accepted" : nil
    case (nil, .failure(let error)): return "\(label): check passed but open said \(error)"
    case (let problem?, .success): return "\(label): open passed but check said \(problem)"
    case (let problem?, .failure(let error)):
      let prefix = "journal/000001.jsonl: line \(line)"
      if problems.count != 1 { return "\(label): \(problems.count) problems for one line" }
      if !problem.hasPrefix(prefix) || problem.contains("\n") { return "\(label): \(problem)" }
      if "\(error)" != work + "/" + problem { return "\(label): open said \(error)" }
      return nil
    }
  }

  private static let counted = Collected()

  /// Something odd in place of a store file, made as root can make it.
  struct Odd: Sendable, CustomTestStringConvertible {
    let name: String
    let shell: String
    let expected: String
    var testDescription: String { name }
  }

  static let odd: [Odd] = [
    Odd(
      name: "the snapshot as /dev/zero",
      shell: "rm caseload.json; mknod -m 600 caseload.json c 1 5",
      expected: "caseload.json: is a device, not a regular file; restore it from a backup"),
    Odd(
      name: "a segment as /dev/zero",
      shell: "rm journal/000001.jsonl; mknod -m 600 journal/000001.jsonl c 1 5",
      expected: "journal/000001.jsonl: is a device, not a regular file; restore it from a backup"),
    Odd(
      name: "the next segment as a block device", shell: "mknod -m 600 journal/000002.jsonl b 7 0",
      expected: "journal/000002.jsonl: is a device, not a regular file; restore it from a backup"),
    Odd(
      name: "the lock as a socket",
      shell:
        #"rm lock; python3 -c "import socket; socket.socket(socket.AF_UNIX).bind('lock')"; chmod 600 lock"#,
      expected:
        "lock: is a socket, not a regular file; remove it, and caseload makes a new lock file"),
    Odd(
      name: "the journal as a named pipe", shell: "rm -r journal; mkfifo -m 700 journal",
      expected: "journal: is a named pipe, not a folder; restore it from a backup"),
    Odd(
      name: "the snapshot as a folder", shell: "rm caseload.json; mkdir -m 700 caseload.json",
      expected: "caseload.json: is a folder, not a regular file; restore it from a backup"),
    Odd(
      name: "a segment as a folder", shell: "mkdir -m 700 journal/000002.jsonl",
      expected: "journal/000002.jsonl: is a folder, not a regular file; restore it from a backup"),
    Odd(
      name: "a link to /dev/zero as the next segment",
      shell: "ln -s /dev/zero journal/000002.jsonl",
      expected:
        "journal/000002.jsonl: is a symbolic link; a store's files must be real files, not links"),
    Odd(
      name: "a link to a folder in the store", shell: "ln -s /tmp drafts",
      expected: "drafts: is a symbolic link; a store's files must be real files, not links"),
  ]

  @Test(.enabled(if: geteuid() == 0, "making devices (mknod) needs root"), arguments: odd)
  func oddFilesAreRefusedAtOnce(_ odd: Odd) throws {
    let store = try TeamStore()
    let made = try CLI.run(
      executable: "/bin/sh", ["-c", "cd \"$0\" && " + odd.shell, store.path], environment: [:])
    #expect(made.status == 0, "\(made.stderr)")
    let before = entries(in: store.path)
    for arguments in [
      ["check"], ["report"], ["log"], ["note", "--case", "C1", "--discussion", "x"], ["compact"],
    ] {
      let child = try Child(
        [CLI.binary] + arguments + ["--store", store.path], environment: store.cli.environment)
      // A deadline, not a timing: a device or pipe that was opened would block or read for ever.
      let status = try child.wait(timeout: 20)
      #expect(status == 1, "\(arguments[0])")
      let said = (child.output + child.errors).split(separator: "\n").map(String.init)
      let named =
        arguments[0] == "check"
        ? "\(store.path): \(odd.expected)" : "caseload: \(store.path)/\(odd.expected)"
      #expect(said.first == named, "\(arguments[0]): \(said)")
    }
    #expect(entries(in: store.path) == before)
  }
}

/// Lines collected from several threads.
final class Collected: @unchecked Sendable {
  private let lock = NSLock()
  private var lines: [String] = []
  private var total = 0

  func add(_ line: String?) { lock.withLock { if let line { lines.append(line) } } }
  func add() { lock.withLock { total += 1 } }
  var all: [String] { lock.withLock { lines.sorted() } }
  var count: Int { lock.withLock { total } }
}
