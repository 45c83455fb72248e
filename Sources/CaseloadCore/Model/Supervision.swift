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

/// A task agreed in supervision, owned by a worker.
public struct Action: Identifiable, Hashable, Sendable, Codable {
  public var id: RecordID
  public var text: String
  public var owner: Worker.ID
  public var due: Day

  public init(id: RecordID, text: String, owner: Worker.ID, due: Day) {
    self.id = id
    self.text = text
    self.owner = owner
    self.due = due
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

/// A supervision session with a worker, with an entry for each case discussed.
public struct SupervisionSession: Identifiable, Hashable, Sendable, Codable {
  public var id: RecordID
  public var worker: Worker.ID
  public var date: Day
  public var attendees: [String]
  /// Wellbeing, workload, development.
  public var discussion: String
  public var entries: [CaseDiscussion]
  public var authorship: Authorship
  /// The calendar day at the keyboard when the session was recorded; a session dated after it
  /// is refused. nil in sessions saved before it was kept.
  public var recordedOn: Day?

  public init(
    id: RecordID, worker: Worker.ID, date: Day, attendees: [String], discussion: String,
    entries: [CaseDiscussion], authorship: Authorship, recordedOn: Day? = nil
  ) {
    self.recordedOn = recordedOn
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
public struct Addendum: Identifiable, Hashable, Sendable, Codable {
  public var id: RecordID
  /// The session, note or action this adds to.
  public var target: RecordID
  public var text: String
  public var authorship: Authorship

  public init(id: RecordID, target: RecordID, text: String, authorship: Authorship) {
    self.id = id
    self.target = target
    self.text = text
    self.authorship = authorship
  }
}

/// The record that an action was done, on a date.
public struct ActionDone: Hashable, Sendable, Codable {
  public var action: RecordID
  public var done: Day
  public var authorship: Authorship

  public init(action: RecordID, done: Day, authorship: Authorship) {
    self.action = action
    self.done = done
    self.authorship = authorship
  }
}
