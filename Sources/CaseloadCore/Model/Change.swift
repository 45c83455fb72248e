import Tagged

/// One change to a store, as written to its journal.
public indirect enum Change: Hashable, Sendable {
  /// Moves cases between workers (or leaves them unallocated), as one step.
  case reassign(Reassignment)
  case recordNote(OversightNote)
  case recordSession(SupervisionSession)
  case addAddendum(Addendum)
  case completeAction(ActionDone)
  /// A statutory visit to a child took place.
  case recordVisit(case: Case.ID, on: Day)
  /// Reverses the change with sequence number `of`; `inverse` is what reverses it.
  case undo(of: Int, inverse: Change)

  /// A word for the change in audit listings.
  public var kind: String {
    switch self {
    case .reassign: return "reassign"
    case .recordNote: return "note"
    case .recordSession: return "session"
    case .addAddendum: return "addendum"
    case .completeAction: return "action-done"
    case .recordVisit: return "visit"
    case .undo: return "undo"
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

    public init(case caseID: Case.ID, from: Worker.ID?, to: Worker.ID?) {
      self.case = caseID
      self.from = from
      self.to = to
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

extension Change: Codable {
  private enum CodingKeys: String, CodingKey {
    case kind, reassign, note, session, addendum, done, `case`, on, of, inverse
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let kind = try c.decode(String.self, forKey: .kind)
    switch kind {
    case "reassign": self = .reassign(try c.decode(Reassignment.self, forKey: .reassign))
    case "note": self = .recordNote(try c.decode(OversightNote.self, forKey: .note))
    case "session": self = .recordSession(try c.decode(SupervisionSession.self, forKey: .session))
    case "addendum": self = .addAddendum(try c.decode(Addendum.self, forKey: .addendum))
    case "action-done": self = .completeAction(try c.decode(ActionDone.self, forKey: .done))
    case "visit":
      self = .recordVisit(
        case: try c.decode(Case.ID.self, forKey: .case), on: try c.decode(Day.self, forKey: .on))
    case "undo":
      self = .undo(
        of: try c.decode(Int.self, forKey: .of),
        inverse: try c.decode(Change.self, forKey: .inverse))
    default:
      throw DecodingError.dataCorruptedError(
        forKey: .kind, in: c, debugDescription: "unknown change kind '\(kind.prefix(30))'")
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(kind, forKey: .kind)
    switch self {
    case .reassign(let value): try c.encode(value, forKey: .reassign)
    case .recordNote(let value): try c.encode(value, forKey: .note)
    case .recordSession(let value): try c.encode(value, forKey: .session)
    case .addAddendum(let value): try c.encode(value, forKey: .addendum)
    case .completeAction(let value): try c.encode(value, forKey: .done)
    case .recordVisit(let caseID, let day):
      try c.encode(caseID, forKey: .case)
      try c.encode(day, forKey: .on)
    case .undo(let sequence, let inverse):
      try c.encode(sequence, forKey: .of)
      try c.encode(inverse, forKey: .inverse)
    }
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
