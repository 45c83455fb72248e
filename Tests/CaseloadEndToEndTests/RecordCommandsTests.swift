import Foundation
import Testing

@Suite("Keeping records current from the command line (SPEC 1.5)")
struct RecordCommandsTests {
  @Test("first run: init, team add, worker add, case add, visit, close, report")
  func firstRun() throws {
    let store = try TeamStore()
    try store.expectSuccess([
      "worker", "add", "amara.okafor", "--name", "Amara Okafor", "--team", "riverside",
      "--role", "senior practitioner", "--fte", "80%", "--start", "17/10/2016",
    ])
    let added = try store.expectSuccess([
      "case", "add", "C102938", "--child", "Zoë Brown", "--born", "1 Feb 2015", "--category",
      "CIN", "--reason", "Referral from school", "--worker", "amara.okafor", "--opened",
      "20/11/2026",
    ])
    #expect(added.stdout.hasSuffix("added case C102938 (CIN) with amara.okafor as change 3\n"))
    try store.expectSuccess([
      "case", "add", "C102939", "--child", "Kai Brown", "--born", "3/3/19", "--category", "CP",
      "--reason", "Police referral",
    ])
    let visit = try store.expectSuccess([
      "case", "visit", "C102938", "--date", "21/11/2026", "--seen-alone",
    ])
    #expect(
      visit.stdout
        == "recorded a visit to C102938 on 2026-11-21 as change 5; next visit due 2026-12-19\n")
    try store.expectSuccess(["case", "close", "C102939", "--reason", "No further action"])
    let report = try store.expectSuccess(["report"])
    #expect(report.stdout.contains("Workers 1 (agency 0, 0%) | Open cases 1 |"))
    #expect(report.stdout.contains("Amara Okafor"))
    let history = try store.expectSuccess(["history", "C102938"])
    #expect(history.stdout.contains("2026-11-20  referral added: Referral from school  (by "))
    #expect(history.stdout.contains("2026-11-21  visit, child seen alone  (by "))
  }

  /// A team with Amara (permanent), Lan (ASYE), Jo (left on 20 Nov), an open CIN case C1 with
  /// Amara, a closed case C2, and a second team.
  static func populated() throws -> TeamStore {
    let store = try TeamStore()
    for arguments in [
      [
        "worker", "add", "amara", "--name", "Amara Okafor", "--team", "riverside", "--start",
        "1/1/20",
      ],
      [
        "worker", "add", "lan", "--name", "Nguyễn Thị Lan", "--team", "riverside", "--role", "ASYE",
      ],
      ["worker", "add", "jo", "--name", "Jo Bloggs", "--team", "riverside", "--start", "1/1/24"],
      ["worker", "set", "jo", "--leaving", "20/11/2026"],
      [
        "case", "add", "C1", "--child", "Ava", "--born", "1/2/15", "--category", "CIN",
        "--reason", "r", "--worker", "amara", "--opened", "1/6/26",
      ],
      [
        "case", "add", "C2", "--child", "Ben", "--born", "1/2/16", "--category", "CIN",
        "--reason", "r", "--opened", "1/6/26",
      ],
      ["case", "close", "C2", "--reason", "NFA", "--date", "1/10/26"],
      ["team", "add", "cic", "--name", "Children in Care", "--kind", "CiC"],
    ] {
      try store.expectSuccess(arguments)
    }
    return store
  }

  struct Refusal: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    var status: Int32
    var says: String
    var testDescription: String { arguments.prefix(3).joined(separator: " ") + ": " + says }
  }

  static let refusals: [Refusal] = [
    Refusal(
      arguments: ["case", "visit", "C1", "--date", "24/11/2026"], status: 1,
      says: "the visit date 2026-11-24 is in the future (today is 2026-11-23)"),
    Refusal(
      arguments: ["case", "visit", "C2"], status: 1,
      says: "case C2 was closed on 2026-10-01; no visit can be added"),
    Refusal(
      arguments: ["case", "close", "C1", "--reason", "NFA", "--date", "30 Nov 2026"], status: 1,
      says: "the closure date 2026-11-30 is in the future (today is 2026-11-23)"),
    Refusal(
      arguments: ["case", "close", "C1", "--reason", "NFA", "--date", "1/1/26"], status: 1,
      says: "the closure date 2026-01-01 is before case C1 opened on 2026-06-01"),
    Refusal(
      arguments: ["supervise", "--worker", "amara", "--date", "2026-11-30", "--discussion", "x"],
      status: 1, says: "the supervision date 2026-11-30 is in the future (today is 2026-11-23)"),
    Refusal(
      arguments: ["worker", "set", "amara", "--leaving", "31/12/2019"], status: 1,
      says: "the leaving date 2019-12-31 is before Amara Okafor's start date 2020-01-01"),
    Refusal(
      arguments: [
        "worker", "absence", "amara", "--from", "5/12/26", "--to", "1/12/26", "--reason", "leave",
      ],
      status: 1, says: "the absence ends on 2026-12-01, before it starts on 2026-12-05"),
    Refusal(
      arguments: ["reassign", "C2", "--to", "lan", "--reason", "x", "--force"], status: 1,
      says: "case C2 is closed and cannot be reassigned"),
    Refusal(
      arguments: ["reassign", "C1", "--to", "jo", "--reason", "x", "--force"], status: 1,
      says: "Jo Bloggs (jo) left on 2026-11-20 and cannot be given cases"),
    Refusal(
      arguments: [
        "case", "add", "C3", "--child", "Cai", "--born", "1/2/15", "--category", "CIN", "--reason",
        "r", "--worker", "jo", "--force",
      ], status: 1, says: "Jo Bloggs (jo) left on 2026-11-20 and cannot be given cases"),
    Refusal(
      arguments: [
        "case", "add", "C3", "--child", "Cai", "--born", "1/2/15", "--category", "CP", "--reason",
        "r", "--worker", "lan",
      ], status: 1, says: "not added: 1 warning to confirm; run again with --force to go ahead"),
    Refusal(
      arguments: [
        "case", "add", "C1", "--child", "Cai", "--born", "1/2/15", "--category", "CP", "--reason",
        "r", "--team", "riverside",
      ], status: 1, says: "case id 'C1' is already used (Ava); check the child's id"),
    Refusal(
      arguments: ["case", "category", "C1", "--to", "CIN", "--reason", "r"], status: 1,
      says: "case C1 is already CIN"),
    Refusal(
      arguments: ["case", "transfer", "C1", "--team", "nope", "--reason", "r"], status: 1,
      says: "no team 'nope'"),
    Refusal(
      arguments: ["case", "transfer", "C1", "--team", "cic", "--to", "lan", "--reason", "r"],
      status: 1, says: "Nguyễn Thị Lan is in team riverside, not cic"),
    Refusal(
      arguments: ["team", "add", "riverside", "--name", "Again", "--kind", "other"], status: 1,
      says: "team id 'riverside' is already used by Riverside CIN/CP"),
    Refusal(
      arguments: ["worker", "add", "new", "--name", "New", "--team", "nope"], status: 1,
      says: "no team 'nope'"),
    Refusal(
      arguments: ["worker", "set", "amara", "--fte", "1.5"], status: 2,
      says: "--fte: FTE '1.5' is not between 0.1 and 1.0 (10% to 100%)"),
    Refusal(
      arguments: ["case", "visit", "C1", "--date", "31/02/2026"], status: 2,
      says: "--date: '31/02/2026' is not a real date: February 2026 has 28 days"),
    Refusal(
      arguments: [
        "case", "add", "C3", "--child", "Cai", "--born", "1/2/15", "--category", "Early help",
        "--reason", "r",
      ], status: 2, says: "--category: 'Early help' is not a category we know"),
    Refusal(
      arguments: ["worker", "set", "amara"], status: 2, says: "say what to change"),
    Refusal(
      arguments: ["team", "add", "x", "--name", "X", "--kind", "spaceship"], status: 2,
      says: "--kind: 'spaceship' is not a team kind we know"),
  ]

  @Test(arguments: refusals)
  func refusedAndUnchanged(_ example: Refusal) throws {
    let store = try Self.populated()
    let before = snapshotOfFiles(under: store.path)
    let result = try store.run(example.arguments)
    #expect(result.status == example.status, "\(result.stderr)")
    #expect(result.stderrLines.last?.hasPrefix("caseload: ") == true, "\(result.stderr)")
    #expect(result.stderr.contains(example.says), "\(result.stderr)")
    #expect(snapshotOfFiles(under: store.path) == before)
  }

  @Test("worker set changes only what is given; transfer, category and absence are recorded")
  func recordsKeptCurrent() throws {
    let store = try Self.populated()
    let set = try store.expectSuccess([
      "worker", "set", "amara", "--fte", "0.6", "--agency", "--reason", "New contract",
    ])
    #expect(
      set.stdout.hasPrefix("changed Amara Okafor: employment permanent -> agency, FTE 1.0 -> 0.6"))
    try store.expectSuccess(["worker", "set", "jo", "--not-leaving"])
    try store.expectSuccess([
      "worker", "absence", "lan", "--from", "1/12/26", "--to", "5/12/26", "--reason",
      "annual leave",
    ])
    try store.expectSuccess(["case", "category", "C1", "--to", "CPP", "--reason", "Conference"])
    try store.expectSuccess(["worker", "add", "mei", "--name", "Mei Zhang", "--team", "cic"])
    try store.expectSuccess([
      "case", "transfer", "C1", "--team", "cic", "--to", "mei", "--reason", "Became looked after",
    ])
    try store.expectSuccess(["compact"])
    let history = try store.expectSuccess(["history", "C1"])
    #expect(history.stdout.contains("category CIN -> CP: Conference  (by "))
    #expect(
      history.stdout.contains(
        "transferred from Riverside CIN/CP to Children in Care: Became looked after  (by "))
    #expect(history.stdout.contains("allocated to Mei Zhang: Became looked after  (by "))
    let log = try store.expectSuccess(["log"]).stdout
    #expect(
      log.contains(
        " worker set amara: employment permanent -> agency, FTE 1.0 -> 0.6: New contract"))
    #expect(log.contains(" absence lan 2026-12-01 to 2026-12-05: annual leave"))
    #expect(log.contains(" transfer C1 riverside -> cic (to mei): Became looked after"))
    let report = try store.expectSuccess(["report", "--team", "riverside"]).stdout
    #expect(report.contains("Jo Bloggs"))
    #expect(!report.contains("LEAVING"))
  }

  static let noHolidays = #"{"region":"england-and-wales","source":"none","holidays":[]}"#

  static let govUK = """
    {"england-and-wales":{"division":"england-and-wales","events":[
    {"title":"Christmas Day","date":"2026-12-25","notes":"","bunting":true},
    {"title":"Boxing Day","date":"2026-12-28","notes":"Substitute day","bunting":true},
    {"title":"New Year’s Day","date":"2027-01-01","notes":"","bunting":true}]},
    "scotland":{"division":"scotland","events":[]},
    "northern-ireland":{"division":"northern-ireland","events":[]}}
    """

  @Test("holidays import reads GOV.UK's file as downloaded and the due dates follow at once")
  func govUKHolidays() throws {
    let store = try TeamStore(today: "2026-12-21", holidays: Self.noHolidays)
    try store.expectSuccess([
      "worker", "add", "amara", "--name", "Amara Okafor", "--team", "riverside",
    ])
    try store.expectSuccess([
      "case", "add", "C1", "--child", "Ava", "--born", "1/2/15", "--category", "CP", "--reason",
      "r", "--opened", "1/12/26",
    ])
    try store.expectSuccess(["reassign", "C1", "--to", "amara", "--reason", "allocate", "--force"])
    let before = try store.expectSuccess(["case", "visit", "C1", "--date", "18/12/2026"])
    #expect(before.stdout.hasSuffix("next visit due 2027-01-01\n"))
    #expect(try store.expectSuccess(["holidays"]).stdout.hasPrefix("no bank holidays"))
    let file = try store.file("bank-holidays.json", Self.govUK)
    let imported = try store.expectSuccess(["holidays", "import", file])
    #expect(
      imported.stdout
        == "saved as change 6: 3 bank holidays for england-and-wales (3 added, 0 removed)\n")
    #expect(
      try store.expectSuccess(["holidays"]).stdout
        == "3 bank holidays, 2026-12-25 to 2027-01-01:\n2026-12-25 Fri\n2026-12-28 Mon\n2027-01-01 Fri\n"
    )
    let after = try store.expectSuccess(["case", "visit", "C1", "--date", "18/12/2026"])
    #expect(after.stdout.hasSuffix("next visit due 2027-01-06\n"))
    let log = try store.expectSuccess(["log"]).stdout
    #expect(
      log.contains(
        " bank holidays from GOV.UK bank-holidays.json (bank-holidays.json), england-and-wales: 3 days (were 0)"
      ))
    let again = try store.expectSuccess(["holidays", "import", file])
    #expect(again.stdout.hasPrefix("nothing changed"))
  }
}
