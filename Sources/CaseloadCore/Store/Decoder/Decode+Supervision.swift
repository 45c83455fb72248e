// Sessions, notes and addenda: read for their keys when a store is opened (every text checked
// but not kept), and read whole from the same bytes when a screen or report asks for one.
extension Decode {
  static let action = FieldSet(["id", "text", "owner", "due"])

  static func action(_ r: inout RecordReader) throws(JSONSyntaxError) -> Action? {
    var id: RecordID?
    var text: String?
    var owner: ActionOwner?
    var due: Day?
    guard
      let seen = try r.object(
        action,
        { r, field throws(JSONSyntaxError) in
          switch field {
          case 0: id = try r.id()
          case 1: text = try r.string()
          case 2: owner = try Decode.owner(&r)
          default: due = try r.day()
          }
        })
    else { return nil }
    r.require(seen, action, [0, 1, 2, 3])
    guard let id, let text, let owner, let due else { return nil }
    return Action(id: id, text: text, owner: owner, due: due)
  }

  static let manager = FieldSet(["manager"])

  /// A worker id, or `{"manager":"user"}`.
  static func owner(_ r: inout RecordReader) throws(JSONSyntaxError) -> ActionOwner? {
    if r.cursor.peek() == 0x22 { return try r.id().map(ActionOwner.worker) }
    guard r.cursor.peek() == 0x7B else {
      try r.wrongKind("a worker id in quotes or {\"manager\":...}")
      return nil
    }
    var user: String?
    let seen = try r.object(manager) { r, _ throws(JSONSyntaxError) in user = try r.string() }
    r.require(seen ?? 0, manager, [0])
    return user.map(ActionOwner.manager)
  }

  static func actions(_ r: inout RecordReader) throws(JSONSyntaxError) -> [Action]? {
    var actions: [Action] = []
    let isList = try r.list { r, _ throws(JSONSyntaxError) in
      if let action = try Decode.action(&r) { actions.append(action) }
    }
    return isList ? actions : nil
  }

  static let discussion = FieldSet(["case", "discussion", "decision", "actions"])

  /// A case discussed: its case and actions always, its texts when `whole` (else nil texts).
  static func discussion(_ r: inout RecordReader, whole: Bool) throws(JSONSyntaxError) -> (
    case: Case.ID, actions: [Action], discussion: String?, decision: String?
  )? {
    var child: Case.ID?
    var actions: [Action]?
    var text: String?
    var decision: String?
    guard
      let seen = try r.object(
        discussion,
        { r, field throws(JSONSyntaxError) in
          switch field {
          case 0: child = try r.id()
          case 1: if whole { text = try r.string() } else { try r.skipString() }
          case 2: if whole { decision = try r.string() } else { try r.skipString() }
          default: actions = try Decode.actions(&r)
          }
        })
    else { return nil }
    r.require(seen, discussion, [0, 1, 2, 3])
    guard let child, let actions else { return nil }
    return (child, actions, text, decision)
  }

  static let authorship = FieldSet(["author", "recorded"])

  /// Who and when; the author only when `whole`.
  static func authorship(_ r: inout RecordReader, whole: Bool = true) throws(JSONSyntaxError)
    -> (author: String?, recorded: Timestamp)?
  {
    var author: String?
    var recorded: Timestamp?
    guard
      let seen = try r.object(
        authorship,
        { r, field throws(JSONSyntaxError) in
          if field == 0 {
            if whole { author = try r.string() } else { try r.skipString() }
          } else {
            recorded = try r.timestamp()
          }
        })
    else { return nil }
    r.require(seen, authorship, [0, 1])
    guard let recorded else { return nil }
    return (author, recorded)
  }

  static func authorshipWhole(_ r: inout RecordReader) throws(JSONSyntaxError) -> Authorship? {
    guard let (author, recorded) = try authorship(&r), let author else { return nil }
    return Authorship(author: author, recorded: recorded)
  }

  static let note = FieldSet(["id", "note", "authorship"])

  /// An oversight note's keys, and the whole note when `whole`.
  static func note(_ r: inout RecordReader, whole: Bool) throws(JSONSyntaxError) -> (
    NoteKeys?, OversightNote?, String?
  ) {
    var id: RecordID?
    var about: (case: Case.ID, actions: [Action], discussion: String?, decision: String?)?
    var by: (author: String?, recorded: Timestamp)?
    guard
      let seen = try r.object(
        note,
        { r, field throws(JSONSyntaxError) in
          switch field {
          case 0: id = try r.id()
          case 1: about = try Decode.discussion(&r, whole: whole)
          default: by = try Decode.authorship(&r, whole: whole)
          }
        })
    else { return (nil, nil, nil) }
    r.require(seen, note, [0, 1, 2])
    guard !r.hasProblem, let id, let about, let by else { return (nil, nil, id?.rawValue) }
    let keys = NoteKeys(id: id, case: about.case, recorded: by.recorded, actions: about.actions)
    guard whole, let author = by.author, let text = about.discussion, let decision = about.decision
    else { return (keys, nil, id.rawValue) }
    let note = OversightNote(
      id: id,
      note: CaseDiscussion(
        case: about.case, discussion: text, decision: decision, actions: about.actions),
      authorship: Authorship(author: author, recorded: by.recorded))
    return (keys, note, id.rawValue)
  }

