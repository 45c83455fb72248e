import CaseloadCore

/// A date in a test, written as `YYYY-MM-DD`.
func day(_ text: String) -> Day {
  guard let parsed = Day(iso: text) else { fatalError("not a date in a test: \(text)") }
  return parsed
}

/// Builds a small store for a test, one readable line per record.
struct Fixture {
  static let team: Team.ID = "T1"
  static let otherTeam: Team.ID = "T2"

  var caseload: Caseload
  let today: Day
  private var nextRecord = 0

  init(today: String = "2026-11-23", settings: Settings = .defaults) {
    caseload = Caseload(settings: settings)
    self.today = day(today)
    caseload.insert(Team(id: Self.team, name: "Northfield CIN 1", kind: .other, managers: ["tm"]))
    caseload.insert(
      Team(id: Self.otherTeam, name: "Northfield CiC", kind: .childrenInCare, managers: ["tm"]))
  }

  var rules: Rules { caseload.rules(today: today) }

  @discardableResult
  mutating func worker(
    _ id: Worker.ID, _ name: String? = nil, role: Worker.Role = .socialWorker,
    employment: Worker.Employment = .permanent, fte: Double = 1, started: String = "2020-01-06",
    leaving: String? = nil, absent: (from: String, to: String)? = nil, cap: Double? = nil,
    team: Team.ID = Fixture.team
  ) -> Worker.ID {
    caseload.insert(
      Worker(
        id: id, name: name ?? id.rawValue, team: team, role: role, employment: employment,
        fte: fte, started: day(started), leaving: leaving.map(day),
        absences: absent.map {
          [Worker.Absence(from: day($0.from), to: day($0.to), reason: "leave")]
        }
          ?? [], cap: cap))
    return id
  }

  /// A child allocated to `worker` on `allocated` (default: the day it opened), or waiting in
  /// `team`'s queue since it opened when `worker` is nil.
  @discardableResult
  mutating func child(
    _ id: Case.ID, _ category: Case.Category, worker: Worker.ID?, family: Case.FamilyID? = nil,
    opened: String = "2026-06-01", allocated: String? = nil, lastVisit: String? = nil,
    visitInterval: Interval? = nil, closed: String? = nil, team: Team.ID? = Fixture.team
  ) -> Case.ID {
    caseload.insert(
      Case(
        id: id, childName: "Child \(id)", birthDate: day("2015-03-14"), family: family,
        category: category, opened: day(opened), team: team, lastVisit: lastVisit.map(day),
        visitInterval: visitInterval))
    caseload.allocate(
      id, to: worker, on: day(allocated ?? opened), reason: "opened", by: "tm")
    if let closed, var done = caseload.case(id) {
      done.closed = day(closed)
      caseload.insert(done)
    }
    return id
  }

  /// Moves a case in its allocation history (nil: to the unallocated queue).
  mutating func move(_ id: Case.ID, to worker: Worker.ID?, on date: String) {
    caseload.allocate(id, to: worker, on: day(date), reason: "moved", by: "tm")
  }

  mutating func newRecordID() -> RecordID {
    nextRecord += 1
    return RecordID(rawValue: "R\(nextRecord)")
  }

  /// A supervision session on `date`, with an entry for each case discussed.
  @discardableResult
  mutating func session(with worker: Worker.ID, on date: String, discussing cases: [Case.ID] = [])
    -> SupervisionSession
  {
    let session = SupervisionSession(
      id: newRecordID(), worker: worker, date: day(date), attendees: ["tm", worker.rawValue],
      discussion: "workload",
      entries: cases.map {
        CaseDiscussion(case: $0, discussion: "progress", decision: "carry on")
      }, authorship: Authorship(author: "tm", recorded: Self.noon(date)))
    caseload.append(session)
    return session
  }

  /// An oversight note recorded at noon UTC on `date`.
  @discardableResult
  mutating func note(on id: Case.ID, _ date: String) -> OversightNote {
    let note = OversightNote(
      id: newRecordID(), note: CaseDiscussion(case: id, discussion: "reviewed", decision: "ok"),
      authorship: Authorship(author: "tm", recorded: Self.noon(date)))
    caseload.append(note)
    return note
  }

  static func noon(_ date: String) -> Timestamp {
    Timestamp(seconds: day(date).ordinal * 86_400 + 12 * 3600)
  }

  /// A settings value with one category's weight replaced, for exact percentages.
  static func settings(weight: Double, of category: Case.Category) -> Settings {
    var settings = Settings.defaults
    settings.weights[category] = weight
    return settings
  }
}
