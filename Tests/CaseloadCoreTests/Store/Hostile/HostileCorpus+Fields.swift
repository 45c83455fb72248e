/// Every field of every record kind, damaged each way a field can be: a value of the wrong
/// kind, null where a value is needed, taken out where it is required, text that is not the
/// date, time, interval or word it must be; and a repeated key in each kind of object.
extension HostileCorpus {
  /// What kind of JSON value a field holds, which decides how it is broken and how the
  /// message words what was expected.
  enum Kind {
    case text, number, bool, list, object, date, time, interval, owner
    case choice([String])

    var words: String {
      switch self {
      case .number: return "a number"
      case .bool: return "true or false"
      case .list: return "a list [...]"
      case .object: return "an object {...}"
      case .owner: return "a worker id in quotes or {\"manager\":...}"
      default: return "text in quotes"
      }
    }

    /// A value of another kind, and the words for it.
    var wrong: (value: String, found: String) {
      switch self {
      case .number: return ("\"x\"", "text")
      case .bool: return ("\"yes\"", "text")
      case .list: return ("{}", "an object")
      case .object: return ("[]", "a list")
      default: return ("7", "a number")
      }
    }

    /// Text of the right kind that is not a value of this kind, and why.
    var invalid: (value: String, problem: String)? {
      switch self {
      case .date: return ("\"2026-02-30\"", "'2026-02-30' is not a date (YYYY-MM-DD)")
      case .time:
        return (
          "\"2026-11-23T24:00:00Z\"",
          "'2026-11-23T24:00:00Z' is not a UTC time (YYYY-MM-DDTHH:MM:SSZ)"
        )
      case .interval:
        return (
          "\"10 days\"",
          "'10 days' is not an interval (0 to 3660 then wd, d, w or m, such as 10wd, 14d, 6w, 3m)"
        )
      case .choice(let words):
        return (
          "\"bogus\"", "'bogus' is not one of the allowed values: \(words.joined(separator: ", "))"
        )
      default: return nil
      }
    }
  }

  /// One object of the corpus store: the line its record is on, where the object is inside the
  /// record, how messages name it, and its fields.
  struct Object {
    var marker: String
    var inside: [String] = []
    var place: String
    var fields: [(name: String, kind: Kind, required: Bool)]
  }

  static let teamKinds = [
    "front-door", "duty-and-assessment", "child-in-need-and-protection", "children-in-care",
    "care-leavers", "other",
  ]
  static let categories = [
    "assessment", "child-in-need", "child-protection", "child-in-care", "care-leaver",
    "court-proceedings",
  ]
  static let roles = [
    "social-worker", "senior-practitioner", "asye", "student", "family-support-worker",
  ]
  static let eventKinds = [
    "added", "imported", "updated", "visit", "category", "closed", "reopened", "transferred",
  ]

