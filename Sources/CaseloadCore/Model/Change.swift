import Tagged

/// One change to a store, as written to its journal.
public indirect enum Change: Hashable, Sendable {
  /// Moves cases between workers (or leaves them unallocated), as one step.
  case reassign(Reassignment)
  case recordNote(OversightNote)
  case recordSession(SupervisionSession)
  case addAddendum(Addendum)
  case completeAction(ActionDone)
  /// An action closed as no longer needed, with the reason.
  case closeAction(ActionClosure)
  /// Only as an undo: actions done or closed put back open.
  case reopenActions(ActionReopening)
  /// A statutory visit to a child took place.
  case recordVisit(Visit)
  /// Reverses the change with sequence number `of`; `inverse` is what reverses it.
  case undo(of: Int, inverse: Change)

  // Keeping the records current (SPEC 1.5).
  case addTeam(Team)
  case addWorker(Worker)
  case updateWorker(WorkerUpdate)
  case recordAbsence(AbsenceRecord)
  /// A referral arriving.
  case addCase(NewCase)
  case changeCategory(CategoryChange)
  case closeCase(Closure)
  /// Only as the undo of a closure.
  case reopenCase(Reopening)
  case transferCase(Transfer)
  /// Workers and cases from spreadsheets, all in one change.
  case importRecords(ImportBatch)
  case setBankHolidays(HolidayChange)
  /// Only as the undo of adding a team, a worker or a case.
  case remove(Removal)

  /// A visit with nothing more said about it (the form older callers and journals use).
  public static func recordVisit(case caseID: Case.ID, on day: Day) -> Change {
    .recordVisit(Visit(case: caseID, on: day))
  }

  /// A word for the change in audit listings.
  public var kind: String {
    switch self {
    case .reassign: return "reassign"
    case .recordNote: return "note"
    case .recordSession: return "session"
    case .addAddendum: return "addendum"
    case .completeAction: return "action-done"
    case .closeAction: return "action-close"
    case .reopenActions: return "action-reopen"
    case .recordVisit: return "visit"
    case .undo: return "undo"
    case .addTeam: return "team-add"
    case .addWorker: return "worker-add"
    case .updateWorker: return "worker-set"
    case .recordAbsence: return "absence"
    case .addCase: return "case-add"
    case .changeCategory: return "category"
    case .closeCase: return "close"
    case .reopenCase: return "reopen"
    case .transferCase: return "transfer"
    case .importRecords: return "import"
    case .setBankHolidays: return "holidays"
    case .remove: return "remove"
    }
  }
}

/// Moving one or more cases, checked against who held them when the manager decided.
/// A handover plan is one reassignment whose moves go to several workers.
public struct Reassignment: Hashable, Sendable, Codable {
  public struct Move: Hashable, Sendable, Codable {
    public var `case`: Case.ID
    /// The worker the manager saw holding the case; the move is refused if that has changed.
    public var from: Worker.ID?
    /// nil leaves the case unallocated.
    public var to: Worker.ID?
    /// Only in an undo: the day of the move being undone, when nothing has happened to the case
    /// since. The allocation that move added is taken out of the history and the one before it
    /// reopened, so the child's count of social workers is what it was before the move.
    public var undoesMoveOn: Day?

    public init(case caseID: Case.ID, from: Worker.ID?, to: Worker.ID?, undoesMoveOn: Day? = nil) {
      self.case = caseID
      self.from = from
      self.to = to
      self.undoesMoveOn = undoesMoveOn
    }
  }

  public var moves: [Move]
  public var reason: String
  public var date: Day

  public init(moves: [Move], reason: String, date: Day) {
    self.moves = moves
    self.reason = reason
    self.date = date
  }
}

/// A change as committed: its place in the store's sequence, when and by whom.
public struct JournalEntry: Hashable, Sendable {
  /// The highest change number any store takes (2^53), so no arithmetic on one can overflow.
  public static let lastSequence = StoreNumbers.lastSequence

  public var sequence: Int
  public var at: Timestamp
  /// OS user who made the change.
  public var by: String
  public var change: Change

  public init(sequence: Int, at: Timestamp, by: String, change: Change) {
    self.sequence = sequence
    self.at = at
    self.by = by
    self.change = change
  }
}

extension JournalEntry: Codable {
  private enum CodingKeys: String, CodingKey { case seq, at, by, change }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    sequence = try c.decode(Int.self, forKey: .seq)
    at = try c.decode(Timestamp.self, forKey: .at)
    by = try c.decode(String.self, forKey: .by)
    change = try c.decode(Change.self, forKey: .change)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(sequence, forKey: .seq)
    try c.encode(at, forKey: .at)
    try c.encode(by, forKey: .by)
    try c.encode(change, forKey: .change)
  }
}
