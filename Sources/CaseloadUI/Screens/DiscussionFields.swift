import CaseloadCore

/// What is written about one case: the discussion, the decision and actions (text, owner: any
/// worker or the manager, due date). The oversight note editor and each child of a supervision
/// session use it; it handles its own keys and draws itself into a rectangle.
public struct DiscussionFields: Hashable, Sendable {
  public enum Field: Hashable, Sendable, CaseIterable {
    case discussion, decision, actionText, actionOwner, actionDue
  }

  public var discussion = TextEditor()
  public var decision = TextEditor()
  public var actionText = Prompt()
  public var actionDue: Prompt
  /// Index into `owners` for the action's owner.
  public var owner = 0
  /// Actions added with Enter; the one on the action line is added on save too.
  public var actions: [Draft.PendingAction] = []
  /// Who can own an action: the case's worker first, the team by name, then the manager.
  public let owners: [ActionOwner]
  public var field = Field.discussion
  /// A due date in the past the manager has confirmed by pressing Enter again.
  var confirmedPastDue: Day?

  /// Fields for a case held by `holder` (or a session with them) in the context's team.
  public init(holder: Worker.ID?, _ context: ScreenContext) {
    var workers = context.caseload.workers(in: context.teamID)
      .filter { !$0.hasLeft(on: context.today) }
      .sorted(by: Worker.byName).map(\.id)
    if let holder {
      workers.removeAll { $0 == holder }
      workers.insert(holder, at: 0)
    }
    owners = workers.map(ActionOwner.worker) + [.manager(context.user)]
    let due = context.caseload.calendar.adding(workingDays: 10, to: context.today)
    actionDue = Prompt(text: due.description, width: 10)
  }

  public var isEmpty: Bool {
    discussion.isEmpty && decision.isEmpty && actionText.text.isEmpty && actions.isEmpty
  }

  /// The typing, to keep in a draft.
  var draft: Draft.Discussion {
    Draft.Discussion(
      discussion: discussion.text, decision: decision.text, actionText: actionText.text,
      actionOwner: owners.indices.contains(owner) ? owners[owner] : nil,
      actionDue: actionDue.text, actions: actions)
  }

  /// Puts kept typing back.
  mutating func restore(_ draft: Draft.Discussion) {
    discussion = TextEditor(text: draft.discussion)
    decision = TextEditor(text: draft.decision)
    actionText = Prompt(text: draft.actionText)
    if !draft.actionDue.isEmpty { actionDue = Prompt(text: draft.actionDue, width: 10) }
    if let wanted = draft.actionOwner, let index = owners.firstIndex(of: wanted) { owner = index }
    actions = draft.actions
  }

  /// Where each part goes in a rectangle: the discussion takes what the rest leaves.
  struct Layout {
    var discussionLabel: Rect
    var discussion: Rect
    var decisionLabel: Rect
    var decision: Rect
    var action: Rect
    /// The actions added so far, above the action line.
    var added: Rect

    /// How many rows the added actions take at most.
    static let addedRows = 4

    /// With `full` false only the discussion is laid out (an addendum).
    init(_ rect: Rect, full: Bool, added count: Int) {
      discussionLabel = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
      let tail = full ? 7 + min(count, Self.addedRows) : 0
      discussion = Rect(
        x: rect.x, y: rect.y + 1, width: rect.width, height: max(2, rect.height - 1 - tail))
      decisionLabel = Rect(x: rect.x, y: discussion.maxY + 1, width: rect.width, height: 1)
      decision = Rect(x: rect.x, y: decisionLabel.maxY, width: rect.width, height: 3)
      action = Rect(x: rect.x, y: rect.maxY - 1, width: rect.width, height: 1)
      let rows = min(count, Self.addedRows)
      added = Rect(x: rect.x, y: action.y - rows, width: rect.width, height: rows)
    }
  }

  /// Typing into the focused field; true when the key was used.
  mutating func input(_ key: Key, layout: Layout) -> Bool {
    switch field {
    case .discussion:
      discussion.resize(width: layout.discussion.width, height: layout.discussion.height)
      return discussion.handle(key)
    case .decision:
      decision.resize(width: layout.decision.width, height: layout.decision.height)
      return decision.handle(key)
    case .actionText:
      if key == .backspace, actionText.text.isEmpty, let last = actions.popLast() {
        // Backspace on an empty action line takes the last added action back to edit.
        actionText = Prompt(text: last.text)
        actionDue = Prompt(text: last.due.description, width: 10)
        if let index = owners.firstIndex(of: last.owner) { owner = index }
        return true
      }
      return key != .enter && actionText.handle(key)
    case .actionDue:
      return key != .enter && actionDue.handle(key)
    case .actionOwner:
      return false
    }
  }

  mutating func cycleOwner(by step: Int) {
    guard !owners.isEmpty else { return }
    owner = ((owner + step) % owners.count + owners.count) % owners.count
  }

  /// Enter on the action line: adds the typed action, asking once more for a past due date.
  mutating func addAction(today: Day, saves: String) -> Outcome {
    do {
      guard let action = try typedAction(today: today) else {
        return .info("Type the action first, then Enter to add it.")
      }
      actions.append(action)
      actionText = Prompt()
      field = .actionText
      confirmedPastDue = nil
      return .info(
        "Action added (\(actions.count) so far): Enter adds another, Ctrl-S saves \(saves).")
    } catch PastDue.unconfirmed(let due) {
      confirmedPastDue = due
      return .warning(
        "The due date \(due) is in the past: Enter again to add the action anyway.")
    } catch {
      return .refusal(error)
    }
  }

  /// A due date before today that the manager has not yet confirmed.
  enum PastDue: Error { case unconfirmed(Day) }

  /// The action on the action line, nil when none is typed, or a refusal saying what is wrong.
  func typedAction(today: Day) throws -> Draft.PendingAction? {
    let words = actionText.text.trimmingCharacters(in: .whitespaces)
    guard !words.isEmpty else { return nil }
    let due: Day
    do {
      due = try RecordField.day(actionDue.text)
    } catch {
      throw CaseloadError.refused("The action's due date: \(error.message)")
    }
    if due < today, confirmedPastDue != due { throw PastDue.unconfirmed(due) }
    guard owners.indices.contains(owner) else {
      throw CaseloadError.refused("The action needs an owner.")
    }
    return Draft.PendingAction(text: words, owner: owners[owner], due: due)
  }

  /// The discussion as saved, or a refusal saying what is missing.
  func saved(case caseID: Case.ID, today: Day, newID: () -> RecordID) throws -> CaseDiscussion {
    let text = discussion.text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !text.isEmpty else {
      throw CaseloadError.refused("Nothing to save yet for \(caseID): write the discussion first.")
    }
    let typed: Draft.PendingAction?
    do {
      typed = try typedAction(today: today)
    } catch PastDue.unconfirmed(let due) {
      throw CaseloadError.refused(
        "The action's due date \(due) is in the past: Enter on the action line to confirm it.")
    }
    let actions = (self.actions + [typed].compactMap { $0 }).map {
      CaseloadCore.Action(id: newID(), text: $0.text, owner: $0.owner, due: $0.due)
    }
    return CaseDiscussion(
      case: caseID, discussion: text,
      decision: decision.text.trimmingCharacters(in: .whitespacesAndNewlines), actions: actions)
  }
}
