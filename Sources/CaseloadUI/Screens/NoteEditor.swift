import CaseloadCore

/// The editor for an oversight note (`n`) or an addendum (`a`): multi-line fields with word
/// wrap, Tab between fields, Ctrl-S or F2 to save, Esc asks before discarding. A supervision
/// session has its own editor, `SessionEditor`.
public struct NoteEditor: ScreenModel {
  /// What is being written.
  public enum Kind: Hashable, Sendable {
    case oversight(Case.ID)
    case addendum(RecordID)

    /// The key its draft is kept under.
    public var target: Draft.Target {
      switch self {
      case .oversight(let id): return .oversight(id)
      case .addendum(let id): return .addendum(id)
      }
    }

    init?(_ target: Draft.Target) {
      switch target {
      case .oversight(let id): self = .oversight(id)
      case .addendum(let id): self = .addendum(id)
      case .session, .form: return nil
      }
    }
  }

  public let kind: Kind
  public var fields: DiscussionFields

  public init(_ kind: Kind, _ context: ScreenContext) {
    self.kind = kind
    var holder: Worker.ID?
    if case .oversight(let caseID) = kind { holder = context.caseload.case(caseID)?.worker }
    fields = DiscussionFields(holder: holder, context)
  }

  public var title: String {
    switch kind {
    case .oversight: return "Oversight note"
    case .addendum: return "Addendum"
    }
  }

  public var takesText: Bool { true }

  /// An oversight note has a decision and actions; an addendum is text alone.
  var isFull: Bool {
    if case .oversight = kind { return true }
    return false
  }

  /// The fields this kind of record has, in Tab order.
  var order: [DiscussionFields.Field] {
    isFull ? DiscussionFields.Field.allCases : [.discussion]
  }

  public var hasUnsavedEdit: Bool { !fields.isEmpty }

  /// The typing so far, to keep on disk; nil while there is none.
  func draft(author: String) -> Draft? {
    guard hasUnsavedEdit else { return nil }
    let typed = fields.draft
    return Draft(
      target: kind.target, author: author, discussion: typed.discussion,
      decision: typed.decision, actionText: typed.actionText, actionOwner: typed.actionOwner,
      actionDue: typed.actionDue, actions: typed.actions)
  }

  /// Puts a kept draft's typing back into the fields.
  mutating func restore(_ draft: Draft) {
    fields.restore(
      Draft.Discussion(
        discussion: draft.discussion, decision: draft.decision, actionText: draft.actionText,
        actionOwner: draft.actionOwner, actionDue: draft.actionDue, actions: draft.actions))
  }

  public func bindings(_ context: ScreenContext) -> [KeyBinding] {
    var keys = [Keymap.save]
    if order.count > 1 {
      keys.append(KeyBinding([.tab], "Tab", "next field", .nextField))
      keys.append(KeyBinding([.backTab], "S-Tab", "previous", .previousField, footer: false))
    }
    keys += Self.actionKeys(fields.field)
    keys.append(Keymap.cancel)
    keys.append(KeyBinding([.function(1)], "F1", "help", .help))
    return keys
  }

  /// The owner and add-action keys for a focused field of a discussion.
  static func actionKeys(_ field: DiscussionFields.Field) -> [KeyBinding] {
    var keys: [KeyBinding] = []
    if field == .actionOwner {
      keys.append(KeyBinding([.right, .char(" ")], "Left/Right", "owner", .nextChoice))
      keys.append(
        KeyBinding([.left], "Left", "owner", .previousChoice, footer: false, help: "previous owner")
      )
    }
    if [.actionText, .actionOwner, .actionDue].contains(field) {
      keys.append(KeyBinding([.enter], "Enter", "add action", .addAction))
    }
    return keys
  }

  /// Where the heading and the fields go in the body.
  func layout(_ body: Rect) -> DiscussionFields.Layout {
    DiscussionFields.Layout(
      Rect(x: body.x, y: body.y + 2, width: body.width, height: max(0, body.height - 2)),
      full: isFull, added: fields.actions.count)
  }

  public mutating func input(_ key: Key, _ context: ScreenContext) -> Bool {
    fields.input(key, layout: layout(context.body))
  }

  public mutating func perform(_ intent: KeyIntent, _ context: ScreenContext) -> Outcome {
    switch intent {
    case .nextField, .previousField:
      let index = order.firstIndex(of: fields.field) ?? 0
      let step = intent == .nextField ? 1 : order.count - 1
      fields.field = order[(index + step) % order.count]
      return .none
    case .nextChoice, .previousChoice:
      fields.cycleOwner(by: intent == .nextChoice ? 1 : -1)
      return .none
    case .addAction:
      return fields.addAction(today: context.today, saves: "the note")
    case .cancel, .back:
      guard hasUnsavedEdit else { return .pop }
      return .askToDiscard(title.lowercased())
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

  /// The record to save, or a refusal saying what is missing.
  func change(_ context: ScreenContext) throws -> Change {
    switch kind {
    case .oversight(let caseID):
      let note = try fields.saved(case: caseID, today: context.today) {
        context.app.newRecordID("A")
      }
      return .recordNote(
        OversightNote(
          id: context.app.newRecordID("N"), note: note, authorship: context.app.authorship()))
    case .addendum(let record):
      let text = fields.discussion.text.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !text.isEmpty else {
        throw CaseloadError.refused("Nothing to save yet: write the discussion first.")
      }
      return .addAddendum(
        Addendum(
          id: context.app.newRecordID("D"), target: record, text: text,
          authorship: context.app.authorship()))
    }
  }

  public func render(_ context: ScreenContext, into canvas: inout Canvas, rect: Rect) {
    canvas.put(heading(context), x: rect.x, y: rect.y, role: .highlight, width: rect.width)
    let label =
      isFull ? "Discussion" : "Addendum (the record itself is never changed)"
    fields.render(context, into: &canvas, layout: layout(rect), label: label, full: isFull)
  }

  func heading(_ context: ScreenContext) -> String {
    switch kind {
    case .oversight(let caseID):
      let child = context.caseload.case(caseID)
      return "Oversight note on \(caseID) \(child?.childName ?? "")"
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
    }
  }
}
