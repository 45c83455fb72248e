/// The record that an action was done, on a date (SPEC 1.6).
public struct ActionDone: Hashable, Sendable, Codable {
  public var action: RecordID
  public var done: Day
  public var authorship: Authorship
  /// What was done, when someone said.
  public var note: String?
  /// The supervision session that marked it done, when it was marked in one.
  public var session: RecordID?
  /// The calendar day at the keyboard; a done date after it is refused. nil in older records.
  public var recordedOn: Day?

  public init(
    action: RecordID, done: Day, authorship: Authorship, note: String? = nil,
    session: RecordID? = nil, recordedOn: Day? = nil
  ) {
    self.action = action
    self.done = done
    self.authorship = authorship
    self.note = note
    self.session = session
    self.recordedOn = recordedOn
  }
}

/// The record that an action was closed as no longer needed, with the reason (SPEC 1.6).
public struct ActionClosure: Hashable, Sendable, Codable {
  public var action: RecordID
  public var closed: Day
  public var reason: String
  public var authorship: Authorship
  /// The supervision session that closed it, when it was closed in one.
  public var session: RecordID?
  /// The calendar day at the keyboard; a closing date after it is refused.
  public var recordedOn: Day?

  public init(
    action: RecordID, closed: Day, reason: String, authorship: Authorship,
    session: RecordID? = nil, recordedOn: Day? = nil
  ) {
    self.action = action
    self.closed = closed
    self.reason = reason
    self.authorship = authorship
    self.session = session
    self.recordedOn = recordedOn
  }
}

/// What a supervision session decided about one open action: done, carried forward (it stays
/// open) or closed as no longer needed.
///
/// JSON: `{"action":"A1","outcome":"done","note":"..."}`,
/// `{"action":"A2","outcome":"carried-forward"}`, `{"action":"A3","outcome":"closed","reason":"..."}`.
public struct ActionReview: Hashable, Sendable {
  public enum Outcome: Hashable, Sendable {
    case done(note: String?)
    case carriedForward
    case closed(reason: String)

    /// The word used in JSON and listings.
    public var word: String {
      switch self {
      case .done: return "done"
      case .carriedForward: return "carried-forward"
      case .closed: return "closed"
      }
    }
  }

  public var action: RecordID
  public var outcome: Outcome

  public init(action: RecordID, outcome: Outcome) {
    self.action = action
    self.outcome = outcome
  }
}

extension ActionReview: Codable {
  private enum Keys: String, CodingKey { case action, outcome, note, reason }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: Keys.self)
    action = try c.decode(RecordID.self, forKey: .action)
    let word = try c.decode(String.self, forKey: .outcome)
    switch word {
    case "done": outcome = .done(note: try c.decodeIfPresent(String.self, forKey: .note))
    case "carried-forward": outcome = .carriedForward
    case "closed": outcome = .closed(reason: try c.decode(String.self, forKey: .reason))
    default:
      throw DecodingError.dataCorruptedError(
        forKey: .outcome, in: c,
        debugDescription:
          "'\(word.prefix(30))' is not an outcome (done, carried-forward or closed)")
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: Keys.self)
    try c.encode(action, forKey: .action)
    try c.encode(outcome.word, forKey: .outcome)
    switch outcome {
    case .done(let note): try c.encodeIfPresent(note, forKey: .note)
    case .carriedForward: break
    case .closed(let reason): try c.encode(reason, forKey: .reason)
    }
  }
}

/// Actions put back open (the undo of marking one done or closing it, or of a session that
/// did), with the addendum that says so on the record.
public struct ActionReopening: Hashable, Sendable, Codable {
  public var actions: [RecordID]
  /// Targets the action (or the session withdrawn, as a withdrawal).
  public var addendum: Addendum

  public init(actions: [RecordID], addendum: Addendum) {
    self.actions = actions
    self.addendum = addendum
  }
}
