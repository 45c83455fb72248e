/// Numbers at and past every limit of the format (`StoreNumbers`), numbers too large for any
/// reader, and dates and times that cannot be.
extension HostileCorpus {
  static let header = #""format":"caseload","version":1"#
  static let tooHigh = "is more than 9007199254740992, the highest change number a store can hold"

  static func sequence(_ value: String, _ expected: String) -> HostileCase {
    HostileCase(
      "sequence \(value)", "sequence: \(expected)", onLine: header, replacing: #""sequence":0,"#,
      with: #""sequence":\#(value),"#)
  }

  static func journal(_ value: String, _ expected: String) -> HostileCase {
    HostileCase(
      "journal \(value)", "journal: \(expected)", onLine: header, replacing: #""journal":1,"#,
      with: #""journal":\#(value),"#)
  }

  static func setting(_ path: [String], _ value: String, _ expected: String) -> HostileCase {
    HostileCase(
      "settings \(path.joined(separator: ".")) \(value)", expected, onLine: #""settings""#,
      at: path, to: value)
  }

  static func worker(_ field: String, _ value: String, _ expected: String) -> HostileCase {
    HostileCase("W2's \(field) \(value)", expected, onLine: #""id":"W2""#, at: [field], to: value)
  }

  static let numbers: [HostileCase] = [
    sequence("-1", "-1 must not be negative"),
    sequence("9007199254740993", "9007199254740993 \(tooHigh)"),
    sequence("9223372036854775807", "9223372036854775807 \(tooHigh)"),
    sequence("9223372036854775808", "9223372036854775808 \(tooHigh)"),
    sequence("-9223372036854775809", "-9223372036854775809 must not be negative"),
    sequence("1e400", "1e400 \(tooHigh)"),
    sequence("1e16", "10000000000000000 \(tooHigh)"),
    sequence("0.5", "0.5 is not a whole number"),
    sequence(#""0""#, "expected a number but found text"),
    journal("0", "0 must be 1 or more"),
    journal("-5", "-5 must be 1 or more"),
    journal("1000000", "1000000 is more than 999999, the highest journal segment number"),
    journal("1e6", "1000000 is more than 999999, the highest journal segment number"),
    journal(
      "99999999999999999999",
      "99999999999999999999 is more than 999999, the highest journal segment number"),
    journal("1.25", "1.25 is not a whole number"),
    setting(
      ["weights", "assessment"], "-0.5", "settings: weights.assessment -0.5 must not be negative"),
    setting(
      ["weights", "assessment"], "1000.01",
      "settings: weights.assessment 1000.01 is more than 1000 points"),
    setting(
      ["weights", "assessment"], "1e400",
      "settings.weights.assessment: 1e400 is too large a number to read"),
    setting(
      ["weights", "assessment"], "-1e400",
      "settings.weights.assessment: -1e400 is too large a number to read"),
    setting(["siblingFactor"], "1.5", "settings: siblingFactor 1.5 is not between 0 and 1"),
    setting(["siblingFactor"], "-0.1", "settings: siblingFactor -0.1 is not between 0 and 1"),
    setting(
      ["capacityPerFTE"], "0", "settings: capacityPerFTE 0.0 is not between 1 and 10000 points"),
    setting(
      ["capacityPerFTE"], "-85", "settings: capacityPerFTE -85.0 is not between 1 and 10000 points"),
    setting(
      ["capacityPerFTE"], "1e-300",
      "settings: capacityPerFTE 1e-300 is not between 1 and 10000 points"),
    setting(
      ["capacityPerFTE"], "1e-320",
      "settings: capacityPerFTE 1e-320 is not between 1 and 10000 points"),
    setting(
      ["asyeCapacityFactor"], "1.01", "settings: asyeCapacityFactor 1.01 is not between 0.1 and 1"),
    setting(
      ["asyeCapacityFactor"], "0", "settings: asyeCapacityFactor 0.0 is not between 0.1 and 1"),
    setting(["warnAt"], "0", "settings: warnAt 0.0 is not between 0.01 and 10"),
    setting(["warnAt"], "10.5", "settings: warnAt 10.5 is not between 0.01 and 10"),
    setting(["overAbove"], "0.5", "settings: overAbove 0.5 is below warnAt 0.85"),
    setting(["overAbove"], "11", "settings: overAbove 11.0 is more than 10"),
    setting(["workerCountWarnAt"], "0", "settings: workerCountWarnAt 0 is not between 1 and 1000"),
    setting(
      ["workerCountWarnAt"], "1001", "settings: workerCountWarnAt 1001 is not between 1 and 1000"),
    setting(["workerCountWarnAt"], "2.5", "settings.workerCountWarnAt: 2.5 is not a whole number"),
    setting(
      ["workerCountWarnAt"], "1e30",
      "settings.workerCountWarnAt: 1e30 is too large a number to read"),
    setting(
      ["workerCountWarnAt"], "1.0e4", "settings: workerCountWarnAt 10000 is not between 1 and 1000"),
    setting(
      ["supervisionInterval"], #""3661d""#, "settings.supervisionInterval: '3661d' \(interval)"),
    setting(["supervisionInterval"], #""-1d""#, "settings.supervisionInterval: '-1d' \(interval)"),
    setting(
      ["supervisionInterval"], #""1.5w""#, "settings.supervisionInterval: '1.5w' \(interval)"),
    setting(["supervisionInterval"], #""10W""#, "settings.supervisionInterval: '10W' \(interval)"),
    setting(["supervisionInterval"], #""w""#, "settings.supervisionInterval: 'w' \(interval)"),
    setting(
      ["supervisionInterval"], #""99999m""#, "settings.supervisionInterval: '99999m' \(interval)"),
    worker("fte", "0.05", "workers[1] (W2): fte 0.05 is not between 0.1 and 1.0"),
    worker("fte", "1.01", "workers[1] (W2): fte 1.01 is not between 0.1 and 1.0"),
    worker("fte", "-1", "workers[1] (W2): fte -1.0 is not between 0.1 and 1.0"),
    worker("fte", "1e400", "workers[1].fte: 1e400 is too large a number to read"),
    worker(
      "fte", String(repeating: "9", count: 1000),
      "workers[1].fte: \(String(repeating: "9", count: 40)) is too large a number to read"),
    worker("cap", "0", "workers[1] (W2): cap 0.0 is not between 1 and 10000 points"),
    worker("cap", "10000.5", "workers[1] (W2): cap 10000.5 is not between 1 and 10000 points"),
    worker("cap", "-0", "workers[1] (W2): cap 0.0 is not between 1 and 10000 points"),
  ]

  static let interval =
    "is not an interval (0 to 3660 then wd, d, w or m, such as 10wd, 14d, 6w, 3m)"

  static func date(_ value: String) -> HostileCase {
    HostileCase(
      "the date \(value)", "cases[0].opened: '\(value)' is not a date (YYYY-MM-DD)",
      onLine: #""id":"C1""#, at: ["opened"], to: "\"\(value)\"")
  }

  static func time(_ value: String) -> HostileCase {
    HostileCase(
      "the time \(value)",
      "notes[0].authorship.recorded: '\(value)' is not a UTC time (YYYY-MM-DDTHH:MM:SSZ)",
      onLine: #""id":"N1""#, at: ["authorship", "recorded"], to: "\"\(value)\"")
  }

  static let dates: [HostileCase] = [
    date("2026-02-29"), date("2025-02-29"), date("1900-02-29"), date("0000-01-01"),
    date("10000-01-01"), date("2026-13-01"), date("2026-00-10"), date("2026-04-31"),
    date("2026-01-32"), date("2026-01-00"), date("2026-1-01"), date("2026-01-1"), date("26-01-01"),
    date("2026/01/01"), date(" 2026-01-01"), date("2026-01-01 "), date("2026-01-01T00:00:00Z"),
    date("+2026-01-01"), date("-2026-01-01"), date("2026-0x-01"), date(""), date("today"),
    time("2026-11-23T14:05:00"), time("2026-11-23 14:05:00Z"), time("2026-11-23T14:60:00Z"),
    time("2026-11-23T14:05:61Z"), time("2026-11-23T24:00:00Z"), time("2026-11-23T14:05:00+00:00"),
    time("2026-11-23t14:05:00z"), time("2026-11-23T14:05:00.5Z"), time("2026-02-30T14:05:00Z"),
    time("2026-11-23T1:05:00Z"), time("2026-11-23T+1:05:00Z"), time("2025-01-01T+1:00:00Z"),
    time("1795442700"),
    HostileCase(
      "an absence that ends before it starts",
      "workers[2] (W3): absences[0] ends (2026-11-19) before it starts (2026-11-20)",
      onLine: #""id":"W3""#, at: ["absences", "0", "to"], to: #""2026-11-19""#),
    HostileCase(
      "an allocation that ends before it starts",
      "allocations[3] (C5): ends (2024-12-31) before it starts (2025-01-01)",
      onLine: #""reason":"waiting""#, at: ["to"], to: #""2024-12-31""#),
    HostileCase(
      "a date written with escapes is still not a date",
      #"cases[0].opened: '2026-13-01' is not a date (YYYY-MM-DD)"#, onLine: #""id":"C1""#,
      at: ["opened"], to: #""\u0032026-13-01""#),
  ]
}
