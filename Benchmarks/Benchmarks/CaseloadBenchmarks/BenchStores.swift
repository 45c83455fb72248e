import CaseloadCore
import Foundation

/// The two generated stores every benchmark runs on, and where they are.
///
/// `Benchmarks/compare.sh` makes them with `caseload generate` and names their folder in
/// `CASELOAD_BENCH_STORES`, so both halves of a comparison read the same files. Without it, the
/// first benchmark process of a run makes them in a child process (so the generator's memory
/// never counts in a benchmark's peak) under `$TMPDIR`, and the later ones of the same run reuse
/// them; folders of runs that have ended are removed.
enum BenchStore: String, CaseIterable {
  case team
  case authority

  var size: (workers: Int, cases: Int, notes: Int) {
    switch self {
    case .team: return (12, 250, 3_000)
    case .authority: return (2_000, 20_000, 200_000)
    }
  }

  /// The store's folder, made first if this run has none yet.
  var path: String { BenchStores.root + "/" + rawValue }

  /// The calendar date the store was made for, which the rules must use too.
  static var today: Day {
    if let text = ProcessInfo.processInfo.environment["CASELOAD_TODAY"], let day = Day(iso: text) {
      return day
    }
    return Day(Date())
  }
}

enum BenchStores {
  static let generateVariable = "CASELOAD_BENCH_GENERATE"
  static let storesVariable = "CASELOAD_BENCH_STORES"
  private static let prefix = "caseload-benchmark-stores-"

  /// The folder holding `team/` and `authority/`.
  static let root: String = {
    let environment = ProcessInfo.processInfo.environment
    if let given = environment[storesVariable], !given.isEmpty { return given }
    let temporary = environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    removeEndedRuns(in: temporary)
    // Each benchmark runs in its own process started by the benchmark tool, so the tool's
    // process id names one run.
    let folder = "\(temporary)/\(prefix)\(getppid())"
    if !FileManager.default.fileExists(atPath: folder + "/ready") { makeInChild(folder) }
    return folder
  }()

  /// Runs this executable again to write the stores, so their making stays out of this
  /// process's memory.
  private static func makeInChild(_ folder: String) {
    let executable = Bundle.main.executablePath ?? CommandLine.arguments[0]
    let child = Process()
    child.executableURL = URL(fileURLWithPath: executable)
    var environment = ProcessInfo.processInfo.environment
    environment[generateVariable] = folder
    child.environment = environment
    do {
      try child.run()
      child.waitUntilExit()
    } catch {
      fail("could not start \(executable) to make the stores: \(error)")
    }
    guard child.terminationStatus == 0 else { fail("making the stores in \(folder) failed") }
  }

  /// In the child: writes both stores into `folder` (through a temporary folder, renamed
  /// whole) and exits.
  static func generateIfAsked() {
    guard let folder = ProcessInfo.processInfo.environment[generateVariable] else { return }
    let building = folder + ".new"
    try? FileManager.default.removeItem(atPath: building)
    do {
      try FileManager.default.createDirectory(
        atPath: building, withIntermediateDirectories: false,
        attributes: [.posixPermissions: 0o700])
      let holidays = try BankHolidayList.load(from: bankHolidaysFile)
      for store in BenchStore.allCases {
        let size = store.size
        var caseload = SyntheticStore.make(
          workers: size.workers, cases: size.cases, notes: size.notes, today: BenchStore.today)
        caseload.settings.bankHolidays = holidays
        try FileStore.create(at: building + "/" + store.rawValue, with: caseload)
      }
      _ = FileManager.default.createFile(atPath: building + "/ready", contents: Data())
      try FileManager.default.moveItem(atPath: building, toPath: folder)
    } catch {
      fail("could not make the benchmark stores in \(building): \(error)")
    }
    exit(0)
  }

  /// `Data/bank-holidays.json` of the repository these benchmarks sit in.
  private static var bankHolidaysFile: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../../Data/bank-holidays.json").standardized.path
  }

  /// Removes store folders left by benchmark runs whose tool has exited.
  private static func removeEndedRuns(in temporary: String) {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: temporary)) ?? []
    for name in names where name.hasPrefix(prefix) {
      let digits = name.dropFirst(prefix.count).prefix { $0.isNumber }
      guard let pid = pid_t(digits), kill(pid, 0) != 0, errno == ESRCH else { continue }
      try? FileManager.default.removeItem(atPath: temporary + "/" + name)
    }
  }

  /// Where this process keeps its private copy of a store.
  static func copyPath(of store: BenchStore) -> String {
    NSTemporaryDirectory() + "caseload-benchmark-copy-\(getpid())-\(store.rawValue)/store"
  }

  /// A private copy of a store, for benchmarks that write.
  static func copy(of store: BenchStore) -> String {
    let copy = copyPath(of: store)
    let parent = (copy as NSString).deletingLastPathComponent
    let manager = FileManager.default
    do {
      try? manager.removeItem(atPath: parent)
      try manager.createDirectory(
        atPath: parent, withIntermediateDirectories: true,
        attributes: [.posixPermissions: 0o700])
      try manager.copyItem(atPath: store.path, toPath: copy)
      // The store refuses files other users can read, whatever the copy made of the modes.
      try manager.setAttributes([.posixPermissions: 0o700], ofItemAtPath: copy)
      let entries = try manager.subpathsOfDirectory(atPath: copy)
      for entry in entries {
        var isFolder: ObjCBool = false
        _ = manager.fileExists(atPath: copy + "/" + entry, isDirectory: &isFolder)
        try manager.setAttributes(
          [.posixPermissions: isFolder.boolValue ? 0o700 : 0o600],
          ofItemAtPath: copy + "/" + entry)
      }
    } catch {
      fail("could not copy \(store.path) to \(copy): \(error)")
    }
    return copy
  }

  /// Removes a copy made by `copy(of:)`.
  static func remove(copy: String) {
    try? FileManager.default.removeItem(atPath: (copy as NSString).deletingLastPathComponent)
  }

  static func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("caseload benchmarks: \(message)\n".utf8))
    exit(1)
  }
}