  static let objects: [Object] = [
    Object(
      marker: #""id":"T1""#, place: "teams[0]",
      fields: [
        ("id", .text, true), ("kind", .choice(teamKinds), true), ("managers", .list, true),
        ("name", .text, true),
      ]),
    Object(
      marker: #""id":"W2""#, place: "workers[1]",
      fields: [
        ("id", .text, true), ("name", .text, true), ("team", .text, true),
        ("role", .choice(roles), true), ("employment", .choice(["permanent", "agency"]), true),
        ("fte", .number, false), ("started", .date, true), ("leaving", .date, false),
        ("cap", .number, false),
      ]),
    Object(marker: #""id":"W3""#, place: "workers[2]", fields: [("absences", .list, false)]),
    Object(
      marker: #""id":"W3""#, inside: ["absences", "0"], place: "workers[2].absences[0]",
      fields: [("from", .date, true), ("to", .date, true), ("reason", .text, true)]),
    Object(
      marker: #""id":"C5""#, place: "cases[4]",
      fields: [
        ("id", .text, true), ("childName", .text, true), ("birthDate", .date, true),
        ("category", .choice(categories), true), ("opened", .date, true), ("team", .text, false),
        ("lastVisit", .date, false), ("visitInterval", .interval, false), ("closed", .date, false),
      ]),
    Object(
      marker: #""id":"C3""#, place: "cases[2]",
      fields: [("family", .text, false), ("worker", .text, false)]),
    Object(
      marker: #""reason":"waiting""#, place: "allocations[3]",
      fields: [
        ("case", .text, true), ("from", .date, true), ("to", .date, false),
        ("reason", .text, true), ("by", .text, true),
      ]),
    Object(
      marker: #""case":"C1","from""#, place: "allocations[0]", fields: [("worker", .text, false)]),
    Object(
      marker: #""id":"S2""#, place: "sessions[1]",
      fields: [
        ("id", .text, true), ("worker", .text, true), ("date", .date, true),
        ("attendees", .list, true), ("discussion", .text, true), ("entries", .list, true),
        ("authorship", .object, true), ("recordedOn", .date, false), ("reviews", .list, false),
      ]),
    Object(
      marker: #""id":"S2""#, inside: ["entries", "0"], place: "sessions[1].entries[0]",
      fields: [
        ("case", .text, true), ("discussion", .text, true), ("decision", .text, true),
        ("actions", .list, true),
      ]),
    Object(
      marker: #""id":"S2""#, inside: ["entries", "0", "actions", "0"],
      place: "sessions[1].entries[0].actions[0]",
      fields: [
        ("id", .text, true), ("text", .text, true), ("owner", .owner, true), ("due", .date, true),
      ]),
    Object(
      marker: #""id":"S2""#, inside: ["reviews", "0"], place: "sessions[1].reviews[0]",
      fields: [("action", .text, true), ("outcome", .text, true), ("note", .text, false)]),
    Object(
      marker: #""id":"S2""#, inside: ["authorship"], place: "sessions[1].authorship",
      fields: [("author", .text, true), ("recorded", .time, true)]),
    Object(
      marker: #""id":"N2""#, place: "notes[1]",
      fields: [("id", .text, true), ("note", .object, true), ("authorship", .object, true)]),
    Object(
      marker: #""id":"N2""#, inside: ["note"], place: "notes[1].note",
      fields: [
        ("case", .text, true), ("discussion", .text, true), ("decision", .text, true),
        ("actions", .list, true),
      ]),
    Object(
      marker: #""id":"N2""#, inside: ["authorship"], place: "notes[1].authorship",
      fields: [("author", .text, true), ("recorded", .time, true)]),
    Object(
      marker: #""id":"D2""#, place: "addenda[1]",
      fields: [
        ("id", .text, true), ("target", .text, true), ("text", .text, true),
        ("authorship", .object, true), ("withdrawal", .bool, false),
      ]),
    Object(
      marker: #""action":"A1","authorship""#, place: "actionsDone[0]",
      fields: [
        ("action", .text, true), ("done", .date, true), ("authorship", .object, true),
        ("note", .text, false), ("session", .text, false), ("recordedOn", .date, false),
      ]),
    Object(
      marker: #""action":"A3","authorship""#, place: "actionsClosed[0]",
      fields: [
        ("action", .text, true), ("closed", .date, true), ("reason", .text, true),
        ("authorship", .object, true), ("recordedOn", .date, false),
      ]),
    Object(
      marker: #""kind":"category""#, place: "caseEvents[1]",
      fields: [
        ("case", .text, true), ("kind", .choice(eventKinds), true), ("date", .date, true),
        ("reason", .text, false), ("category", .object, false), ("authorship", .object, true),
      ]),
    Object(
      marker: #""kind":"category""#, inside: ["category"], place: "caseEvents[1].category",
      fields: [("from", .choice(categories), true), ("to", .choice(categories), true)]),
    Object(
      marker: #""kind":"transferred""#, place: "caseEvents[2]",
      fields: [("team", .object, false), ("detail", .text, false)]),
    Object(
      marker: #""kind":"transferred""#, inside: ["team"], place: "caseEvents[2].team",
      fields: [("from", .text, false), ("to", .text, false)]),
    Object(
      marker: #""kind":"visit""#, place: "caseEvents[0]", fields: [("seenAlone", .bool, false)]),
    Object(
      marker: #""settings""#, place: "settings",
      fields: [
        ("weights", .object, true), ("siblingFactor", .number, true),
        ("capacityPerFTE", .number, true), ("asyeCapacityFactor", .number, true),
        ("warnAt", .number, true), ("overAbove", .number, true), ("visitIntervals", .object, true),
        ("asyeSupervision", .list, true), ("supervisionInterval", .interval, true),
        ("oversightIntervals", .object, true), ("unallocatedWarnAfter", .interval, true),
        ("unallocatedOverAfter", .interval, true), ("workerHistoryWindow", .interval, true),
        ("workerCountWarnAt", .number, true), ("leavingSoonWithin", .interval, true),
        ("bankHolidays", .list, true),
      ]),
  ]

  static var fields: [HostileCase] {
    var cases: [HostileCase] = []
    for object in objects {
      for (name, kind, required) in object.fields {
        let path = object.inside + [name]
        let at = "\(object.place).\(name)"
        let (wrong, found) = kind.wrong
        cases.append(
          HostileCase(
            "\(at) of the wrong kind", "\(at): expected \(kind.words) but found \(found)",
            onLine: object.marker, at: path, to: wrong))
        if let (value, problem) = kind.invalid {
          cases.append(
            HostileCase(
              "\(at) not valid", "\(at): \(problem)", onLine: object.marker, at: path, to: value))
        }
        guard required else { continue }
        cases.append(
          HostileCase(
            "\(at) null", "\(at): is null; expected \(kind.words)", onLine: object.marker, at: path,
            to: "null"))
        cases.append(
          HostileCase(
            "\(at) missing", "\(at): is missing", onLine: object.marker, at: path, to: nil))
      }
    }
    return cases + topLevel + listElements
  }

  /// The parts of the top level.
  static var topLevel: [HostileCase] {
    let header = #""format":"caseload","version":1"#
    var cases: [HostileCase] = []
    for name in ["sequence", "journal"] {
      cases.append(
        HostileCase(
          "\(name) of the wrong kind", "\(name): expected a number but found text",
          onLine: header, replacing: "\"\(name)\":", with: "\"\(name)\":\"1\",\"x\":"))
      cases.append(
        HostileCase(
          "\(name) missing", "\(name): is missing", onLine: header, replacing: "\"\(name)\":",
          with: "\"x\":"))
      cases.append(
        HostileCase(
          "\(name) null", "\(name): is null; expected a number", onLine: header,
          replacing: "\"\(name)\":", with: "\"\(name)\":null,\"x\":"))
    }
    let arrays = [
      "teams", "workers", "cases", "allocations", "sessions", "notes", "addenda", "actionsDone",
      "actionsClosed", "caseEvents",
    ]
    for name in arrays {
      cases.append(
        HostileCase(
          "\(name) of the wrong kind", "\(name): expected a list [...] but found an object",
          onLine: "\"\(name)\":[", replacing: "\"\(name)\":[", with: "\"\(name)\":{},\"\(name)x\":["
        ))
      cases.append(
        HostileCase(
          "\(name) null", "\(name): is null; expected a list [...]", onLine: "\"\(name)\":[",
          replacing: "\"\(name)\":[", with: "\"\(name)\":null,\"\(name)x\":["))
      guard name != "actionsClosed", name != "caseEvents" else { continue }
      cases.append(
        HostileCase(
          "\(name) missing", "\(name): is missing", onLine: "\"\(name)\":[",
          replacing: "\"\(name)\":[", with: "\"\(name)x\":["))
    }
    cases.append(
      HostileCase(
        "settings of the wrong kind", "settings: expected an object {...} but found a list",
        onLine: "\"settings\":", replacing: "\"settings\":", with: "\"settings\":[],\"x\":"))
    cases.append(
      HostileCase(
        "settings missing", "settings: is missing", onLine: "\"settings\":",
        replacing: "\"settings\":", with: "\"x\":"))
    return cases
  }

  /// A record that is not an object, and elements of lists of the wrong kind.
  static var listElements: [HostileCase] {
    [
      HostileCase(
        "a team that is a number", "teams[1]: expected an object {...} but found a number",
        onLine: #""id":"T2""#, replacing: #"{"id":"T2""#, with: #"2,{"id":"T2""#),
      HostileCase(
        "a note that is text", "notes[0]: expected an object {...} but found text",
        onLine: #""id":"N1""#, replacing: #"{"authorship""#, with: #""N1",{"authorship""#),
      HostileCase(
        "a manager that is a number",
        "teams[0].managers[1]: expected text in quotes but found a number",
        onLine: #""id":"T1""#, at: ["managers"], to: #"["amara",7]"#),
      HostileCase(
        "an attendee that is null", "sessions[1].attendees[0]: is null; expected text in quotes",
        onLine: #""id":"S2""#, at: ["attendees"], to: "[null]"),
      HostileCase(
        "a bank holiday that is not a date",
        "settings.bankHolidays[0]: '25/12/2026' is not a date (YYYY-MM-DD)", onLine: #""settings""#,
        at: ["bankHolidays"], to: #"["25/12/2026"]"#),
      HostileCase(
        "a supervision step without its interval", "settings.asyeSupervision[1].every: is missing",
        onLine: #""settings""#, at: ["asyeSupervision", "1", "every"], to: nil),
      HostileCase(
        "a weight for no category",
        "settings.weights.adoption: is not a category (one of: assessment, child-in-need, child-protection, child-in-care, care-leaver, court-proceedings)",
        onLine: #""settings""#, at: ["weights"], to: #"{"adoption":4}"#),
      HostileCase(
        "a weight that is text", "settings.weights.assessment: expected a number but found text",
        onLine: #""settings""#, at: ["weights", "assessment"], to: #""4""#),
      HostileCase(
        "a visit interval that is a number",
        "settings.visitIntervals.care-leaver: expected text in quotes but found a number",
        onLine: #""settings""#, at: ["visitIntervals", "care-leaver"], to: "8"),
      HostileCase(
        "a manager owner without its user",
        "sessions[1].entries[0].actions[0].owner.manager: is missing",
        onLine: #""id":"S2""#, at: ["entries", "0", "actions", "0", "owner"], to: "{}"),
      HostileCase(
        "a review with no such outcome",
        "sessions[1].reviews[0].outcome: 'finished' is not an outcome (done, carried-forward or closed)",
        onLine: #""id":"S2""#, at: ["reviews", "0", "outcome"], to: #""finished""#),
      HostileCase(
        "a review closing without a reason", "sessions[1].reviews[0].reason: is missing",
        onLine: #""id":"S2""#, at: ["reviews", "0", "outcome"], to: #""closed""#),
    ]
  }
}
