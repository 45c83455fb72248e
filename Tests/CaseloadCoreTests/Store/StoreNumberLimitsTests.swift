import CaseloadCore
import Foundation
import Testing

/// A number in a store at one of the format's limits, or just past it: the limit must be
/// accepted and work, one past it refused with one line, and nothing may overflow.
struct NumberLimit: Sendable, CustomTestStringConvertible {
  let name: String
  /// Edits the fixture store, whose lock file is already gone.
  let edit: @Sendable (String) throws -> Void
  /// What `check` lists, or nil when the store must be accepted.
  let expected: String?

  var testDescription: String { name }

  init(_ name: String, _ expected: String?, _ edit: @escaping @Sendable (String) throws -> Void) {
    self.name = name
    self.expected = expected
    self.edit = edit
  }

  static let lastSequence = 9_007_199_254_740_992

  /// Replaces text on the snapshot line that holds `marker`.
  static func snapshot(_ marker: String, _ old: String, _ new: String)
    -> @Sendable (String) throws -> Void
  {
    { path in
      let file = path + "/caseload.json"
      let text = Disk.text(file)
      #expect(text.contains(old), "the fixture has no \(old)")
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
        String(line.contains(marker) ? line.replacing(old, with: new) : line)
      }
      try Disk.write(lines.joined(separator: "\n"), to: file)
    }
  }

  static func settings(_ old: String, _ new: String) -> @Sendable (String) throws -> Void {
    snapshot(#""settings""#, old, new)
  }

  static func cap(_ value: String) -> @Sendable (String) throws -> Void {
    snapshot(#""id":"W1""#, #"{"employment""#, #"{"cap":\#(value),"employment""#)
  }

  /// The snapshot continues into segment `number` (the fixture's one segment, renamed).
  static func journal(_ number: String) -> @Sendable (String) throws -> Void {
    { path in
      try snapshot(#""format""#, #""journal":1,"#, #""journal":\#(number),"#)(path)
      let name = String(repeating: "0", count: max(0, 6 - number.count)) + number
      try FileManager.default.moveItem(
        atPath: path + "/journal/000001.jsonl", toPath: path + "/journal/\(name).jsonl")
    }
  }

  /// The snapshot at change `snapshot`, followed by one visit numbered `line`.
  static func line(after snapshot: Int, _ line: String) -> @Sendable (String) throws -> Void {
    { path in
      try NumberLimit.snapshot(#""format""#, #""sequence":0,"#, #""sequence":\#(snapshot),"#)(path)
      try Disk.write(
        #"{"at":"2026-11-23T14:05:00Z","by":"amara","change":{"case":"C1","kind":"visit","on":"2026-11-20"},"seq":\#(line)}"#
          + "\n", to: path + "/journal/000001.jsonl")
    }
  }

  static let tooHigh = "is more than 9007199254740992, the highest change number a store can hold"
  static let interval =
    "is not an interval (0 to 3660 then wd, d, w or m, such as 10wd, 14d, 6w, 3m)"

  static let all: [NumberLimit] = [
    NumberLimit(
      "sequence 2^53", nil,
      snapshot(#""format""#, #""sequence":0,"#, #""sequence":\#(lastSequence),"#)),
    NumberLimit(
      "sequence 2^53 + 1", "caseload.json: sequence: 9007199254740993 \(tooHigh)",
      snapshot(#""format""#, #""sequence":0,"#, #""sequence":9007199254740993,"#)),
    NumberLimit(
      "sequence Int.max", "caseload.json: sequence: 9223372036854775807 \(tooHigh)",
      snapshot(#""format""#, #""sequence":0,"#, #""sequence":9223372036854775807,"#)),
    NumberLimit("journal 999999", nil, journal("999999")),
    NumberLimit(
      "journal 1000000",
      "caseload.json: journal: 1000000 is more than 999999, the highest journal segment number",
      journal("1000000")),
    NumberLimit(
      "journal Int.max",
      "caseload.json: journal: 9223372036854775807 is more than 999999, the highest journal segment number",
      journal("9223372036854775807")),
    NumberLimit("a journal line at 2^53", nil, line(after: lastSequence - 1, "\(lastSequence)")),
    NumberLimit(
      "a journal line at 2^53 + 1",
      "journal/000001.jsonl: line 1: sequence 9007199254740993 \(tooHigh)",
      line(after: lastSequence, "9007199254740993")),
    NumberLimit(
      "a journal line at Int.max",
      "journal/000001.jsonl: line 1: sequence 9223372036854775807 \(tooHigh)",
      line(after: 0, "9223372036854775807")),
    NumberLimit(
      "a journal line at 0",
      "journal/000001.jsonl: line 1: sequence 0 is not a change number; they start at 1",
      line(after: 0, "0")),
    NumberLimit(
      "a weight of 1000", nil, settings(#""child-protection":6"#, #""child-protection":1000"#)),
    NumberLimit(
      "a weight of 1000.5",
      "caseload.json: settings: weights.child-protection 1000.5 is more than 1000 points",
      settings(#""child-protection":6"#, #""child-protection":1000.5"#)),
    NumberLimit(
      "a weight of 1e308",
      "caseload.json: settings: weights.child-protection 1e+308 is more than 1000 points",
      settings(#""child-protection":6"#, #""child-protection":1e308"#)),
    NumberLimit("capacityPerFTE 1", nil, settings(#""capacityPerFTE":85"#, #""capacityPerFTE":1"#)),
    NumberLimit(
      "capacityPerFTE 0.99",
      "caseload.json: settings: capacityPerFTE 0.99 is not between 1 and 10000 points",
      settings(#""capacityPerFTE":85"#, #""capacityPerFTE":0.99"#)),
    NumberLimit(
      "capacityPerFTE 1e-300",
      "caseload.json: settings: capacityPerFTE 1e-300 is not between 1 and 10000 points",
      settings(#""capacityPerFTE":85"#, #""capacityPerFTE":1e-300"#)),
    NumberLimit(
      "capacityPerFTE 10000", nil, settings(#""capacityPerFTE":85"#, #""capacityPerFTE":10000"#)),
    NumberLimit(
      "capacityPerFTE 10000.5",
      "caseload.json: settings: capacityPerFTE 10000.5 is not between 1 and 10000 points",
      settings(#""capacityPerFTE":85"#, #""capacityPerFTE":10000.5"#)),
    NumberLimit("a cap of 1", nil, cap("1")),
    NumberLimit(
      "a cap of 0.5", "caseload.json: workers[0] (W1): cap 0.5 is not between 1 and 10000 points",
      cap("0.5")),
    NumberLimit("a cap of 10000", nil, cap("10000")),
    NumberLimit(
      "a cap of 1e300",
      "caseload.json: workers[0] (W1): cap 1e+300 is not between 1 and 10000 points", cap("1e300")),
    NumberLimit(
      "asyeCapacityFactor 0.1", nil,
      settings(#""asyeCapacityFactor":0.9"#, #""asyeCapacityFactor":0.1"#)),
    NumberLimit(
      "asyeCapacityFactor 0.09",
      "caseload.json: settings: asyeCapacityFactor 0.09 is not between 0.1 and 1",
      settings(#""asyeCapacityFactor":0.9"#, #""asyeCapacityFactor":0.09"#)),
    NumberLimit("warnAt 0.01", nil, settings(#""warnAt":0.85"#, #""warnAt":0.01"#)),
    NumberLimit(
      "warnAt 0.009", "caseload.json: settings: warnAt 0.009 is not between 0.01 and 10",
      settings(#""warnAt":0.85"#, #""warnAt":0.009"#)),
    NumberLimit(
      "warnAt and overAbove 10", nil,
      { path in
        try settings(#""warnAt":0.85"#, #""warnAt":10"#)(path)
        try settings(#""overAbove":1"#, #""overAbove":10"#)(path)
      }),
    NumberLimit(
      "overAbove 10.5", "caseload.json: settings: overAbove 10.5 is more than 10",
      settings(#""overAbove":1"#, #""overAbove":10.5"#)),
    NumberLimit(
      "workerCountWarnAt 1000", nil,
      settings(#""workerCountWarnAt":3"#, #""workerCountWarnAt":1000"#)),
    NumberLimit(
      "workerCountWarnAt 1001",
      "caseload.json: settings: workerCountWarnAt 1001 is not between 1 and 1000",
      settings(#""workerCountWarnAt":3"#, #""workerCountWarnAt":1001"#)),
    NumberLimit(
      "an interval of 3660d", nil,
      settings(#""child-protection":"10wd""#, #""child-protection":"3660d""#)),
    NumberLimit(
      "an interval of 3661d",
      "caseload.json: settings.visitIntervals.child-protection: '3661d' \(interval)",
      settings(#""child-protection":"10wd""#, #""child-protection":"3661d""#)),
    NumberLimit(
      "an interval of 99999999999m",
      "caseload.json: settings.visitIntervals.child-protection: '99999999999m' \(interval)",
      settings(#""child-protection":"10wd""#, #""child-protection":"99999999999m""#)),
    NumberLimit(
      "an interval with a sign",
      "caseload.json: settings.visitIntervals.child-protection: '+5d' \(interval)",
      settings(#""child-protection":"10wd""#, #""child-protection":"+5d""#)),
    NumberLimit(
      "a birth date in 9999", nil,
      snapshot(#""id":"C1""#, #""birthDate":"2015-04-02""#, #""birthDate":"9999-12-31""#)),
    NumberLimit(
      "a birth date in 10000",
      "caseload.json: cases[0].birthDate: '10000-12-31' is not a date (YYYY-MM-DD)",
      snapshot(#""id":"C1""#, #""birthDate":"2015-04-02""#, #""birthDate":"10000-12-31""#)),
    NumberLimit(
      "a time with a sign in it",
      "caseload.json: notes[0].authorship.recorded: '2026-11-23T+4:05:00Z' is not a UTC time (YYYY-MM-DDTHH:MM:SSZ)",
      snapshot(
        #""id":"N1""#, #""recorded":"2026-11-23T14:05:00Z""#, #""recorded":"2026-11-23T+4:05:00Z""#)
    ),
  ]
}

@Suite("Store numbers: each limit accepted, one past it refused, nothing overflows")
struct StoreNumberLimitsTests {
  private func store(_ temp: TemporaryDirectory, _ edit: (String) throws -> Void) throws -> String {
    let path = try temp.makeStore()
    try FileManager.default.removeItem(atPath: path + "/lock")
    try edit(path)
    return path
  }

  @Test(arguments: NumberLimit.all)
  func aNumberAtItsLimitWorksAndOnePastIsRefused(_ limit: NumberLimit) throws {
    let temp = try TemporaryDirectory()
    let path = try store(temp, limit.edit)
    if let expected = limit.expected {
      expectRefused(path, expected)
      return
    }
    #expect(FileStore.check(at: path) == [])
    let store = try FileStore.open(at: path, user: "amara", clock: StoreFixture.clock)
    // Everything the rules work out from these figures must still be a sane number.
    let report = try TeamReport(
      caseload: store.caseload, teams: Array(store.caseload.teams.keys),
      today: StoreFixture.day("2026-11-23"))
    for format in TeamReport.Format.allCases { _ = try report.rendered(as: format) }
    _ = try store.changes(since: 0)
    _ = try store.refresh()
  }

  @Test func theLastChangeNumberIsUsedAndThenCommitsAreRefused() throws {
    let temp = try TemporaryDirectory()
    let path = try store(
      temp,
      NumberLimit.snapshot(
        #""format""#, #""sequence":0,"#, #""sequence":\#(NumberLimit.lastSequence - 1),"#))
    let store = try FileStore.open(at: path, user: "amara", clock: StoreFixture.clock)
    #expect(try store.commit(StoreFixture.note("N2")).sequence == NumberLimit.lastSequence)
    let before = Disk.files(in: path)
    let error = #expect(throws: CaseloadError.self) { try store.commit(StoreFixture.note("N3")) }
    #expect(
      error?.description
        == "\(path) has reached change 9007199254740992, the highest number a change can have, so nothing more can be saved in it"
    )
    #expect(Disk.files(in: path) == before)
    try store.compact()
    #expect(FileStore.check(at: path) == [])
  }

  @Test func theLastSegmentTakesChangesButCannotBeCompactedAgain() throws {
    let temp = try TemporaryDirectory()
    let path = try store(temp, NumberLimit.journal("999999"))
    let store = try FileStore.open(at: path, user: "amara", clock: StoreFixture.clock)
    try store.commit(StoreFixture.note("N2"))
    let before = Disk.files(in: path)
    let error = #expect(throws: CaseloadError.self) { try store.compact() }
    #expect(
      error?.description
        == "\(path)/journal/999999.jsonl is the last journal segment a store can have, so it cannot be compacted again; changes are still saved"
    )
    #expect(Disk.files(in: path) == before)
    #expect(try store.commit(StoreFixture.note("N3")).sequence == 2)
    #expect(FileStore.check(at: path) == [])
  }
}
