import CaseloadCore

/// The editor for an oversight note (`n`), a supervision session (`s`) or an addendum (`a`):
/// multi-line fields with word wrap, Tab between fields, Ctrl-S or F2 to save, Esc asks
/// before discarding.
public struct NoteEditor: ScreenModel {
  /// What is being written; also the key its draft is kept under.
  public typealias Kind = Draft.Target

  public enum Field: Hashable, Sendable, CaseIterable {
    case discussion, decision, actionText, actionOwner, actionDue
  }

  public let kind: Kind
  public var discussion = TextEditor()
  public var decision = TextEditor()
  public var actionText = Prompt()
  public var actionDue: Prompt
  /// Index into `owners` for the action's owner.
  public var owner = 0
  /// Actions added with Enter; the one on the action line is added on save too.
  public var actions: [Draft.PendingAction] = []
  public let owners: [Worker.ID]
  public var field = Field.discussion

  public init(_ kind: Kind, _ context: ScreenContext) {
    self.kind = kind
    // The holder first, then the team in name order, as the board lists them.
    var owners = context.caseload.workers(in: context.teamID)
      .filter { !$0.hasLeft(on: context.today) }
      .sorted(by: Worker.byName).map(\.id)
    var holder: Worker.ID?
    switch kind {
    case .oversight(let caseID): holder = context.caseload.case(caseID)?.worker
    case .session(let worker): holder = worker
    case .addendum, .form: holder = nil
    }
    if let holder {
      owners.removeAll { $0 == holder }
      owners.insert(holder, at: 0)
    }
    self.owners = owners
    let due = context.caseload.calendar.adding(workingDays: 10, to: context.today)
    actionDue = Prompt(text: due.description, width: 10)
  }

  public var title: String {
    switch kind {
    case .oversight: return "Oversight note"
    case .session: return "Supervision"
    case .addendum: return "Addendum"
    case .form: return "Record"
    }
  }

  public var takesText: Bool { true }

  /// The fields this kind of record has, in Tab order.
  var fields: [Field] {
    switch kind {
    case .oversight: return Field.allCases
    case .session, .addendum, .form: return [.discussion]
    }
  }

  public var hasUnsavedEdit: Bool {
    !discussion.isEmpty || !decision.isEmpty || !actionText.text.isEmpty || !actions.isEmpty
  }

  /// The typing so far, to keep on disk; nil while there is none.
  func draft(author: String) -> Draft? {
    guard hasUnsavedEdit else { return nil }
    return Draft(
      target: kind, author: author, discussion: discussion.text, decision: decision.text,
      actionText: actionText.text,
      actionOwner: owners.indices.contains(owner) ? owners[owner] : nil,
      actionDue: actionDue.text, actions: actions)
  }

  /// Puts a kept draft's typing back into the fields.
  mutating func restore(_ draft: Draft) {
    discussion = TextEditor(text: draft.discussion)
    decision = TextEditor(text: draft.decision)
    actionText = Prompt(text: draft.actionText)
    if !draft.actionDue.isEmpty { actionDue = Prompt(text: draft.actionDue, width: 10) }
    if let wanted = draft.actionOwner, let index = owners.firstIndex(of: wanted) { owner = index }
    actions = draft.actions
  }

  public func bindings(_ context: ScreenContext) -> [KeyBinding] {
    var keys = [Keymap.save]
    if fields.count > 1 {
      keys.append(KeyBinding([.tab], "Tab", "next field", .nextField))
      keys.append(KeyBinding([.backTab], "S-Tab", "previous", .previousField, footer: false))
    }
    if field == .actionOwner {
      keys.append(KeyBinding([.right, .char(" ")], "Left/Right", "owner", .nextChoice))
      keys.append(
        KeyBinding([.left], "Left", "owner", .previousChoice, footer: false, help: "previous owner")
      )
    }
    if [.actionText, .actionOwner, .actionDue].contains(field) {
      keys.append(KeyBinding([.enter], "Enter", "add action", .addAction))
    }
    keys.append(Keymap.cancel)
    keys.append(KeyBinding([.function(1)], "F1", "help", .help))
    return keys
  }

  /// Where each field goes in the body rectangle.
  struct Layout {
    var heading: Rect
    var discussionLabel: Rect
    var discussion: Rect
    var decisionLabel: Rect
    var decision: Rect
    var action: Rect
    /// The actions added so far, above the action line.
    var added: Rect

