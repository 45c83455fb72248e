import CaseloadCore
import Foundation
import Testing

/// How hard the proof suites work: `CASELOAD_PROOF_SCALE=10` runs ten times the rounds, and
/// `CASELOAD_PROOF_SEED` repeats a run (every failure names its seed).
enum Proof {
  static let scale = max(
    1, Int(ProcessInfo.processInfo.environment["CASELOAD_PROOF_SCALE"] ?? "") ?? 1)
  static let seed: UInt64 =
    UInt64(ProcessInfo.processInfo.environment["CASELOAD_PROOF_SEED"] ?? "")
    ?? UInt64(Date().timeIntervalSince1970 * 1000)

  /// A seeded generator (SplitMix64), so a failing run can be repeated exactly.
  struct Random: RandomNumberGenerator {
    var state: UInt64
    init(_ seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  /// A generated store in `home`.
  static func generated(
    in home: TemporaryDirectory, cli: CLI, workers: Int, cases: Int, notes: Int
  ) throws -> String {
    let path = home.path + "/store"
    let made = try cli.run([
      "generate", "--workers", "\(workers)", "--cases", "\(cases)", "--notes", "\(notes)",
      "--out", path,
    ])
    guard made.status == 0 else { throw ChildError(description: "generate: \(made.stderr)") }
    return path
  }
}

/// SQLite's crash test, for the store: a real `caseload` process commits moves, notes and
/// supervision sessions and compacts in a loop (`caseload commit-loop`, a hidden subcommand)
/// and is killed with SIGKILL at random moments; after every kill the store must check clean,
/// open for writing, and hold every change the process reported saved exactly once.
@Suite("crash: SIGKILL at random moments never loses, doubles or tears a saved change")
struct CrashTests {
  /// Kills one commit-loop after `delay` (µs), counted from its start or, with `afterOutput`,
  /// from its first line; returns the lines it wrote.
  private func killed(
    _ arguments: [String], cli: CLI, delay: UInt32, afterOutput: Bool
  ) throws -> [String] {
    let child = try Child([CLI.binary, "commit-loop"] + arguments, environment: cli.environment)
    if afterOutput { try child.waitForLines(timeout: 60) { !$0.isEmpty } }
    usleep(delay)
    let exited = child.hasExited
    try child.killNow()
    if exited { throw ChildError(description: "commit-loop ended by itself: \(child.errors)") }
    return child.lines
  }

  @Test(
    "100 kills of a process committing moves, notes and sessions and compacting",
    arguments: Backend.all)
  func killedWhileCommitting(_ backend: Backend) throws {
    let home = try TemporaryDirectory()
    let cli = CLI(home: home.path, extra: Backend.environment)
    let path = try backend.store(
      from: Proof.generated(in: home, cli: cli, workers: 6, cases: 30, notes: 20), cli: cli)
    var random = Proof.Random(Proof.seed)
    var reported: [Reported] = []
    var sequence = 0
    var unreported = 0
    for round in 0..<(100 * Proof.scale) {
      // Half the kills come at any moment from the start (opening, tidying a torn line), half
      // once the process is committing.
      let lines = try killed(
        [
          "--store", path, "--changes", "100000", "--writer", "r\(round)", "--seed",
          "\(random.next())",
        ], cli: cli,
        delay: UInt32.random(
          in: 0..<(round % 2 == 0 ? 80_000 : 20_000) * backend.pace, using: &random),
        afterOutput: round % 2 == 1)
      let saved = Reported.all(in: lines)
      reported += saved
      let (problems, now) = StoreAudit.audit(at: path, reported: reported)
      #expect(problems == [], "round \(round), seed \(Proof.seed)")
      // At most the change being saved when the kill came is there unreported.
      let extra = now - sequence - saved.count
      #expect((0...1).contains(extra), "round \(round): \(extra) changes unaccounted for")
      unreported += max(0, extra)
      sequence = now
      if !problems.isEmpty { break }
      if round % 25 == 24 {
        let check = try cli.run(["check", "--store", path])
        #expect(check.status == 0, "round \(round): \(check.stdout)\(check.stderr)")
      }
    }
    #expect(reported.count > 100, "too few changes were saved between the kills")
    #expect(Set(reported.map(\.kind)) == ["reassign", "note", "supervise"])
    #expect(unreported <= 100 * Proof.scale)
  }

  @Test("kills during compaction of a large store leave the old snapshot or the new, whole")
  func killedWhileCompacting() throws {
    let home = try TemporaryDirectory()
    let cli = CLI(home: home.path)
    let path = try Proof.generated(in: home, cli: cli, workers: 100, cases: 1000, notes: 10000)
    let size = snapshotOfFiles(under: path)["caseload.json"]?.count ?? 0
    #expect(size > 2_000_000, "the store is not large")
    var random = Proof.Random(Proof.seed)

    // How long one compaction takes here, so kills can be spread across it.
    let timing = try Child(
      [
        CLI.binary, "commit-loop", "--store", path, "--changes", "2", "--kinds", "compact",
        "--writer", "t",
      ], environment: cli.environment)
    try timing.waitForLines(timeout: 120) { $0.contains { $0.hasPrefix("compacting") } }
    let started = Date()
    try timing.waitForLines(timeout: 120) { $0.contains { $0.hasPrefix("compacted") } }
    let duration = max(Date().timeIntervalSince(started), 0.05)
    #expect(try timing.wait(timeout: 120) == 0, "\(timing.errors)")

    var reported: [Reported] = []
    var inside = 0
    for round in 0..<(10 * Proof.scale) {
      let child = try Child(
        [
          CLI.binary, "commit-loop", "--store", path, "--changes", "100000", "--kinds",
          "note,compact", "--writer", "c\(round)", "--seed", "\(random.next())",
        ],
        environment: cli.environment)
      try child.waitForLines(timeout: 120) { $0.contains { $0.hasPrefix("compacting") } }
      usleep(UInt32(Double.random(in: 0..<(duration * 1.2), using: &random) * 1_000_000))
      try child.killNow()
      let lines = child.lines
      if lines.last?.hasPrefix("compacting") == true { inside += 1 }
      reported += Reported.all(in: lines)
      let problems = StoreAudit.audit(at: path, reported: reported).problems
      #expect(problems == [], "round \(round), seed \(Proof.seed)")
      if !problems.isEmpty { break }
      #expect(
        !FileManager.default.fileExists(atPath: path + "/caseload.json.tmp"),
        "opening for writing removes what a killed compaction left")
    }
    #expect(inside > 0, "no kill landed inside a compaction (one takes \(duration) s)")
    let check = try cli.run(["check", "--store", path])
    #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
  }
}
