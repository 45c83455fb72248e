import CaseloadCore

/// `s`: a supervision session with a worker (SPEC 2.1, 1.6). Its pages: the session (date,
/// who was there, the general discussion of wellbeing, workload and development); the open
/// actions on the worker's cases, each marked done, carried forward or closed with a reason;
/// the children discussed, chosen from the worker's cases (oversight overdue first); and a page
/// for each child chosen, with the discussion, decision and actions. Tab goes through them all
/// in turn, PgUp/PgDn a page at a time; Ctrl-S saves the whole session as one record.
public struct SessionEditor: ScreenModel {
  public enum Page: Hashable, Sendable {
    case general, reviews, children
    case child(Case.ID)
  }

  /// What becomes of one open action in this session.
  public struct Review: Hashable, Sendable {
    public enum Choice: String, Hashable, Sendable, CaseIterable {
      case carried, done, closed

      var label: String {
        switch self {
        case .carried: return "carry forward"
        case .done: return "done"
        case .closed: return "close"
        }
      }
    }

    public var item: ActionItem
    public var choice = Choice.carried
    /// The note (done) or the reason (closed).
    public var text = Prompt(width: 40)
  }

  enum GeneralField: Hashable, Sendable { case date, attendees, discussion }

  public let worker: Worker.ID
  public var page = Page.general
  var generalField = GeneralField.date
  public var date: Prompt
  public var attendees: Prompt
  public var discussion = TextEditor()
  public var reviews: [Review]
  var reviewPosition = ListPosition(selected: 0)
  /// On the actions page: the list (false) or the note or reason of the chosen action (true).
  var onReviewText = false
  /// The worker's open cases, oversight overdue first, then by when it falls due.
  public let candidates: [Case.ID]
  var childPosition = ListPosition(selected: 0)
  /// The children chosen, in the order chosen, each with what is written about them.
  public var chosen: [Case.ID] = []
  public var entries: [Case.ID: DiscussionFields] = [:]
  /// What the fields held when the editor opened, to tell whether anything was typed.
  let openedWith: Draft.Session

  public init(_ worker: Worker.ID, _ context: ScreenContext) {
    self.worker = worker
    date = Prompt(text: context.today.description, width: 12)
    let name = context.caseload.worker(worker)?.name ?? worker.rawValue
    attendees = Prompt(text: "\(context.user), \(name)", width: 40)
    reviews = context.caseload.openActions(for: worker).map { Review(item: $0) }
    let rules = context.rules
    candidates = context.caseload.cases(of: worker).map { child in
      (child, rules.oversightDue(child))
    }.sorted { a, b in
      let (lateA, lateB) = (a.1?.overdue == true, b.1?.overdue == true)
      if lateA != lateB { return lateA }
      let (dueA, dueB) = (a.1?.date ?? a.0.opened, b.1?.date ?? b.0.opened)
      return dueA != dueB ? dueA < dueB : a.0.id.rawValue < b.0.id.rawValue
    }.map(\.0.id)
    openedWith = Draft.Session(date: date.text, attendees: attendees.text)
  }

  public var title: String { "Supervision" }
  public var takesText: Bool { true }

  /// The pages in order: the session, the actions, the children, then each child chosen.
  var pages: [Page] { [.general, .reviews, .children] + chosen.map(Page.child) }

  public var hasUnsavedEdit: Bool {
    !discussion.isEmpty || sessionDraft != openedWith
  }

  /// Everything but the general discussion, as typed.
  var sessionDraft: Draft.Session {
    Draft.Session(
      date: date.text, attendees: attendees.text,
      reviews: reviews.filter { $0.choice != .carried || !$0.text.text.isEmpty }.map {
        Draft.Session.Review(action: $0.item.id, outcome: $0.choice.rawValue, text: $0.text.text)
      },
      children: chosen,
      entries: Dictionary(
        uniqueKeysWithValues: chosen.compactMap { id in entries[id].map { (id.rawValue, $0.draft) }
        }
      ))
  }

  /// The typing so far, to keep on disk; nil while there is none.
  func draft(author: String) -> Draft? {
    guard hasUnsavedEdit else { return nil }
    return Draft(
      target: .session(worker), author: author, discussion: discussion.text,
      session: sessionDraft)
  }

  /// Puts a kept draft's typing back.
  mutating func restore(_ draft: Draft, _ context: ScreenContext) {
    discussion = TextEditor(text: draft.discussion)
    guard let session = draft.session else { return }
    date = Prompt(text: session.date, width: 12)
    attendees = Prompt(text: session.attendees, width: 40)
    for kept in session.reviews {
      guard let index = reviews.firstIndex(where: { $0.item.id == kept.action }) else { continue }
      reviews[index].choice = Review.Choice(rawValue: kept.outcome) ?? .carried
      reviews[index].text = Prompt(text: kept.text, width: 40)
    }
    for id in session.children where candidates.contains(id) {
      choose(id, context)
      if let typed = session.entries[id.rawValue] { entries[id]?.restore(typed) }
    }
  }

  /// Adds a child to those discussed, with empty fields.
  mutating func choose(_ id: Case.ID, _ context: ScreenContext) {
    guard !chosen.contains(id) else { return }
    chosen.append(id)
    var fields = DiscussionFields(holder: worker, context)
    fields.field = .discussion
    entries[id] = fields
  }

  /// Takes a child off those discussed; what was typed about them goes too.
  mutating func unchoose(_ id: Case.ID) {
    chosen.removeAll { $0 == id }
    entries[id] = nil
  }

  var selectedReview: Int? {
    guard let index = reviewPosition.selected, reviews.indices.contains(index) else { return nil }
    return index
  }
}
