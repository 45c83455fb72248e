/// Everything on record about one child in date order (SPEC 1.7): allocations, the referral,
/// visits, category changes, closures and transfers, oversight notes, supervision entries,
/// actions set and what became of them, addenda and withdrawals, each with who and when.
/// `caseload history` prints it; the board's case detail can list the same entries.
public struct Chronology: Sendable {
  /// One thing that happened, as one line with any discussion under it.
  public struct Entry: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
      case allocation
      // What happened to the case itself, as `CaseEvent.Kind`.
      case added, imported, updated, visit, category, closed, reopened, transferred
      case note, session
      case actionSet = "action-set"
      case actionDone = "action-done"
      case actionClosed = "action-closed"
      case actionCarriedForward = "action-carried-forward"
      case addendum, withdrawal
    }

    /// The day it happened (a visit's or closure's date, a session's date), else the day it
    /// was recorded.
    public var date: Day
    /// When it was recorded (UTC); nil for an allocation, which keeps only its day.
    public var recorded: Timestamp?
    public var kind: Kind
    /// The OS user who recorded it.
    public var by: String
    /// One line saying what happened.
    public var summary: String
    /// The discussion and decision of a note or session entry, each possibly several lines.
    public var details: [String]
    /// The note, session, action or addendum it belongs to.
    public var record: RecordID?
    /// Set when the record has since been withdrawn.
    public var withdrawn: Withdrawal?

    public init(
      date: Day, recorded: Timestamp?, kind: Kind, by: String, summary: String,
      details: [String] = [], record: RecordID? = nil, withdrawn: Withdrawal? = nil
    ) {
      self.date = date
      self.recorded = recorded
      self.kind = kind
      self.by = by
      self.summary = summary
      self.details = details
      self.record = record
      self.withdrawn = withdrawn
    }
  }

  public var child: Case
  /// Oldest first; on one day, in the order recorded, allocations after what was recorded.
  public var entries: [Entry]

  /// The chronology of one child; throws `.notFound` for an unknown case.
  public init(of caseID: Case.ID, in caseload: Caseload) throws {
    guard let child = caseload.case(caseID) else {
      throw CaseloadError.notFound("no case '\(caseID)'")
    }
    self.child = child
    var builder = ChronologyBuilder(caseload: caseload, caseID: caseID)
    builder.collect()
    entries = builder.sorted
  }
}

/// Gathers a child's entries from every kind of record.
private struct ChronologyBuilder {
  typealias Entry = Chronology.Entry
  let caseload: Caseload
  let caseID: Case.ID
  var entries: [Entry] = []
  /// Records whose addenda belong in the chronology.
  var records: [RecordID] = []

  init(caseload: Caseload, caseID: Case.ID) {
    self.caseload = caseload
    self.caseID = caseID
  }

  func name(_ worker: Worker.ID?) -> String {
    guard let worker else { return "nobody" }
    return caseload.worker(worker)?.name ?? worker.rawValue
  }

  mutating func collect() {
    for allocation in caseload.history(of: caseID) {
      let whom = allocation.worker.map { "allocated to \(name($0))" } ?? "unallocated"
      entries.append(
        Entry(
          date: allocation.from, recorded: nil, kind: .allocation, by: allocation.by,
          summary: "\(whom): \(allocation.reason)"))
    }
    for event in caseload.events(of: caseID) {
      entries.append(
        Entry(
          date: event.date, recorded: event.authorship.recorded, kind: Self.kind(event.kind),
          by: event.authorship.author, summary: event.summary(in: caseload)))
    }
    for note in caseload.notes(on: caseID) {
      let by = note.authorship
      add(
        Entry(
          date: by.recorded.utcDay, recorded: by.recorded, kind: .note, by: by.author,
          summary: "oversight note \(note.id)", details: Self.details(note.note),
          record: note.id, withdrawn: caseload.withdrawal(of: note.id)))
      actions(note.note.actions, set: by.recorded.utcDay, by: by)
    }
    for (session, entry) in caseload.sessionEntries(on: caseID) {
      let by = session.authorship
      add(
        Entry(
          date: session.date, recorded: by.recorded, kind: .session, by: by.author,
          summary: "supervision \(session.id) with \(name(session.worker)) on \(session.date)",
          details: Self.details(entry), record: session.id,
          withdrawn: caseload.withdrawal(of: session.id)))
      actions(entry.actions, set: session.date, by: by)
    }
    carriedForward()
    addenda()
  }

  private mutating func add(_ entry: Entry) {
    entries.append(entry)
    if let record = entry.record, !records.contains(record) { records.append(record) }
  }

