import CaseloadCore
import Foundation

/// A small store whose journal holds a line of every kind of change caseload writes: made
/// with the real command line as a manager would, and the undo kinds (which only the board
/// makes) with Core's own `undo`, committed through the file store.
enum EveryKindStore {
  static let kinds: Set<String> = [
    "team-add", "worker-add", "case-add", "reassign", "note", "action-done", "action-close",
    "session", "worker-set", "absence", "visit", "category", "close", "transfer", "import",
    "holidays", "undo", "addendum",
  ]
  /// Kinds that appear only inside an undo.
  static let inverseKinds: Set<String> = [
    "remove", "reopen", "action-reopen", "reassign", "addendum",
  ]

  static func make(in home: TemporaryDirectory) throws -> (cli: CLI, path: String) {
    let cli = CLI(home: home.path)
    let path = home.path + "/every-kind"
    func run(_ arguments: [String], stdin: String? = nil) throws -> CLI.Result {
      let result = try cli.run(
        arguments + (arguments.first == "init" ? [] : ["--store", path]), stdin: stdin)
      guard result.status == 0 else {
        throw ChildError(description: "\(arguments.prefix(3)): \(result.stderr)")
      }
      return result
    }
    let workers = home.path + "/workers.csv"
    let cases = home.path + "/cases.csv"
    try "Name,Email,Job Title\nPriya Shah,priya.shah@x.example,Social Worker\n".write(
      toFile: workers, atomically: true, encoding: .utf8)
    try
      "Child ID,Child's Name,DOB,Category,Opened,Worker\nM1,Kai Lee,1/2/2019,CIN,1/6/2026,Priya Shah\n"
      .write(toFile: cases, atomically: true, encoding: .utf8)
    let holidays = home.path + "/holidays.json"
    try
      #"{"england-and-wales":{"division":"england-and-wales","events":[{"title":"Christmas Day","date":"2026-12-25","notes":"","bunting":true}]}}"#
      .write(toFile: holidays, atomically: true, encoding: .utf8)

    _ = try run(["init", path])
    _ = try run(["team", "add", "riverside", "--name", "Riverside", "--kind", "CIN/CP"])
    _ = try run(["team", "add", "cic", "--name", "Children in Care", "--kind", "CiC"])
    _ = try run([
      "worker", "add", "amara", "--name", "Amara Okafor", "--team", "riverside", "--start",
      "1/1/20",
    ])
    _ = try run([
      "worker", "add", "lan", "--name", "Nguyễn Thị Lan", "--team", "riverside", "--role", "ASYE",
    ])
    _ = try run(["worker", "add", "mei", "--name", "Mei Zhang", "--team", "cic"])
    _ = try run([
      "case", "add", "C1", "--child", "Ava", "--born", "1/2/15", "--category", "CIN", "--reason",
      "Referral", "--worker", "amara", "--opened", "1/6/26", "--family", "F1",
    ])
    _ = try run([
      "case", "add", "C2", "--child", "Ben", "--born", "1/2/16", "--category", "CIN", "--reason",
      "Referral", "--opened", "1/6/26", "--team", "riverside",
    ])
    _ = try run([
      "case", "add", "C3", "--child", "Cai", "--born", "1/2/17", "--category", "CIN", "--reason",
      "Referral", "--opened", "1/6/26", "--team", "riverside",
    ])
    _ = try run(["reassign", "C2", "--to", "lan", "--reason", "Balancing", "--force"])
    _ = try run([
      "note", "--case", "C1", "--discussion", "Seen at school", "--decision", "Continue",
      "--action", "amara:2026-12-01:Book the core group", "--action",
      "amara:2026-12-02:Call school",
      "--action", "amara:2026-12-03:Write to GP",
    ])
    let open = try run(["actions", "--format", "json"]).stdout
    let ids = Array(
      (try JSONSerialization.jsonObject(with: Data(open.utf8)) as? [String: Any])
        .flatMap { $0["actions"] as? [[String: Any]] }?.compactMap { $0["id"] as? String } ?? [])
    guard ids.count == 3 else { throw ChildError(description: "actions: \(open)") }
    _ = try run(["action", "done", ids[0], "--note", "Booked"])
    _ = try run(["action", "close", ids[1], "--reason", "School called us"])
    _ = try run(
      ["supervise", "--worker", "amara", "--json", "-"],
      stdin: """
        {"discussion":"Workload","entries":[{"case":"C1","discussion":"Plan","decision":"Keep",
        "actions":[{"text":"Visit","owner":{"manager":"root"},"due":"2026-12-04"}]}],
        "reviews":[{"action":"\(ids[2])","outcome":"carried-forward"}]}
        """)
    _ = try run(["worker", "set", "amara", "--fte", "0.8", "--reason", "Part time"])
    _ = try run([
      "worker", "absence", "lan", "--from", "1/12/2026", "--to", "5/12/2026", "--reason", "Leave",
    ])
    _ = try run(["case", "visit", "C1", "--date", "20/11/2026", "--seen-alone"])
    _ = try run(["case", "category", "C1", "--to", "CP", "--reason", "Conference"])
    _ = try run(["case", "close", "C3", "--reason", "No further action", "--date", "22/11/2026"])
    _ = try run([
      "case", "transfer", "C2", "--team", "cic", "--to", "mei", "--reason", "Care", "--force",
    ])
    _ = try run(["import", "--workers", workers, "--cases", cases, "--team", "riverside"])
    _ = try run(["holidays", "import", holidays])
    for child in ["C9", "C8"] {
      _ = try run([
        "case", "add", child, "--child", "Dev", "--born", "1/2/18", "--category", "CIN",
        "--reason", "Referral", "--opened", "1/6/26", "--team", "riverside",
      ])
      if child == "C9" {
        _ = try run(["reassign", "C9", "--to", "amara", "--reason", "Cover", "--force"])
      }
    }

    // The undo kinds, as the board makes them.
    let store = try FileStore.open(at: path, user: "root", clock: { Timestamp(Date()) })
    let history = try store.changes(since: 0)
    var counter = 0
    func undo(_ kind: String) throws {
      guard let entry = history.last(where: { $0.change.kind == kind }) else {
        throw ChildError(description: "no \(kind) to undo")
      }
      let change = try store.caseload.undo(
        of: entry, today: Day(iso: "2026-11-23") ?? Day(ordinal: 0), now: Timestamp(Date()),
        user: "root",
        newID: {
          counter += 1
          return RecordID(rawValue: "U\(counter)")
        })
      try store.commit(change)
    }
    for kind in ["close", "action-done", "note", "import", "reassign", "case-add"] {
      try undo(kind)
    }
    if let note = store.caseload.notes.first {
      try store.commit(
        .addAddendum(
          Addendum(
            id: "D-EVERY", target: note.id, text: "Also spoke to the GP.",
            authorship: Authorship(author: "root", recorded: Timestamp(Date())))))
    }
    return (cli, path)
  }
}