  static let session = FieldSet([
    "id", "worker", "date", "attendees", "discussion", "entries", "authorship", "recordedOn",
    "reviews",
  ])

  /// A supervision session's keys, and the whole session when `whole`.
  static func session(_ r: inout RecordReader, whole: Bool) throws(JSONSyntaxError) -> (
    SessionKeys?, SupervisionSession?, String?
  ) {
    var id: RecordID?
    var worker: Worker.ID?
    var date: Day?
    var attendees: [String]?
    var text: String?
    var entries: [(case: Case.ID, actions: [Action], discussion: String?, decision: String?)] = []
    var by: (author: String?, recorded: Timestamp)?
    var recordedOn: Day?
    var reviews: [ActionReview] = []
    guard
      let seen = try r.object(
        session,
        { r, field throws(JSONSyntaxError) in
          switch field {
          case 0: id = try r.id()
          case 1: worker = try r.id()
          case 2: date = try r.day()
          case 3:
            if whole {
              attendees = try r.strings()
            } else {
              try r.list { r, _ throws(JSONSyntaxError) in try r.skipString() }
            }
          case 4: if whole { text = try r.string() } else { try r.skipString() }
          case 5:
            try r.list { r, _ throws(JSONSyntaxError) in
              if let entry = try Decode.discussion(&r, whole: whole) { entries.append(entry) }
            }
          case 6: by = try Decode.authorship(&r, whole: whole)
          case 7: recordedOn = try r.day(nullable: true)
          default:
            if try r.null() { return }
            try r.list { r, _ throws(JSONSyntaxError) in
              if let review = try Decode.review(&r) { reviews.append(review) }
            }
          }
        })
    else { return (nil, nil, nil) }
    r.require(seen, session, [0, 1, 2, 3, 4, 5, 6])
    guard !r.hasProblem, let id, let worker, let date, let by else {
      return (nil, nil, id?.rawValue)
    }
    let keys = SessionKeys(
      id: id, worker: worker, date: date, recorded: by.recorded,
      entries: entries.map { SessionKeys.Entry(case: $0.case, actions: $0.actions) },
      reviews: reviews)
    guard whole, let attendees, let text, let author = by.author else {
      return (keys, nil, id.rawValue)
    }
    let session = SupervisionSession(
      id: id, worker: worker, date: date, attendees: attendees, discussion: text,
      entries: entries.map {
        CaseDiscussion(
          case: $0.case, discussion: $0.discussion ?? "", decision: $0.decision ?? "",
          actions: $0.actions)
      }, authorship: Authorship(author: author, recorded: by.recorded), recordedOn: recordedOn,
      reviews: reviews)
    return (keys, session, id.rawValue)
  }

  static let review = FieldSet(["action", "outcome", "note", "reason"])

  static func review(_ r: inout RecordReader) throws(JSONSyntaxError) -> ActionReview? {
    var action: RecordID?
    var word: String?
    var note: String?
    var reason: String?
    guard
      let seen = try r.object(
        review,
        { r, field throws(JSONSyntaxError) in
          switch field {
          case 0: action = try r.id()
          case 1: word = try r.string()
          case 2: note = try r.string(nullable: true)
          default: reason = try r.string(nullable: true)
          }
        })
    else { return nil }
    r.require(seen, review, [0, 1])
    guard let action, let word else { return nil }
    switch word {
    case "done": return ActionReview(action: action, outcome: .done(note: note))
    case "carried-forward": return ActionReview(action: action, outcome: .carriedForward)
    case "closed":
      guard let reason else {
        r.require(0, review, [3])
        return nil
      }
      return ActionReview(action: action, outcome: .closed(reason: reason))
    default:
      r.report(
        "'\(word.prefix(30))' is not an outcome (done, carried-forward or closed)", field: 1,
        in: review)
      return nil
    }
  }

  static let addendum = FieldSet(["id", "target", "text", "authorship", "withdrawal"])

  /// An addendum's keys, and the whole addendum when `whole`.
  static func addendum(_ r: inout RecordReader, whole: Bool) throws(JSONSyntaxError) -> (
    AddendumKeys?, Addendum?, String?
  ) {
    var id: RecordID?
    var target: RecordID?
    var text: String?
    var by: (author: String?, recorded: Timestamp)?
    var withdrawal: Bool?
    guard
      let seen = try r.object(
        addendum,
        { r, field throws(JSONSyntaxError) in
          switch field {
          case 0: id = try r.id()
          case 1: target = try r.id()
          case 2: if whole { text = try r.string() } else { try r.skipString() }
          case 3: by = try Decode.authorship(&r, whole: whole)
          default: withdrawal = try r.bool(nullable: true)
          }
        })
    else { return (nil, nil, nil) }
    r.require(seen, addendum, [0, 1, 2, 3])
    guard !r.hasProblem, let id, let target, let by else { return (nil, nil, id?.rawValue) }
    let keys = AddendumKeys(id: id, target: target, isWithdrawal: withdrawal ?? false)
    guard whole, let text, let author = by.author else { return (keys, nil, id.rawValue) }
    let addendum = Addendum(
      id: id, target: target, text: text,
      authorship: Authorship(author: author, recorded: by.recorded),
      isWithdrawal: withdrawal ?? false)
    return (keys, addendum, id.rawValue)
  }
}