  private mutating func actions(_ actions: [Action], set: Day, by: Authorship) {
    for action in actions {
      add(
        Entry(
          date: set, recorded: by.recorded, kind: .actionSet, by: by.author,
          summary:
            "action \(action.id) set: \(action.text) (\(action.owner.name(in: caseload)), due \(action.due))",
          record: action.id))
      switch caseload.state(of: action.id) {
      case .open: break
      case .done(let done):
        let note = done.note.map { ": \($0)" } ?? ""
        let session = done.session.map { " in supervision \($0)" } ?? ""
        entries.append(
          Entry(
            date: done.done, recorded: done.authorship.recorded, kind: .actionDone,
            by: done.authorship.author, summary: "action \(action.id) done\(session)\(note)",
            record: action.id))
      case .closed(let closure):
        let session = closure.session.map { " in supervision \($0)" } ?? ""
        entries.append(
          Entry(
            date: closure.closed, recorded: closure.authorship.recorded, kind: .actionClosed,
            by: closure.authorship.author,
            summary: "action \(action.id) closed as no longer needed\(session): \(closure.reason)",
            record: action.id))
      }
    }
  }

  private mutating func carriedForward() {
    let mine = Set(entries.filter { $0.kind == .actionSet }.compactMap(\.record))
    guard !mine.isEmpty else { return }
    // The sessions that carried any of them, in the order recorded, each read once.
    let positions = Set(mine.flatMap { caseload.carriedForward($0) }).sorted()
    for position in positions {
      let session = caseload.sessions[position]
      for review in session.reviews
      where review.outcome == .carriedForward && mine.contains(review.action) {
        entries.append(
          Entry(
            date: session.date, recorded: session.authorship.recorded,
            kind: .actionCarriedForward, by: session.authorship.author,
            summary: "action \(review.action) carried forward in supervision \(session.id)",
            record: review.action))
      }
    }
  }

  /// Addenda to the child's records, and to those addenda, each once.
  private mutating func addenda() {
    var index = 0
    while index < records.count {
      for addendum in caseload.addenda(to: records[index]) where !records.contains(addendum.id) {
        let by = addendum.authorship
        let summary =
          addendum.isWithdrawal
          ? "\(addendum.target) withdrawn by \(by.author) on \(by.recorded.utcDay): \(addendum.text)"
          : "addendum \(addendum.id) to \(addendum.target): \(addendum.text)"
        add(
          Entry(
            date: by.recorded.utcDay, recorded: by.recorded,
            kind: addendum.isWithdrawal ? .withdrawal : .addendum, by: by.author,
            summary: summary, record: addendum.id,
            withdrawn: caseload.withdrawal(of: addendum.id)))
      }
      index += 1
    }
  }

  /// Oldest first; on one day in the order recorded, and an allocation (which keeps no time)
  /// after what was recorded that day, so a referral comes before the allocation it led to.
  /// What one change recorded at once reads as written: the note or session, then the
  /// actions it set, then what it decided about earlier ones.
  var sorted: [Entry] {
    func rank(_ kind: Entry.Kind) -> Int {
      switch kind {
      case .note, .session: return 0
      case .actionSet: return 1
      default: return 2
      }
    }
    return entries.enumerated().sorted { a, b in
      if a.element.date != b.element.date { return a.element.date < b.element.date }
      let ta = a.element.recorded?.seconds ?? Int.max
      let tb = b.element.recorded?.seconds ?? Int.max
      if ta != tb { return ta < tb }
      let ra = rank(a.element.kind)
      let rb = rank(b.element.kind)
      return ra != rb ? ra < rb : a.offset < b.offset
    }.map(\.element)
  }

  static func details(_ d: CaseDiscussion) -> [String] {
    var lines = ["Discussion: \(d.discussion)"]
    if !d.decision.isEmpty { lines.append("Decision: \(d.decision)") }
    return lines
  }

  static func kind(_ kind: CaseEvent.Kind) -> Entry.Kind {
    switch kind {
    case .added: return .added
    case .imported: return .imported
    case .updated: return .updated
    case .visit: return .visit
    case .category: return .category
    case .closed: return .closed
    case .reopened: return .reopened
    case .transferred: return .transferred
    }
  }
}

extension CaseEvent {
  /// What happened, in words: `visit, child seen alone`, `category CIN -> CP: Conference`.
  public func summary(in caseload: Caseload) -> String {
    var what: String
    switch kind {
    case .added: what = "referral added"
    case .imported: what = "added by import"
    case .updated: what = "updated by import: \(detail ?? "")"
    case .visit: what = seenAlone == true ? "visit, child seen alone" : "visit"
    case .category:
      what = "category \(category?.from.label ?? "?") -> \(category?.to.label ?? "?")"
    case .closed: what = "closed"
    case .reopened: what = "reopened"
    case .transferred:
      func name(_ team: Team.ID??) -> String {
        guard let team = team ?? nil else { return "no team" }
        return caseload.team(team)?.name ?? team.rawValue
      }
      what = "transferred from \(name(self.team?.from)) to \(name(self.team?.to))"
    }
    if let reason, kind != .updated, kind != .imported { what += ": \(reason)" }
    return what
  }
}