    /// How many rows the added actions take at most.
    static let addedRows = 4

    init(body: Rect, kind: Kind, added count: Int = 0) {
      heading = Rect(x: body.x, y: body.y, width: body.width, height: 1)
      discussionLabel = Rect(x: body.x, y: body.y + 2, width: body.width, height: 1)
      let tail: Int
      switch kind {
      case .oversight: tail = 7 + min(count, Self.addedRows)
      case .session, .addendum, .form: tail = 0
      }
      discussion = Rect(
        x: body.x, y: body.y + 3, width: body.width, height: max(2, body.height - 3 - tail))
      decisionLabel = Rect(x: body.x, y: discussion.maxY + 1, width: body.width, height: 1)
      decision = Rect(x: body.x, y: decisionLabel.maxY, width: body.width, height: 3)
      action = Rect(x: body.x, y: body.maxY - 1, width: body.width, height: 1)
      let rows = min(count, Self.addedRows)
      added = Rect(x: body.x, y: action.y - rows, width: body.width, height: rows)
    }
  }

  public mutating func input(_ key: Key, _ context: ScreenContext) -> Bool {
    let layout = Layout(body: context.body, kind: kind, added: actions.count)
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

  public mutating func perform(_ intent: KeyIntent, _ context: ScreenContext) -> Outcome {
    switch intent {
    case .nextField, .previousField:
      let list = fields
      let index = list.firstIndex(of: field) ?? 0
      let step = intent == .nextField ? 1 : list.count - 1
      field = list[(index + step) % list.count]
      return .none
    case .nextChoice:
      if !owners.isEmpty { owner = (owner + 1) % owners.count }
      return .none
    case .previousChoice:
      if !owners.isEmpty { owner = (owner + owners.count - 1) % owners.count }
      return .none
    case .addAction:
      do {
        guard let action = try typedAction() else {
          return .info("Type the action first, then Enter to add it.")
        }
        actions.append(action)
        actionText = Prompt()
        field = .actionText
        return .info(
          "Action added (\(actions.count) so far): Enter adds another, Ctrl-S saves the note.")
      } catch {
        return .refusal(error)
      }
    case .cancel, .back:
      guard hasUnsavedEdit else { return .pop }
      return .ask(
        Question(
          title: "Discard?",
          message: ["Discard this \(title.lowercased())? What you typed will be lost."],
          yes: "Discard", no: "Keep editing", onYes: .discardEdit))
    case .save:
      do {
        return .commit(try change(context))
      } catch {
        return .refusal(error)
      }
    default:
      return .none
    }
  }

  /// The action on the action line, nil when none is typed, or a refusal saying what is wrong.
  func typedAction() throws -> Draft.PendingAction? {
    let words = actionText.text.trimmingCharacters(in: .whitespaces)
    guard !words.isEmpty else { return nil }
    guard let due = Day(iso: actionDue.text.trimmingCharacters(in: .whitespaces)) else {
      throw CaseloadError.refused("The action's due date must be YYYY-MM-DD.")
    }
    guard owners.indices.contains(owner) else {
      throw CaseloadError.refused("The action needs an owner.")
    }
    return Draft.PendingAction(text: words, owner: owners[owner], due: due)
  }

  /// The record to save, or a refusal saying what is missing.
  func change(_ context: ScreenContext) throws -> Change {
    let text = discussion.text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !text.isEmpty else {
      throw CaseloadError.refused("Nothing to save yet: write the discussion first.")
    }
    let actions = (self.actions + [try typedAction()].compactMap { $0 }).map {
      CaseloadCore.Action(
        id: context.app.newRecordID("A"), text: $0.text, owner: $0.owner, due: $0.due)
    }
    switch kind {
    case .oversight(let caseID):
      return .recordNote(
        OversightNote(
          id: context.app.newRecordID("N"),
          note: CaseDiscussion(
            case: caseID, discussion: text,
            decision: decision.text.trimmingCharacters(in: .whitespacesAndNewlines),
            actions: actions),
          authorship: context.app.authorship()))
    case .session(let worker):
      return .recordSession(
        SupervisionSession(
          id: context.app.newRecordID("S"), worker: worker, date: context.today,
          attendees: [context.user], discussion: text, entries: [],
          authorship: context.app.authorship(), recordedOn: context.today))
    case .addendum(let record):
      return .addAddendum(
        Addendum(
          id: context.app.newRecordID("D"), target: record, text: text,
          authorship: context.app.authorship()))
    case .form:
      throw CaseloadError.refused("A record form is not a note.")
    }
  }

  public func render(_ context: ScreenContext, into canvas: inout Canvas, rect: Rect) {
    let layout = Layout(body: rect, kind: kind, added: actions.count)
    canvas.put(heading(context), x: rect.x, y: rect.y, role: .highlight, width: rect.width)
    canvas.put(
      discussionLabel, x: layout.discussionLabel.x,
      y: layout.discussionLabel.y, role: field == .discussion ? .header : .dim, width: rect.width)
    discussion.render(into: &canvas, rect: layout.discussion, focused: field == .discussion)
    if case .oversight = kind {
      canvas.put(
        "Decision", x: layout.decisionLabel.x, y: layout.decisionLabel.y,
        role: field == .decision ? .header : .dim)
      decision.render(into: &canvas, rect: layout.decision, focused: field == .decision)
    }
    if fields.contains(.actionText) {
      renderAdded(context, into: &canvas, rect: layout.added)
      renderAction(context, into: &canvas, rect: layout.action)
    }
  }

  var discussionLabel: String {
    switch kind {
    case .oversight: return "Discussion"
    case .session: return "Discussion (wellbeing, workload, development)"
    case .addendum: return "Addendum (the record itself is never changed)"
    case .form: return "Record"
    }
  }

  func heading(_ context: ScreenContext) -> String {
    switch kind {
    case .oversight(let caseID):
      let child = context.caseload.case(caseID)
      return "Oversight note on \(caseID) \(child?.childName ?? "")"
    case .session(let worker):
      return
        "Supervision with \(context.caseload.worker(worker)?.name ?? worker.rawValue), \(context.today)"
    case .addendum(let record):
      // Say which record is being corrected, as the case detail listed it.
      if let note = context.caseload.note(record) {
        return "Addendum to the oversight note on \(note.note.case) by \(note.authorship.author),"
          + " \(note.authorship.recorded.utcDay)"
      }
      if let session = context.caseload.session(record) {
        let worker = context.caseload.worker(session.worker)?.name ?? session.worker.rawValue
        return "Addendum to the supervision of \(worker), \(session.date)"
      }
      return "Addendum to \(record)"
    case .form: return "Record"
    }
  }

  /// The actions added so far, numbered; the earliest are counted when there are many.
  private func renderAdded(_ context: ScreenContext, into canvas: inout Canvas, rect: Rect) {
    guard rect.height > 0 else { return }
    var rows = actions.enumerated().map { index, action in
      let owner = context.caseload.worker(action.owner)?.name ?? action.owner.rawValue
      return "\(index + 1). \(action.text) | \(owner) | due \(action.due)"
    }
    if rows.count > rect.height {
      let hidden = rows.count - rect.height + 1
      rows = ["(\(hidden) earlier action\(hidden == 1 ? "" : "s"))"] + rows.suffix(rect.height - 1)
    }
    for (row, text) in rows.enumerated() {
      canvas.put(text, x: rect.x, y: rect.y + row, role: .normal, width: rect.width)
    }
  }

  private func renderAction(_ context: ScreenContext, into canvas: inout Canvas, rect: Rect) {
    var x = rect.x
    x += canvas.put("Action: ", x: x, y: rect.y, role: field == .actionText ? .header : .dim)
    // Room for the owner's name (up to 22 cells) and the due date with its cursor (11).
    let textWidth = max(10, rect.width - 55)
    actionText.render(
      into: &canvas, rect: Rect(x: x, y: rect.y, width: textWidth, height: 1),
      focused: field == .actionText,
      role: .highlight)
    x += textWidth + 1
    x += canvas.put("Owner: ", x: x, y: rect.y, role: field == .actionOwner ? .header : .dim)
    let name =
      owners.indices.contains(owner) ? context.caseload.worker(owners[owner])?.name ?? "" : "none"
    x += canvas.put(
      "<\(name)>", x: x, y: rect.y, role: field == .actionOwner ? .selected : .normal, width: 22)
    if field == .actionOwner { canvas.cursor = (x - 1, rect.y) }
    x += 1
    x += canvas.put("Due: ", x: x, y: rect.y, role: field == .actionDue ? .header : .dim)
    actionDue.render(
      into: &canvas, rect: Rect(x: x, y: rect.y, width: min(11, rect.maxX - x), height: 1),
      focused: field == .actionDue, role: .highlight)
  }
}
