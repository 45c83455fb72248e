/// Decoders for each record kind of the snapshot, read straight from its bytes. Each reads
/// every field it knows, checks every other key's value and skips it, notes each bad value and
/// returns the record only when it read cleanly, with its id (for messages) either way.
enum Decode {
  static let team = FieldSet(["id", "name", "kind", "managers"])

  static func team(_ r: inout RecordReader) throws(JSONSyntaxError) -> (Team?, String?) {
    var id: Team.ID?
    var name: String?
    var kind: Team.Kind?
    var managers: [String]?
    guard
      let seen = try r.object(
        team,
        { r, field throws(JSONSyntaxError) in
          switch field {
          case 0: id = try r.id()
          case 1: name = try r.string()
          case 2: kind = try r.choice(Team.Kind.self)
          default: managers = try r.strings()
          }
        })
    else { return (nil, nil) }
    r.require(seen, team, [0, 1, 2, 3])
    guard !r.hasProblem, let id, let name, let kind, let managers else {
      return (nil, id?.rawValue)
    }
    return (Team(id: id, name: name, kind: kind, managers: managers), id.rawValue)
  }

  static let worker = FieldSet([
    "id", "name", "team", "role", "employment", "fte", "started", "leaving", "absences", "cap",
  ])

  static func worker(_ r: inout RecordReader) throws(JSONSyntaxError) -> (Worker?, String?) {
    var id: Worker.ID?
    var name: String?
    var team: Team.ID?
    var role: Worker.Role?
    var employment: Worker.Employment?
    var fte: Double?
    var started: Day?
    var leaving: Day?
    var absences: [Worker.Absence] = []
    var cap: Double?
    guard
      let seen = try r.object(
        worker,
        { r, field throws(JSONSyntaxError) in
          switch field {
          case 0: id = try r.id()
          case 1: name = try r.string()
          case 2: team = try r.id()
          case 3: role = try r.choice(Worker.Role.self)
          case 4: employment = try r.choice(Worker.Employment.self)
          case 5: fte = try r.double(nullable: true)
          case 6: started = try r.day()
          case 7: leaving = try r.day(nullable: true)
          case 8:
            if try r.null() { return }
            try r.list { r, _ throws(JSONSyntaxError) in
              if let absence = try Decode.absence(&r) { absences.append(absence) }
            }
          default: cap = try r.double(nullable: true)
          }
        })
    else { return (nil, nil) }
    r.require(seen, worker, [0, 1, 2, 3, 4, 6])
    guard !r.hasProblem, let id, let name, let team, let role, let employment, let started else {
      return (nil, id?.rawValue)
    }
    return (
      Worker(
        id: id, name: name, team: team, role: role, employment: employment, fte: fte ?? 1,
        started: started, leaving: leaving, absences: absences, cap: cap),
      id.rawValue
    )
  }

  static let absence = FieldSet(["from", "to", "reason"])

  static func absence(_ r: inout RecordReader) throws(JSONSyntaxError) -> Worker.Absence? {
    var from: Day?
    var to: Day?
    var reason: String?
    guard
      let seen = try r.object(
        absence,
        { r, field throws(JSONSyntaxError) in
          switch field {
          case 0: from = try r.day()
          case 1: to = try r.day()
          default: reason = try r.string()
          }
        })
    else { return nil }
    r.require(seen, absence, [0, 1, 2])
    guard let from, let to, let reason else { return nil }
    return Worker.Absence(from: from, to: to, reason: reason)
  }

  static let child = FieldSet([
    "id", "childName", "birthDate", "family", "category", "opened", "worker", "team", "lastVisit",
    "visitInterval", "closed",
  ])

  static func child(_ r: inout RecordReader) throws(JSONSyntaxError) -> (Case?, String?) {
    var id: Case.ID?
    var name: String?
    var birth: Day?
    var family: Case.FamilyID?
    var category: Case.Category?
    var opened: Day?
    var worker: Worker.ID?
    var team: Team.ID?
    var lastVisit: Day?
    var interval: Interval?
    var closed: Day?
    guard
      let seen = try r.object(
        child,
        { r, field throws(JSONSyntaxError) in
          switch field {
          case 0: id = try r.id()
          case 1: name = try r.string()
          case 2: birth = try r.day()
          case 3: family = try r.id(nullable: true)
          case 4: category = try r.choice(Case.Category.self)
          case 5: opened = try r.day()
          case 6: worker = try r.id(nullable: true)
          case 7: team = try r.id(nullable: true)
          case 8: lastVisit = try r.day(nullable: true)
          case 9: if !(try r.null()) { interval = try r.interval() }
          default: closed = try r.day(nullable: true)
          }
        })
    else { return (nil, nil) }
    r.require(seen, child, [0, 1, 2, 4, 5])
    guard !r.hasProblem, let id, let name, let birth, let category, let opened else {
      return (nil, id?.rawValue)
    }
    return (
      Case(
        id: id, childName: name, birthDate: birth, family: family, category: category,
        opened: opened, worker: worker, team: team, lastVisit: lastVisit, visitInterval: interval,
        closed: closed),
      id.rawValue
    )
  }

  static let allocation = FieldSet(["case", "worker", "from", "to", "reason", "by"])

  static func allocation(_ r: inout RecordReader, _ words: inout Interner)
    throws(JSONSyntaxError) -> (Allocation?, String?)
  {
    var child: Case.ID?
    var worker: Worker.ID?
    var from: Day?
    var to: Day?
    var reason: String?
    var by: String?
    guard
      let seen = try r.object(
        allocation,
        { r, field throws(JSONSyntaxError) in
          switch field {
          case 0: child = try r.id()
          case 1: worker = try r.id(nullable: true)
          case 2: from = try r.day()
          case 3: to = try r.day(nullable: true)
          // Reasons repeat ("Allocated on opening"), so one copy of each serves them all.
          case 4: reason = try r.stringKey().map { words.text(of: $0, in: r.cursor) }
          default: by = try r.string()
          }
        })
    else { return (nil, nil) }
    r.require(seen, allocation, [0, 2, 4, 5])
    guard !r.hasProblem, let child, let from, let reason, let by else {
      return (nil, child?.rawValue)
    }
    return (
      Allocation(case: child, worker: worker, from: from, to: to, reason: reason, by: by),
      child.rawValue
    )
  }
}

/// Keeps one copy of each text that repeats across records, so 40,000 allocations saying
/// "Allocated on opening" hold one string, not 40,000.
struct Interner {
  private var known: [[UInt8]: String] = [:]

  mutating func text(of key: JSONKey, in cursor: JSONCursor) -> String {
    // Short texts are stored inside the String itself and cost nothing to repeat.
    guard !key.escaped, key.end - key.start > 15, key.end - key.start <= 64 else {
      return cursor.text(of: key)
    }
    let bytes = Array(cursor.bytes[key.start..<key.end])
    if let text = known[bytes] { return text }
    let text = String(decoding: bytes, as: UTF8.self)
    if known.count < 256 { known[bytes] = text }
    return text
  }
}
