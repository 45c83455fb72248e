// The changes a case goes through after a referral arrives (SPEC 1.5). Each carries
// `recordedOn`, the calendar day at the keyboard when it was made, so that a date after it is
// refused by `Caseload.check` wherever the change comes from, and a replay days later gives the
// same answer.

/// A statutory visit to a child.
public struct Visit: Hashable, Sendable, Codable {
  public var `case`: Case.ID
  public var on: Day
  public var seenAlone: Bool
  /// nil in changes saved before visits carried it; those are not checked against it.
  public var recordedOn: Day?

  public init(case caseID: Case.ID, on: Day, seenAlone: Bool = false, recordedOn: Day? = nil) {
    self.case = caseID
    self.on = on
    self.seenAlone = seenAlone
    self.recordedOn = recordedOn
  }
}

/// A referral arriving: a new case, unallocated in its team's queue or given to a worker.
public struct NewCase: Hashable, Sendable, Codable {
  /// The case as it starts; `worker` nil leaves it in `team`'s queue.
  public var `case`: Case
  public var reason: String
  public var recordedOn: Day

  public init(case newCase: Case, reason: String, recordedOn: Day) {
    self.case = newCase
    self.reason = reason
    self.recordedOn = recordedOn
  }
}

/// A case's category changed (a child protection plan starting or ending, proceedings issued).
public struct CategoryChange: Hashable, Sendable, Codable {
  public var `case`: Case.ID
  public var category: Edit<Case.Category>
  public var reason: String
  public var recordedOn: Day

  public init(case caseID: Case.ID, category: Edit<Case.Category>, reason: String, recordedOn: Day)
  {
    self.case = caseID
    self.category = category
    self.reason = reason
    self.recordedOn = recordedOn
  }
}

/// A case closed on a day; its current allocation ends that day.
public struct Closure: Hashable, Sendable, Codable {
  public var `case`: Case.ID
  public var on: Day
  public var reason: String
  public var recordedOn: Day

  public init(case caseID: Case.ID, on: Day, reason: String, recordedOn: Day) {
    self.case = caseID
    self.on = on
    self.reason = reason
    self.recordedOn = recordedOn
  }
}

/// A closure taken back (only ever as the undo of a `Closure`).
public struct Reopening: Hashable, Sendable, Codable {
  public var `case`: Case.ID
  /// The closure date being taken back; refused if the case's closure date is now another.
  public var closedOn: Day
  public var reason: String
  public var recordedOn: Day

  public init(case caseID: Case.ID, closedOn: Day, reason: String, recordedOn: Day) {
    self.case = caseID
    self.closedOn = closedOn
    self.reason = reason
    self.recordedOn = recordedOn
  }
}

/// A case moving to another team, to a named worker there or to its unallocated queue.
public struct Transfer: Hashable, Sendable, Codable {
  public var `case`: Case.ID
  /// The team the case belonged to as the manager saw it (its worker's, or its queue's).
  public var team: Edit<Team.ID?>
  public var worker: Edit<Worker.ID?>
  public var reason: String
  public var recordedOn: Day

  public init(
    case caseID: Case.ID, team: Edit<Team.ID?>, worker: Edit<Worker.ID?>, reason: String,
    recordedOn: Day
  ) {
    self.case = caseID
    self.team = team
    self.worker = worker
    self.reason = reason
    self.recordedOn = recordedOn
  }
}
