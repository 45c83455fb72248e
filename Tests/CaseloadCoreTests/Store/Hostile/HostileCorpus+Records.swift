import CaseloadCore

/// Records that decode but do not fit together: keys given twice, ids used twice, references
/// to what is not there, values that cannot be right.
extension HostileCorpus {
  static let twice = "appears twice in one object; a store never repeats a key"

  /// Gives the field at `path` twice, the second time with `value`.
  static func repeated(_ place: String, onLine marker: String, _ path: [String], _ value: String)
    -> HostileCase
  {
    HostileCase("\(place) given twice", "\(place): \(twice)") { text in
      let key = path[path.count - 1]
      let original = SnapshotEdit.value(at: path, onLine: marker, in: text)
      return Array(
        SnapshotEdit.set(path, to: original + ",\"\(key)\":" + value, onLine: marker, in: text).utf8
      )
    }
  }

  static let repeatedKeys: [HostileCase] = [
    repeated("teams[0].name", onLine: #""id":"T1""#, ["name"], #""Other""#),
    repeated("workers[1].fte", onLine: #""id":"W2""#, ["fte"], "0.5"),
    repeated(
      "workers[2].absences[0].reason", onLine: #""id":"W3""#, ["absences", "0", "reason"], #""x""#),
    repeated("cases[0].worker", onLine: #""id":"C1""#, ["worker"], #""W2""#),
    repeated("allocations[0].worker", onLine: #""case":"C1","from""#, ["worker"], #""W2""#),
    repeated("sessions[1].date", onLine: #""id":"S2""#, ["date"], #""2026-11-21""#),
    repeated(
      "sessions[1].entries[0].case", onLine: #""id":"S2""#, ["entries", "0", "case"], #""C1""#),
    repeated(
      "sessions[1].entries[0].actions[0].owner", onLine: #""id":"S2""#,
      ["entries", "0", "actions", "0", "owner"], #""W1""#),
    repeated(
      "sessions[1].reviews[0].outcome", onLine: #""id":"S2""#, ["reviews", "0", "outcome"],
      #""carried-forward""#),
    repeated(
      "sessions[1].authorship.author", onLine: #""id":"S2""#, ["authorship", "author"], #""bo""#),
    repeated("notes[0].note.case", onLine: #""id":"N1""#, ["note", "case"], #""C1""#),
    repeated("notes[0].id", onLine: #""id":"N1""#, ["id"], #""N9""#),
    repeated("addenda[1].withdrawal", onLine: #""id":"D2""#, ["withdrawal"], "false"),
    repeated(
      "actionsDone[0].done", onLine: #""action":"A1","authorship""#, ["done"], #""2026-11-21""#),
    repeated(
      "actionsClosed[0].reason", onLine: #""action":"A3","authorship""#, ["reason"], #""x""#),
    repeated(
      "caseEvents[1].category.to", onLine: #""kind":"category""#, ["category", "to"],
      #""child-in-care""#),
    repeated("caseEvents[0].kind", onLine: #""kind":"visit""#, ["kind"], #""closed""#),
    repeated("settings.warnAt", onLine: #""settings""#, ["warnAt"], "0.5"),
    repeated(
      "settings.weights.assessment", onLine: #""settings""#, ["weights", "assessment"], "40"),
    repeated(
      "settings.asyeSupervision[0].every", onLine: #""settings""#,
      ["asyeSupervision", "0", "every"], #""2w""#),
    HostileCase(
      "the workers given twice", "workers: \(twice)", onLine: "\"workers\":[",
      replacing: "\"workers\":[", with: "\"workers\":[],\"workers\":["),
    HostileCase(
      "the version given twice", "version: \(twice)", onLine: header,
      replacing: #""version":1,"#, with: #""version":1,"version":1,"#),
  ]

  static func edit(
    _ name: String, _ expected: String, _ marker: String, _ path: [String], _ value: String?
  )
    -> HostileCase
  {
    HostileCase(name, expected, onLine: marker, at: path, to: value)
  }

  static let identities: [HostileCase] = [
    edit(
      "a team id used twice", "teams[1] (T1): id T1 is used twice (also teams[0])", #""id":"T2""#,
      ["id"], #""T1""#),
    edit(
      "a worker id used twice", "workers[2] (W1): id W1 is used twice (also workers[0])",
      #""id":"W3""#, ["id"], #""W1""#),
    edit(
      "a case id used twice", "cases[3] (C2): id C2 is used twice (also cases[1])", #""id":"C4""#,
      ["id"], #""C2""#),
    edit(
      "a session id used twice",
      "sessions[1] (S1): record id S1 is used twice (also sessions[0] (S1))", #""id":"S2""#, ["id"],
      #""S1""#),
    edit(
      "a note with a session's id",
      "notes[0] (S1): record id S1 is used twice (also sessions[0] (S1))", #""id":"N1""#, ["id"],
      #""S1""#),
    edit(
      "an addendum with a note's id",
      "addenda[0] (N1): record id N1 is used twice (also notes[0] (N1))", #""id":"D1""#, ["id"],
      #""N1""#),
    edit(
      "an action with a session's id",
      "sessions[1] (S2): record id S1 is used twice (also sessions[0] (S1))", #""id":"S2""#,
      ["entries", "0", "actions", "0", "id"], #""S1""#),
    edit(
      "two actions with one id",
      "sessions[1] (S2): record id A1 is used twice (also sessions[0] (S1))", #""id":"S2""#,
      ["entries", "0", "actions", "0", "id"], #""A1""#),
    edit(
      "a note's action with a note's id",
      "notes[1] (N2): record id N1 is used twice (also notes[0] (N1))", #""id":"N2""#,
      ["note", "actions", "0", "id"], #""N1""#),
    HostileCase(
      "an action marked done twice", "actionsDone[1] (A1): action 'A1' is marked done twice"
    ) { text in
      Array(
        text.replacing("\"actionsDone\":[\n", with: "\"actionsDone\":[\n" + doneA1 + ",\n").utf8)
    },
    HostileCase("an action closed twice", "actionsClosed[1] (A3): action 'A3' is closed twice") {
      text in
      Array(
        text.replacing("\"actionsClosed\":[\n", with: "\"actionsClosed\":[\n" + closedA3 + ",\n")
          .utf8)
    },
    HostileCase(
      "an action done and closed", "actionsClosed[0] (A1): action 'A1' is both done and closed"
    ) { text in
      Array(
        text.replacing(
          closedA3, with: closedA3.replacing(#""action":"A3""#, with: #""action":"A1""#)
        ).utf8)
    },
  ]

  static let doneA1 =
    #"{"action":"A1","authorship":{"author":"amara","recorded":"2026-11-23T14:05:00Z"},"done":"2026-11-20","note":"Booked","recordedOn":"2026-11-23","session":"S2"}"#
  static let closedA3 =
    #"{"action":"A3","authorship":{"author":"amara","recorded":"2026-11-23T14:05:00Z"},"closed":"2026-11-22","reason":"Not needed","recordedOn":"2026-11-23"}"#

  static let references: [HostileCase] = [
    edit(
      "a worker in no team", "workers[0] (W1): team 'T9' does not exist", #""id":"W1""#, ["team"],
      #""T9""#),
    edit(
      "a case held by no worker", "cases[0] (C1): worker 'W9' does not exist", #""id":"C1""#,
      ["worker"], #""W9""#),
    edit(
      "a case waiting in no team", "cases[3] (C4): team 'T9' does not exist", #""id":"C4""#,
      ["team"], #""T9""#),
    edit(
      "an allocation of no case", "allocations[3] (C9): case 'C9' does not exist",
      #""reason":"waiting""#, ["case"], #""C9""#),
    edit(
      "an allocation to no worker", "allocations[0] (C1): worker 'W9' does not exist",
      #""case":"C1","from""#, ["worker"], #""W9""#),
    edit(
      "a session with no worker", "sessions[1] (S2): worker 'W9' does not exist", #""id":"S2""#,
      ["worker"], #""W9""#),
    edit(
      "an entry about no case",
      "sessions[1] (S2): entries[0] is about case 'C9', which does not exist", #""id":"S2""#,
      ["entries", "0", "case"], #""C9""#),
    edit(
      "an action owned by no worker",
      "sessions[0] (S1): entries[0].actions[0] is owned by worker 'W9', who does not exist",
      #""id":"S1""#, ["entries", "0", "actions", "0", "owner"], #""W9""#),
    edit(
      "an action owned by a manager who is no user",
      "sessions[1] (S2): entries[0].actions[0] is owned by manager 'a b', which is not a user name",
      #""id":"S2""#, ["entries", "0", "actions", "0", "owner", "manager"], #""a b""#),
    edit(
      "a note about no case", "notes[0] (N1): case 'C9' does not exist", #""id":"N1""#,
      ["note", "case"], #""C9""#),
    edit(
      "a note's action owned by no worker",
      "notes[1] (N2): actions[0] is owned by worker 'W9', who does not exist", #""id":"N2""#,
      ["note", "actions", "0", "owner"], #""W9""#),
    edit(
      "an addendum to no record", "addenda[0] (D1): adds to record 'N9', which does not exist",
      #""id":"D1""#, ["target"], #""N9""#),
    edit(
      "a done record of no action", "actionsDone[0] (A9): action 'A9' does not exist",
      #""action":"A1","authorship""#, ["action"], #""A9""#),
    edit(
      "a done record naming a note as its session",
      "actionsDone[0] (A1): names session 'N1', which does not exist",
      #""action":"A1","authorship""#, ["session"], #""N1""#),
    edit(
      "a closure of no action", "actionsClosed[0] (A9): action 'A9' does not exist",
      #""action":"A3","authorship""#, ["action"], #""A9""#),
    edit(
      "a review of no action",
      "sessions[1] (S2): reviews[0] is of action 'A9', which does not exist", #""id":"S2""#,
      ["reviews", "0", "action"], #""A9""#),
    edit(
      "an event of no case", "caseEvents[0] (C9): case 'C9' does not exist", #""kind":"visit""#,
      ["case"], #""C9""#),
    edit(
      "a transfer to no team", "caseEvents[2] (C3): team 'T9' does not exist",
      #""kind":"transferred""#, ["team", "to"], #""T9""#),
    edit(
      "a transfer from no team", "caseEvents[2] (C3): team 'T8' does not exist",
      #""kind":"transferred""#, ["team", "from"], #""T8""#),
  ]

  static let values: [HostileCase] = [
    edit(
      "a session reviewing one action twice",
      "sessions[1] (S2): reviews[1] reviews action 'A1' a second time", #""id":"S2""#, ["reviews"],
      #"[{"action":"A1","note":"Booked","outcome":"done"},{"action":"A1","outcome":"carried-forward"}]"#
    ),
    edit(
      "a review closing with a blank reason",
      "sessions[1] (S2): reviews[0] closes an action without a reason", #""id":"S2""#,
      ["reviews", "0"], #"{"action":"A1","outcome":"closed","reason":"  "}"#),
    edit(
      "a review with a blank note", "sessions[1] (S2): reviews[0] has an empty note", #""id":"S2""#,
      ["reviews", "0", "note"], #"" ""#),
    edit(
      "a done record with a blank note", "actionsDone[0] (A1): has an empty note",
      #""action":"A1","authorship""#, ["note"], #""\n""#),
    edit(
      "a done record with no author", "actionsDone[0] (A1): has no author",
      #""action":"A1","authorship""#, ["authorship", "author"], #""""#),
    edit(
      "a closure with a blank reason", "actionsClosed[0] (A3): is closed without a reason",
      #""action":"A3","authorship""#, ["reason"], #""\t""#),
    edit(
      "a closure with no author", "actionsClosed[0] (A3): has no author",
      #""action":"A3","authorship""#, ["authorship", "author"], #""""#),
    edit(
      "an event with no author", "caseEvents[0] (C1): has no author", #""kind":"visit""#,
      ["authorship", "author"], #""""#),
    edit(
      "an event with a blank reason", "caseEvents[1] (C2): has an empty reason",
      #""kind":"category""#, ["reason"], #"" ""#),
    edit(
      "a category changed to itself",
      "caseEvents[1] (C2): the category changes from child-in-need to itself",
      #""kind":"category""#, ["category", "from"], #""child-in-need""#),
    edit(
      "a category event without its change",
      "caseEvents[1] (C2): a category event has no \"category\" change", #""kind":"category""#,
      ["category"], nil),
    edit(
      "a transfer to nowhere", "caseEvents[2] (C3): a transfer has no team it went to",
      #""kind":"transferred""#, ["team", "to"], "null"),
    edit(
      "a visit that changes the category",
      "caseEvents[0] (C1): a visit event cannot change the category", #""kind":"visit""#,
      ["seenAlone"], #"true,"category":{"from":"assessment","to":"child-in-need"}"#),
    edit(
      "a closure that changes the team",
      "caseEvents[0] (C1): a closed event cannot change the team", #""kind":"visit""#, ["kind"],
      #""closed","team":{"from":"T1","to":"T2"}"#),
    edit(
      "seen alone on a transfer",
      "caseEvents[2] (C3): only a visit says whether the child was seen alone",
      #""kind":"transferred""#, ["detail"], #""moved","seenAlone":false"#),
  ]

  /// Huge values: each refused in one line, cut to a readable length, in well under a second.
  static let sizes: [HostileCase] = [
    HostileCase(
      "a case held by a worker whose id is a megabyte",
      StoreProblem(
        file: "", record: "cases[0] (C1)",
        problem: "worker '\(String(repeating: "W", count: 1 << 20))' does not exist"
      ).description.dropFirst(2).description,
      onLine: #""id":"C1""#, at: ["worker"],
      to: "\"" + String(repeating: "W", count: 1 << 20) + "\""),
    HostileCase(
      "a date of a megabyte",
      "cases[0].opened: '\(String(repeating: "2", count: 40))' is not a date (YYYY-MM-DD)",
      onLine: #""id":"C1""#, at: ["opened"],
      to: "\"" + String(repeating: "2", count: 1 << 20) + "\""),
    HostileCase(
      "an FTE of 100,000 digits",
      "workers[1].fte: \(String(repeating: "1", count: 40)) is too large a number to read",
      onLine: #""id":"W2""#, at: ["fte"], to: String(repeating: "1", count: 100_000)),
    HostileCase(
      "a key of a megabyte given twice",
      "line 8, column \(2 + (1 << 20) + 5): holds the key \"\(String(repeating: "k", count: 40))\" twice in one object; a store never repeats a key",
      onLine: #""id":"W1""#, replacing: #"{"employment":"permanent","fte":1,"id":"W1""#,
      with:
        "{\"\(String(repeating: "k", count: 1 << 20))\":1,\"\(String(repeating: "k", count: 1 << 20))\":2,\"employment\":\"permanent\",\"fte\":1,\"id\":\"W1\""
    ),
    HostileCase(
      "100,000 attendees, the last a number",
      "sessions[1].attendees[99999]: expected text in quotes but found a number",
      onLine: #""id":"S2""#, at: ["attendees"],
      to: "[" + String(repeating: "\"amara\",", count: 99_999) + "1]"),
    HostileCase(
      "a megabyte of escapes ending in half a surrogate pair",
      // The discussion's text starts at column 124 of the session's line.
      "line 27, column \(124 + 6 * 100_000): holds \\ud83d, half of a UTF-16 surrogate pair without the other half; it is not text",
      onLine: #""id":"S2""#, at: ["discussion"],
      to: "\"" + String(repeating: "\\u00e9", count: 100_000) + "\\ud83d\""),
  ]
}
