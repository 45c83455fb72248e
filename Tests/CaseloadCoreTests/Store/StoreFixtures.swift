import CaseloadCore
import Foundation
import SystemPackage
import Testing

/// A small store in code: two teams, three workers, four children, a session, a note and an
/// addendum, enough for every reference the store checks.
enum StoreFixture {
  static let now = Timestamp(seconds: 1_795_442_700)  // 2026-11-23T14:05:00Z
  static let clock: @Sendable () -> Timestamp = { now }

  static func day(_ text: String) -> Day { Day(iso: text) ?? Day(ordinal: 0) }

  static var by: Authorship { Authorship(author: "amara", recorded: now) }

  static var caseload: Caseload {
    var caseload = Caseload()
    caseload.insert(Team(id: "T1", name: "Front Door", kind: .frontDoor, managers: ["amara"]))
    caseload.insert(
      Team(id: "T2", name: "Children in Care", kind: .childrenInCare, managers: ["bo"]))
    caseload.insert(
      Worker(
        id: "W1", name: "Zoë Adams", team: "T1", role: .socialWorker, employment: .permanent,
        started: day("2020-01-06")))
    caseload.insert(
      Worker(
        id: "W2", name: "Łukasz Nowak", team: "T1", role: .seniorPractitioner,
        employment: .agency, fte: 0.8, started: day("2024-03-04")))
    caseload.insert(
      Worker(
        id: "W3", name: "Siobhán Kelly", team: "T2", role: .asye, employment: .permanent,
        started: day("2026-09-01")))
    caseload.insert(
      Case(
        id: "C1", childName: "Ava", birthDate: day("2015-04-02"), category: .childProtection,
        opened: day("2026-01-10"), worker: "W1"))
    caseload.insert(
      Case(
        id: "C2", childName: "Ben", birthDate: day("2017-06-12"), family: "F1",
        category: .childInNeed, opened: day("2026-02-01"), worker: "W1"))
    caseload.insert(
      Case(
        id: "C3", childName: "Cai", birthDate: day("2019-08-30"), family: "F1",
        category: .childInNeed, opened: day("2026-02-01"), worker: "W2"))
    caseload.insert(
      Case(
        id: "C4", childName: "Dana", birthDate: day("2012-11-05"), category: .assessment,
        opened: day("2026-11-02"), team: "T1"))
    for (child, worker) in [("C1", "W1"), ("C2", "W1"), ("C3", "W2")] {
      caseload.append(
        Allocation(
          case: Case.ID(child), worker: Worker.ID(worker), from: day("2026-02-01"),
          reason: "allocated at referral", by: "amara"))
    }
    caseload.append(
      SupervisionSession(
        id: "S1", worker: "W1", date: day("2026-11-02"), attendees: ["amara", "Zoë Adams"],
        discussion: "Workload is high.",
        entries: [
          CaseDiscussion(
            case: "C1", discussion: "Core group on Friday.", decision: "Keep plan.",
            actions: [Action(id: "A1", text: "Book visit", owner: "W1", due: day("2026-11-09"))])
        ], authorship: by))
    caseload.append(
      OversightNote(
        id: "N1", note: CaseDiscussion(case: "C2", discussion: "Checked.", decision: "Continue."),
        authorship: by))
    caseload.append(Addendum(id: "D1", target: "N1", text: "Spoke to school too.", authorship: by))
    return caseload
  }

  static func note(_ id: String, on child: Case.ID = "C1") -> Change {
    .recordNote(
      OversightNote(
        id: RecordID(id),
        note: CaseDiscussion(case: child, discussion: "Discussed \(id).", decision: "Agreed."),
        authorship: by))
  }

  static func move(_ child: Case.ID, from: Worker.ID?, to: Worker.ID?) -> Change {
    .reassign(
      Reassignment(
        moves: [.init(case: child, from: from, to: to)], reason: "balancing loads",
        date: day("2026-11-23")))
  }
}

/// A unique temporary directory for one test, removed when the test is done with it.
final class TemporaryDirectory {
  let path: String

  init() throws {
    path =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("caseload-store-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  /// Where a store goes inside this directory.
  var store: String { path + "/store" }

  /// Creates the fixture store and returns its path.
  func makeStore(_ caseload: Caseload = StoreFixture.caseload) throws -> String {
    try FileStore.create(at: store, with: caseload)
    return store
  }
}

/// Expects the store to be refused with `expected` (after its full path) however it is opened,
/// `check` to list exactly `expected`, and no file to be touched (not even a lock file made).
func expectRefused(
  _ path: String, _ expected: String, limits: StoreLimits = .standard,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let before = Disk.files(in: path)
  #expect(
    FileStore.check(at: path, limits: limits).map(\.description) == [expected],
    sourceLocation: sourceLocation)
  for readOnly in [false, true] {
    let error = #expect(throws: CaseloadError.self, sourceLocation: sourceLocation) {
      try FileStore.open(
        at: path, readOnly: readOnly, user: "amara", clock: StoreFixture.clock, limits: limits)
    }
    #expect(error?.description == path + "/" + expected, sourceLocation: sourceLocation)
  }
  #expect(Disk.files(in: path) == before, sourceLocation: sourceLocation)
  #expect(!Disk.exists(path + "/lock"), sourceLocation: sourceLocation)
}

/// One store file as found on disk: enough to prove nothing touched it.
struct FileState: Equatable, CustomStringConvertible {
  var bytes: [UInt8]
  var size: Int
  var modified: Date?
  var mode: Int?

