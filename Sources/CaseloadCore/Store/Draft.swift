/// The typing in an open editor that has not been saved yet: kept on disk as the user types,
/// so a dropped connection loses nothing, and offered back the next time (SPEC 2.3).
public struct Draft: Hashable, Sendable, Codable {
  /// What the editor is writing.
  public enum Target: Hashable, Sendable {
    case oversight(Case.ID)
    case session(Worker.ID)
    case addendum(RecordID)
    /// A record form (`worker-add`, `visit`...) for a subject (a team, worker or case id).
    case form(String, subject: String)

    /// `oversight`, `session`, `addendum` or `form-<name>`, as stored.
    public var kind: String {
      switch self {
      case .oversight: return "oversight"
      case .session: return "session"
      case .addendum: return "addendum"
      case .form(let name, _): return "form-" + name
      }
    }

    /// The case, worker or record id.
    public var id: String {
      switch self {
      case .oversight(let id): return id.rawValue
      case .session(let id): return id.rawValue
      case .addendum(let id): return id.rawValue
      case .form(_, let subject): return subject
      }
    }

    public init?(kind: String, id: String) {
      switch kind {
      case "oversight": self = .oversight(Case.ID(rawValue: id))
      case "session": self = .session(Worker.ID(rawValue: id))
      case "addendum": self = .addendum(RecordID(rawValue: id))
      default:
        let name = kind.dropFirst(5)
        guard kind.hasPrefix("form-"), !name.isEmpty,
          name.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "-") })
        else { return nil }
        self = .form(String(name), subject: id)
      }
    }
  }

  /// An action added to the note before it was saved, as typed. A draft from before managers
  /// could own actions names a worker by a bare id, which still reads as that worker.
  public struct PendingAction: Hashable, Sendable, Codable {
    public var text: String
    public var owner: ActionOwner
    public var due: Day

    public init(text: String, owner: ActionOwner, due: Day) {
      self.text = text
      self.owner = owner
      self.due = due
    }
  }

  /// One case's discussion, decision and actions as typed.
  public struct Discussion: Hashable, Sendable, Codable {
    public var discussion: String
    public var decision: String
    public var actionText: String
    public var actionOwner: ActionOwner?
    public var actionDue: String
    public var actions: [PendingAction]

    public init(
      discussion: String = "", decision: String = "", actionText: String = "",
      actionOwner: ActionOwner? = nil, actionDue: String = "", actions: [PendingAction] = []
    ) {
      self.discussion = discussion
      self.decision = decision
      self.actionText = actionText
      self.actionOwner = actionOwner
      self.actionDue = actionDue
      self.actions = actions
    }
  }

  /// A supervision session as typed: beyond the general discussion (kept in `discussion`),
  /// its date, who was there, what was decided about each open action, and the children.
  public struct Session: Hashable, Sendable, Codable {
    /// What became of an open action, as chosen: `carried`, `done` or `closed`, with the note
    /// or reason typed.
    public struct Review: Hashable, Sendable, Codable {
      public var action: RecordID
      public var outcome: String
      public var text: String

      public init(action: RecordID, outcome: String, text: String) {
        self.action = action
        self.outcome = outcome
        self.text = text
      }
    }

    public var date: String
    public var attendees: String
    public var reviews: [Review]
    /// The children discussed, in the order chosen, with what was typed about each.
    public var children: [Case.ID]
    public var entries: [String: Discussion]

    public init(
      date: String, attendees: String, reviews: [Review] = [], children: [Case.ID] = [],
      entries: [String: Discussion] = [:]
    ) {
      self.date = date
      self.attendees = attendees
      self.reviews = reviews
      self.children = children
      self.entries = entries
    }
  }

  public var target: Target
  /// Who was typing.
  public var author: String
  public var discussion: String
  public var decision: String
  public var actionText: String
  public var actionOwner: ActionOwner?
  /// As typed, so a half-typed date comes back as it was.
  public var actionDue: String
  /// Actions already added with Enter, before the one being typed.
  public var actions: [PendingAction]
  /// A record form's fields as typed, by field name.
  public var fields: [String: String]
  /// The rest of a supervision session as typed.
  public var session: Session?

  public init(
    target: Target, author: String, discussion: String, decision: String = "",
    actionText: String = "", actionOwner: ActionOwner? = nil, actionDue: String = "",
    actions: [PendingAction] = [], fields: [String: String] = [:], session: Session? = nil
  ) {
    self.fields = fields
    self.session = session
    self.target = target
    self.author = author
    self.discussion = discussion
    self.decision = decision
    self.actionText = actionText
    self.actionOwner = actionOwner
    self.actionDue = actionDue
    self.actions = actions
  }

  enum CodingKeys: String, CodingKey {
    case kind, target, author, discussion, decision, actionText, actionOwner, actionDue, actions
    case fields, session
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let kind = try container.decode(String.self, forKey: .kind)
    let id = try container.decode(String.self, forKey: .target)
    guard let target = Target(kind: kind, id: id) else {
      throw DecodingError.dataCorruptedError(
        forKey: .kind, in: container,
        debugDescription: "'\(kind.prefix(20))' is not oversight, session, addendum or a form")
    }
    self.target = target
    author = try container.decode(String.self, forKey: .author)
    discussion = try container.decode(String.self, forKey: .discussion)
    decision = try container.decodeIfPresent(String.self, forKey: .decision) ?? ""
    actionText = try container.decodeIfPresent(String.self, forKey: .actionText) ?? ""
    actionOwner = try container.decodeIfPresent(ActionOwner.self, forKey: .actionOwner)
    actionDue = try container.decodeIfPresent(String.self, forKey: .actionDue) ?? ""
    actions = try container.decodeIfPresent([PendingAction].self, forKey: .actions) ?? []
    fields = try container.decodeIfPresent([String: String].self, forKey: .fields) ?? [:]
    session = try container.decodeIfPresent(Session.self, forKey: .session)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(target.kind, forKey: .kind)
    try container.encode(target.id, forKey: .target)
    try container.encode(author, forKey: .author)
    try container.encode(discussion, forKey: .discussion)
    try container.encode(decision, forKey: .decision)
    try container.encode(actionText, forKey: .actionText)
    try container.encodeIfPresent(actionOwner, forKey: .actionOwner)
    try container.encode(actionDue, forKey: .actionDue)
    try container.encode(actions, forKey: .actions)
    if !fields.isEmpty { try container.encode(fields, forKey: .fields) }
    try container.encodeIfPresent(session, forKey: .session)
  }
}

/// A draft as found on disk, with when it was last written.
public struct SavedDraft: Hashable, Sendable {
  public var draft: Draft
  public var saved: Timestamp

  public init(draft: Draft, saved: Timestamp) {
    self.draft = draft
    self.saved = saved
  }
}

/// Where drafts are kept between sessions. The UI runtime talks to it; files live behind it.
public protocol DraftKeeper: Sendable {
  /// Every draft kept for this store, newest first, and a one-line problem for each draft
  /// file that could not be read (those files are left where they are).
  func load() -> (drafts: [SavedDraft], problems: [String])
  /// Writes the draft, replacing any earlier one for the same target.
  func keep(_ draft: Draft) throws
  /// Removes the draft for a target, if there is one.
  func drop(_ target: Draft.Target) throws
}
