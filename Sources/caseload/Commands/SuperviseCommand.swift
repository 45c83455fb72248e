import ArgumentParser
import CaseloadCore
import Foundation

/// `caseload supervise --worker WORKER`: records a supervision session.
struct SuperviseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "supervise",
    abstract: "Record a supervision session with a worker, from flags or JSON.",
    discussion: """
      With --json FILE (or - for standard input) the session is read as
      {"date": "2026-11-23", "attendees": ["..."], "discussion": "...",
       "entries": [{"case": "C102938", "discussion": "...", "decision": "...",
                    "actions": [{"text": "...", "owner": "W012", "due": "2026-12-01"},
                                {"text": "...", "owner": {"manager": "pm.hughes"},
                                 "due": "2026-12-04"}]}],
       "reviews": [{"action": "A00012", "outcome": "done", "note": "..."},
                   {"action": "A00013", "outcome": "carried-forward"},
                   {"action": "A00014", "outcome": "closed", "reason": "..."}]}
      An action's owner is a worker id or {"manager": USER}. Each review goes through an open
      action ('caseload actions --worker W' lists them): done (with an optional note),
      carried forward (it stays open) or closed as no longer needed (a reason is required).
      Flags given beside --json override its date and discussion.
      """)

  @OptionGroup var store: StoreOptions

  @Option(help: ArgumentHelp("The worker supervised.", valueName: "worker"))
  var worker: String

  @Option(help: ArgumentHelp("The session's date (default today).", valueName: "YYYY-MM-DD"))
  var date: String?

  @Option(
    name: .customLong("attendee"),
    help: ArgumentHelp("Someone present (repeatable).", valueName: "name"))
  var attendees: [String] = []

  @Option(help: ArgumentHelp("Wellbeing, workload and development discussed.", valueName: "text"))
  var discussion: String?

  @Option(
    help: ArgumentHelp(
      "Read the session as JSON from a file, or - for standard input.", valueName: "file"))
  var json: String?

  struct Input: Decodable {
    struct Entry: Decodable {
      struct Item: Decodable {
        var text: String
        /// A worker id, or `{"manager": USER}`.
        var owner: ActionOwner
        var due: Day
      }
      var `case`: String
      var discussion: String
      var decision: String?
      var actions: [Item]?
    }
    var date: Day? = nil
    var attendees: [String]? = nil
    var discussion: String? = nil
    var entries: [Entry]? = nil
    var reviews: [ActionReview]? = nil
  }

  func run() throws {
    let context = try Context.current()
    var input = Input()
    if let json {
      let text = try readText(from: json)
      do {
        input = try JSONDecoder().decode(Input.self, from: Data(text.utf8))
      } catch let error as DecodingError {
        throw Refusal("\(json == "-" ? "standard input" : json): \(error.oneLine)")
      }
    }
    var day = input.date ?? context.today
    if let date {
      day = try parsed(date, "--date", RecordField.day)
    }
    let text = discussion ?? input.discussion ?? ""
    guard
      !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        || !(input.entries ?? []).isEmpty || !(input.reviews ?? []).isEmpty
    else {
      throw UsageError("nothing to record: give --discussion, or case entries or reviews in --json")
    }
    try Self.checkSizes(text, input)
    let entries = (input.entries ?? []).map { entry in
      CaseDiscussion(
        case: Case.ID(rawValue: entry.case), discussion: entry.discussion,
        decision: entry.decision ?? "",
        actions: (entry.actions ?? []).map {
          CaseloadCore.Action(id: .new("A"), text: $0.text, owner: $0.owner, due: $0.due)
        })
    }
    let opened = try store.open(in: context)
    let session = SupervisionSession(
      id: .new("S"), worker: Worker.ID(rawValue: worker), date: day,
      attendees: attendees.isEmpty ? (input.attendees ?? [context.user]) : attendees,
      discussion: text, entries: entries,
      authorship: Authorship(author: context.user, recorded: context.clock()),
      recordedOn: context.today, reviews: input.reviews ?? [])
    let entry = try opened.commit(.recordSession(session))
    Output.line("saved session \(session.id) with \(worker) as change \(entry.sequence)")
    if !session.reviews.isEmpty {
      let words = ["done", "carried-forward", "closed"].map { word in
        "\(session.reviews.count { $0.outcome.word == word }) \(word.replacing("-", with: " "))"
      }
      Output.line(
        "reviewed \(session.reviews.count) action\(session.reviews.count == 1 ? "" : "s"): "
          + words.joined(separator: ", "))
    }
  }
}

extension SuperviseCommand {
  /// Every text of the session within its limit, checked before the store is opened.
  static func checkSizes(_ discussion: String, _ input: Input) throws {
    func check(_ text: String, _ field: String, _ what: String, note: Bool = true) throws {
      _ = try parsed(text, field) { text throws(FieldProblem) in
        note ? try RecordField.noteText(text, what) : try RecordField.shortText(text, what)
      }
    }
    try check(discussion, "discussion", "discussion")
    for (index, entry) in (input.entries ?? []).enumerated() {
      try check(entry.discussion, "entries[\(index)].discussion", "discussion")
      try check(entry.decision ?? "", "entries[\(index)].decision", "decision")
      for (number, action) in (entry.actions ?? []).enumerated() {
        try check(action.text, "entries[\(index)].actions[\(number)].text", "action", note: false)
      }
    }
  }
}

extension DecodingError {
  /// "entries[0].due: '2026-13-01' is not a date" rather than Foundation's multi-line dump.
  var oneLine: String {
    func path(_ keys: [any CodingKey]) -> String {
      keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        .trimmingCharacters(in: CharacterSet(charactersIn: "."))
    }
    switch self {
    case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c):
      let at = path(c.codingPath)
      let detail =
        c.debugDescription.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
      return at.isEmpty ? detail : "\(at): \(detail)"
    case .keyNotFound(let key, let c):
      let at = path(c.codingPath + [key])
      return "\(at): missing"
    @unknown default:
      return "not valid JSON"
    }
  }
}
