import CaseloadCore

/// One child: details, siblings, allocation history, notes and session entries newest first,
/// open actions. j/k choose a record or an action: `a` adds an addendum to it, `d` marks an
/// action done.
public struct CaseDetail: ScreenModel {
  public let caseID: Case.ID
  /// Index into `items`: the records newest first, then the open actions.
  public var chosen = 0

  public init(_ caseID: Case.ID) { self.caseID = caseID }

  public var title: String { "Case \(caseID)" }

  /// What can be chosen on the screen.
  enum Item: Hashable {
    /// An oversight note or a supervision session with an entry about this child.
    case record(RecordID)
    case action(RecordID)

    var id: RecordID {
      switch self {
      case .record(let id), .action(let id): return id
      }
    }
  }

  func chosenItem(_ context: ScreenContext) -> Item? {
    let items = Self.content(for: caseID, context).items
    return items.indices.contains(chosen) ? items[chosen] : nil
  }

  public func bindings(_ context: ScreenContext) -> [KeyBinding] {
    let child = context.caseload.case(caseID)
    let item = chosenItem(context)
    let isAction = item.map { if case .action = $0 { true } else { false } } ?? false
    return Keymap.move + [
      Keymap.reassign.when(child?.isOpen == true, else: "This case is closed."),
      Keymap.note.when(child != nil, else: "This case is no longer in the store."),
      Keymap.addendum.when(
        item != nil, else: "There is no note, session or action on this case to add to yet."),
      Keymap.actionDone.when(isAction, else: "Choose an open action (j/k) first, then d."),
      Keymap.records,
    ]
      + [Keymap.visit, Keymap.category, Keymap.closeCase, Keymap.transfer].map {
        $0.when(child?.isOpen == true, else: "This case is closed.")
      } + [Keymap.back]
  }

  public mutating func perform(_ intent: KeyIntent, _ context: ScreenContext) -> Outcome {
    if intent.isRecord {
      let child = context.caseload.case(caseID)
      let team = child.flatMap { context.caseload.team(of: $0) } ?? context.teamID
      return Flows.record(intent, team: team, worker: child?.worker, case: caseID, context)
    }
    if intent.isListMovement {
      let document = Document(
        Self.content(for: caseID, context).lines, width: context.body.width, chosen: chosen)
      chosen = document.item(after: intent, from: chosen, visibleRows: context.body.height)
      return .none
    }
    switch intent {
    case .reassign:
      return Flows.reassign([caseID], context)
    case .note:
      return Flows.note(on: caseID, context)
    case .addendum:
      return Flows.addendum(to: chosenItem(context)?.id, context)
    case .actionDone:
      guard case .action(let id) = chosenItem(context) else { return .none }
      return Flows.markDone(id, context)
    case .back:
      return .pop
    default:
      return .none
    }
  }

  public mutating func committed(_ entry: JournalEntry, _ context: ScreenContext) -> Outcome {
    .none
  }

  public mutating func refresh(_ context: ScreenContext) {
    let count = Self.content(for: caseID, context).items.count
    chosen = max(0, min(chosen, count - 1))
  }

  public func render(_ context: ScreenContext, into canvas: inout Canvas, rect: Rect) {
    let document = Document(
      Self.content(for: caseID, context).lines, width: rect.width, chosen: chosen)
    let chosenRow = document.row(of: chosen) ?? 0
    // Scroll only when the chosen item's first lines would fall below the screen, so the
    // child's details stay in view for the newest records.
    let first = min(max(0, chosenRow + 4 - rect.height), max(0, document.rows.count - rect.height))
    document.render(into: &canvas, rect: rect, first: first, chosen: chosen)
  }
}