  var description: String { "\(size) bytes, mode \(mode.map { String($0, radix: 8) } ?? "?")" }
}

enum Disk {
  /// Every file and folder under a directory, by relative path.
  static func files(in directory: String) -> [String: FileState] {
    let manager = FileManager.default
    var result: [String: FileState] = [:]
    for name in (try? manager.subpathsOfDirectory(atPath: directory)) ?? [] {
      let path = directory + "/" + name
      let attributes = try? manager.attributesOfItem(atPath: path)
      let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
      // A huge (sparse) test file is compared by size and time, not read.
      result[name] = FileState(
        bytes: size > 16 << 20 ? [] : Array(manager.contents(atPath: path) ?? Data()),
        size: size,
        modified: attributes?[.modificationDate] as? Date,
        mode: (attributes?[.posixPermissions] as? NSNumber)?.intValue)
    }
    return result
  }

  static func text(_ path: String) -> String {
    String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
  }

  static func write(_ text: String, to path: String) throws {
    try write(Array(text.utf8), to: path)
  }

  /// Replaces a file's contents in place, keeping its mode.
  static func write(_ bytes: [UInt8], to path: String) throws {
    if !exists(path) {
      _ = FileManager.default.createFile(
        atPath: path, contents: Data(bytes), attributes: [.posixPermissions: 0o600])
      return
    }
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    defer { try? handle.close() }
    try handle.truncate(atOffset: 0)
    try handle.write(contentsOf: Data(bytes))
  }

  static func append(_ text: String, to path: String) throws {
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    defer { try? handle.close() }
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(text.utf8))
  }

  /// Permission bits including setgid, as `ls -l` would show them in octal.
  static func mode(_ path: String) -> Int {
    var status = stat()
    guard stat(path, &status) == 0 else { return -1 }
    return Int(status.st_mode) & 0o7777
  }

  static func chmod(_ path: String, _ mode: Int) {
    _ = Foundation.chmod(path, mode_t(mode))
  }

  static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }
}

/// Makes chosen store system calls fail, as a full disk, a read-only file system or a failing
/// disk would; everything else goes through to the real calls.
final class FaultPlan: @unchecked Sendable {
  enum Call: Sendable, CaseIterable {
    case open, write, sync, truncate, rename, makeDirectory, read
  }

  private struct Rule {
    var call: Call
    var errno: Errno
    var skip: Int
    var remaining: Int
    var partial: Bool
  }

  private let lock = NSLock()
  private var rules: [Rule] = []
  private var made: [Call: Int] = [:]

  /// How many calls of each kind went through, failed ones included.
  var counts: [Call: Int] { lock.withLock { made } }

  /// Drops every rule: the disk is well again.
  func clear() { lock.withLock { rules = [] } }

  /// Fails the `after`+1-th next call of a kind, `times` times. With `partial`, the failing
  /// write first writes half its bytes and reports that, as a filling disk does; the next
  /// write then fails.
  func fail(
    _ call: Call, with errno: Errno, after skip: Int = 0, times: Int = 1, partial: Bool = false
  ) {
    lock.withLock {
      rules.append(Rule(call: call, errno: errno, skip: skip, remaining: times, partial: partial))
    }
  }

  var isSpent: Bool { lock.withLock { rules.allSatisfy { $0.remaining == 0 } } }

  private func decide(_ call: Call) -> (errno: Errno, partial: Bool)? {
    lock.withLock {
      made[call, default: 0] += 1
      guard let index = rules.firstIndex(where: { $0.call == call && $0.remaining > 0 }) else {
        return nil
      }
      if rules[index].skip > 0 {
        rules[index].skip -= 1
        return nil
      }
      if rules[index].partial {
        rules[index].partial = false
        return (rules[index].errno, true)
      }
      rules[index].remaining -= 1
      return (rules[index].errno, false)
    }
  }

  var io: StoreIO {
    let system = StoreIO.system
    return StoreIO(
      open: { path, options, permissions throws(Errno) in
        if let fault = self.decide(.open) { throw fault.errno }
        return try system.open(path, options, permissions)
      },
      write: { fd, bytes, offset throws(Errno) in
        if let fault = self.decide(.write) {
          guard fault.partial, bytes.count > 1 else { throw fault.errno }
          return try system.write(
            fd, UnsafeRawBufferPointer(rebasing: bytes[..<(bytes.count / 2)]), offset)
        }
        return try system.write(fd, bytes, offset)
      },
      sync: { fd, kind throws(Errno) in
        if let fault = self.decide(.sync) { throw fault.errno }
        try system.sync(fd, kind)
      },
      truncate: { fd, length throws(Errno) in
        if let fault = self.decide(.truncate) { throw fault.errno }
        try system.truncate(fd, length)
      },
      rename: { from, to throws(Errno) in
        if let fault = self.decide(.rename) { throw fault.errno }
        try system.rename(from, to)
      },
      makeDirectory: { path, permissions throws(Errno) in
        if let fault = self.decide(.makeDirectory) { throw fault.errno }
        try system.makeDirectory(path, permissions)
      },
      read: { fd, buffer, offset throws(Errno) in
        if let fault = self.decide(.read) { throw fault.errno }
        return try system.read(fd, buffer, offset)
      })
  }
}

/// Collects values from several threads.
final class Collector<Value>: @unchecked Sendable {
  private let lock = NSLock()
  private var items: [Value] = []

  func add(_ value: Value) { lock.withLock { items.append(value) } }
  var all: [Value] { lock.withLock { items } }
}
