import Tagged

/// Identifies any saved supervision record (session, oversight note, action or addendum).
public enum RecordTag {}
public typealias RecordID = Tagged<RecordTag, String>

/// Who recorded a supervision record and when. Every record carries one.
public struct Authorship: Hashable, Sendable, Codable {
  /// OS user name.
  public var author: String
  public var recorded: Timestamp

  public init(author: String, recorded: Timestamp) {
    self.author = author
    self.recorded = recorded
  }
}

/// A task agreed in supervision, owned by a worker or by the manager.
public struct Action: Identifiable, Hashable, Sendable, Codable {
  public var id: RecordID
  public var text: String
  public var owner: ActionOwner
  public var due: Day

  public init(id: RecordID, text: String, owner: ActionOwner, due: Day) {
    self.id = id
    self.text = text
    self.owner = owner
    self.due = due
  }

  /// An action a worker owns.
  public init(id: RecordID, text: String, owner: Worker.ID, due: Day) {
    self.init(id: id, text: text, owner: .worker(owner), due: due)
  }
}

/// What was discussed and decided about one case.
public struct CaseDiscussion: Hashable, Sendable, Codable {
  public var `case`: Case.ID
  public var discussion: String
  public var decision: String
  public var actions: [Action]

  public init(case caseID: Case.ID, discussion: String, decision: String, actions: [Action] = []) {
    self.case = caseID
    self.discussion = discussion
    self.decision = decision
    self.actions = actions
  }
}

/// A supervision session with a worker, with an entry for each case discussed and the open
/// actions it went through (each done, carried forward or closed).
public struct SupervisionSession: Identifiable, Hashable, Sendable {
  public var id: RecordID
  public var worker: Worker.ID
  public var date: Day
  public var attendees: [String]
  /// Wellbeing, workload, development.
  public var discussion: String
  public var entries: [CaseDiscussion]
  public var authorship: Authorship
  /// The calendar day at the keyboard when the session was recorded; a session dated after it
  /// is refused. nil in sessions saved before it was kept; every new session sets it.
  public var recordedOn: Day?
  /// The open actions gone through in this session, in the order reviewed.
  public var reviews: [ActionReview]

  public init(
    id: RecordID, worker: Worker.ID, date: Day, attendees: [String], discussion: String,
    entries: [CaseDiscussion], authorship: Authorship, recordedOn: Day? = nil,
    reviews: [ActionReview] = []
  ) {
    self.recordedOn = recordedOn
    self.reviews = reviews
    self.id = id
    self.worker = worker
    self.date = date
    self.attendees = attendees
    self.discussion = discussion
    self.entries = entries
    self.authorship = authorship
  }
}

/// A manager's oversight note on one case.
public struct OversightNote: Identifiable, Hashable, Sendable, Codable {
  public var id: RecordID
  public var note: CaseDiscussion
  public var authorship: Authorship

  public init(id: RecordID, note: CaseDiscussion, authorship: Authorship) {
    self.id = id
    self.note = note
    self.authorship = authorship
  }

  public var caseID: Case.ID { note.case }
}

/// A correction or addition to a saved record, which itself is never edited.
public struct Addendum: Identifiable, Hashable, Sendable {
  public var id: RecordID
  /// The session, note, action or addendum this adds to.
  public var target: RecordID
  public var text: String
  public var authorship: Authorship
  /// True when the addendum withdraws its target (the undo of recording it): the record stays,
  /// shown as withdrawn by this addendum's author on the day it was recorded.
  public var isWithdrawal: Bool

  public init(
    id: RecordID, target: RecordID, text: String, authorship: Authorship,
    isWithdrawal: Bool = false
  ) {
    self.id = id
    self.target = target
    self.text = text
    self.authorship = authorship
    self.isWithdrawal = isWithdrawal
  }
}

// The JSON of sessions and addenda saved before reviews and withdrawals came in is unchanged:
// `reviews` is written only when there are some, `withdrawal` only when true.

extension SupervisionSession: Codable {
  private enum Keys: String, CodingKey {
    case id, worker, date, attendees, discussion, entries, authorship, recordedOn, reviews
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: Keys.self)
    id = try c.decode(RecordID.self, forKey: .id)
    worker = try c.decode(Worker.ID.self, forKey: .worker)
    date = try c.decode(Day.self, forKey: .date)
    attendees = try c.decode([String].self, forKey: .attendees)
    discussion = try c.decode(String.self, forKey: .discussion)
    entries = try c.decode([CaseDiscussion].self, forKey: .entries)
    authorship = try c.decode(Authorship.self, forKey: .authorship)
    recordedOn = try c.decodeIfPresent(Day.self, forKey: .recordedOn)
    reviews = try c.decodeIfPresent([ActionReview].self, forKey: .reviews) ?? []
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: Keys.self)
    try c.encode(id, forKey: .id)
    try c.encode(worker, forKey: .worker)
    try c.encode(date, forKey: .date)
    try c.encode(attendees, forKey: .attendees)
    try c.encode(discussion, forKey: .discussion)
    try c.encode(entries, forKey: .entries)
    try c.encode(authorship, forKey: .authorship)
    try c.encodeIfPresent(recordedOn, forKey: .recordedOn)
    if !reviews.isEmpty { try c.encode(reviews, forKey: .reviews) }
  }
}

extension Addendum: Codable {
  private enum Keys: String, CodingKey { case id, target, text, authorship, withdrawal }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: Keys.self)
    id = try c.decode(RecordID.self, forKey: .id)
    target = try c.decode(RecordID.self, forKey: .target)
    text = try c.decode(String.self, forKey: .text)
    authorship = try c.decode(Authorship.self, forKey: .authorship)
    isWithdrawal = try c.decodeIfPresent(Bool.self, forKey: .withdrawal) ?? false
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: Keys.self)
    try c.encode(id, forKey: .id)
    try c.encode(target, forKey: .target)
    try c.encode(text, forKey: .text)
    try c.encode(authorship, forKey: .authorship)
    if isWithdrawal { try c.encode(true, forKey: .withdrawal) }
  }
}
