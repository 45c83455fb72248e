// What became of actions, and what happened to cases.
extension Decode {
  static let done = FieldSet(["action", "done", "authorship", "note", "session", "recordedOn"])

  static func done(_ r: inout RecordReader) throws(JSONSyntaxError) -> (ActionDone?, String?) {
    var action: RecordID?
    var day: Day?
    var by: Authorship?
    var note: String?
    var session: RecordID?
    var recordedOn: Day?
    guard
      let seen = try r.object(
        done,
        { r, field throws(JSONSyntaxError) in
          switch field {
          case 0: action = try r.id()
          case 1: day = try r.day()
          case 2: by = try Decode.authorshipWhole(&r)
          case 3: note = try r.string(nullable: true)
          case 4: session = try r.id(nullable: true)
          default: recordedOn = try r.day(nullable: true)
          }
        })
    else { return (nil, nil) }
    r.require(seen, done, [0, 1, 2])
    guard !r.hasProblem, let action, let day, let by else { return (nil, action?.rawValue) }
    return (
      ActionDone(
        action: action, done: day, authorship: by, note: note, session: session,
        recordedOn: recordedOn),
      action.rawValue
    )
  }

  static let closure = FieldSet([
    "action", "closed", "reason", "authorship", "session", "recordedOn",
  ])

  static func closure(_ r: inout RecordReader) throws(JSONSyntaxError) -> (
    ActionClosure?, String?
  ) {
    var action: RecordID?
    var day: Day?
    var reason: String?
    var by: Authorship?
    var session: RecordID?
    var recordedOn: Day?
    guard
      let seen = try r.object(
        closure,
        { r, field throws(JSONSyntaxError) in
          switch field {
          case 0: action = try r.id()
          case 1: day = try r.day()
          case 2: reason = try r.string()
          case 3: by = try Decode.authorshipWhole(&r)
          case 4: session = try r.id(nullable: true)
          default: recordedOn = try r.day(nullable: true)
          }
        })
    else { return (nil, nil) }
    r.require(seen, closure, [0, 1, 2, 3])
    guard !r.hasProblem, let action, let day, let reason, let by else {
      return (nil, action?.rawValue)
    }
    return (
      ActionClosure(
        action: action, closed: day, reason: reason, authorship: by, session: session,
        recordedOn: recordedOn),
      action.rawValue
    )
  }

  static let event = FieldSet([
    "case", "kind", "date", "reason", "category", "team", "seenAlone", "detail", "authorship",
  ])

  static func event(_ r: inout RecordReader) throws(JSONSyntaxError) -> (CaseEvent?, String?) {
    var child: Case.ID?
    var kind: CaseEvent.Kind?
    var date: Day?
    var reason: String?
    var category: Edit<Case.Category>?
    var team: Edit<Team.ID?>?
    var seenAlone: Bool?
    var detail: String?
    var by: Authorship?
    guard
      let seen = try r.object(
        event,
        { r, field throws(JSONSyntaxError) in
          switch field {
          case 0: child = try r.id()
          case 1: kind = try r.choice(CaseEvent.Kind.self)
          case 2: date = try r.day()
          case 3: reason = try r.string(nullable: true)
          case 4:
            if try r.null() { return }
            category = try Decode.edit(&r, optional: false) { r throws(JSONSyntaxError) in
              try r.choice(Case.Category.self)
            }.map { Edit(from: $0.from ?? .assessment, to: $0.to ?? .assessment) }
          case 5:
            if try r.null() { return }
            team = try Decode.edit(&r, optional: true) { r throws(JSONSyntaxError) in
              try r.id(Team.ID.self, nullable: true)
            }.map { Edit(from: $0.from, to: $0.to) }
          case 6: seenAlone = try r.bool(nullable: true)
          case 7: detail = try r.string(nullable: true)
          default: by = try Decode.authorshipWhole(&r)
          }
        })
    else { return (nil, nil) }
    r.require(seen, event, [0, 1, 2, 8])
    guard !r.hasProblem, let child, let kind, let date, let by else {
      return (nil, child?.rawValue)
    }
    return (
      CaseEvent(
        case: child, kind: kind, date: date, reason: reason, category: category, team: team,
        seenAlone: seenAlone, detail: detail, authorship: by),
      child.rawValue
    )
  }

  static let edit = FieldSet(["from", "to"])

  /// `{"from":...,"to":...}`; with `optional`, either may be null or absent.
  static func edit<Value>(
    _ r: inout RecordReader, optional: Bool,
    _ value: (inout RecordReader) throws(JSONSyntaxError) -> Value?
  ) throws(JSONSyntaxError) -> (from: Value?, to: Value?)? {
    var from: Value?
    var to: Value?
    guard
      let seen = try r.object(
        edit,
        { r, field throws(JSONSyntaxError) in
          if field == 0 { from = try value(&r) } else { to = try value(&r) }
        })
    else { return nil }
    if !optional { r.require(seen, edit, [0, 1]) }
    return (from, to)
  }
}
