import CaseloadCore

/// One worker: their cases with dates and continuity, every open action (scrolling), and
/// their supervision sessions, each opened whole with Enter. Tab moves between the three.
public struct WorkerDetail: ScreenModel {
  public enum Pane: Hashable, Sendable, CaseIterable { case cases, actions, sessions }

  public let worker: Worker.ID
  public var pane = Pane.cases
  public var position = ListPosition(selected: 0)
  public var actionPosition = ListPosition(selected: 0)
  public var sessionPosition = ListPosition(selected: 0)
  public var marked = Marks<Case.ID>()

  public init(_ worker: Worker.ID) { self.worker = worker }

  public var title: String { "Worker" }

  func cases(_ context: ScreenContext) -> [Case] {
    CaseOrdering.pressingFirst(context.caseload.cases(of: worker), rules: context.rules)
  }

  func actions(_ context: ScreenContext) -> [ActionItem] {
    context.caseload.openActions(for: worker)
  }

  /// Newest first.
  func sessions(_ context: ScreenContext) -> [SupervisionSession] {
    context.caseload.sessions(with: worker).reversed()
  }

  func selected(_ context: ScreenContext) -> Case? {
    pick(cases(context), position)
  }

  func selectedAction(_ context: ScreenContext) -> ActionItem? {
    pick(actions(context), actionPosition)
  }

  func selectedSession(_ context: ScreenContext) -> SupervisionSession? {
    pick(sessions(context), sessionPosition)
  }

  private func pick<T>(_ list: [T], _ position: ListPosition) -> T? {
    guard let index = position.selected, list.indices.contains(index) else { return nil }
    return list[index]
  }

  public func bindings(_ context: ScreenContext) -> [KeyBinding] {
    var keys =
      Keymap.move + [
        KeyBinding([.tab], "Tab", "pane", .nextPane, help: "next pane: cases, actions, sessions"),
        KeyBinding(
          [.backTab], "S-Tab", "pane", .previousPane, footer: false, help: "previous pane"),
      ]
    switch pane {
    case .cases:
      let child = selected(context)
      let noCase = "This worker holds no open cases."
      keys += [
        Keymap.open.when(child != nil, else: noCase),
        Keymap.mark.when(child != nil, else: noCase),
        Keymap.reassign.when(child != nil, else: noCase),
        Keymap.note.when(child != nil, else: noCase),
      ]
    case .actions:
      let item = selectedAction(context)
      keys += [
        KeyBinding([.enter], "Enter", "open case", .open).when(
          item?.case != nil, else: "This action is not about one case."),
        Keymap.actionDone.when(item != nil, else: "No open actions."),
      ]
    case .sessions:
      let none = "No supervision recorded yet."
      keys += [
        KeyBinding([.enter], "Enter", "open record", .open).when(
          selectedSession(context) != nil, else: none),
        Keymap.addendum.when(selectedSession(context) != nil, else: none),
      ]
    }
    keys += [
      Keymap.supervise,
      Keymap.handover.when(!cases(context).isEmpty, else: "This worker holds no open cases."),
      Keymap.actions,
    ]
    keys += Keymap.recordKeys(
      worker: true, case: pane == .cases && selected(context) != nil,
      caseHint: "Choose one of the worker's cases first.")
    keys.append(Keymap.back)
    return keys
  }

  /// Where the parts go: details on top, the case table, the actions, the sessions.
  struct Layout {
    var info: Rect
    var table: Rect
    var actions: Rect
    var sessions: Rect

    static let infoHeight = 3
    static let actionsHeight = 4
    static let sessionsHeight = 3

    init(body: Rect) {
      info = Rect(x: body.x, y: body.y, width: body.width, height: Self.infoHeight)
      sessions = Rect(
        x: body.x, y: body.maxY - Self.sessionsHeight, width: body.width,
        height: Self.sessionsHeight)
      actions = Rect(
        x: body.x, y: sessions.y - Self.actionsHeight, width: body.width,
        height: Self.actionsHeight)
      table = Rect(
        x: body.x, y: info.maxY, width: body.width, height: max(2, actions.y - info.maxY))
    }

    /// Rows in view for each pane: the page sizes.
    var caseRows: Int { Table.visibleRows(height: table.height) }
    // The action and session lists sit under a section title, as a header would.
    var actionRows: Int { Table.visibleRows(height: actions.height) }
    var sessionRows: Int { Table.visibleRows(height: sessions.height) }
  }

  public mutating func perform(_ intent: KeyIntent, _ context: ScreenContext) -> Outcome {
    let layout = Layout(body: context.body)
    if intent.isRecord {
      let team = context.caseload.worker(worker)?.team ?? context.teamID
      return Flows.record(
        intent, team: team, worker: worker, case: pane == .cases ? selected(context)?.id : nil,
        context)
    }
    if intent.isListMovement {
      switch pane {
      case .cases:
        position.move(intent, rowCount: cases(context).count, visibleRows: layout.caseRows)
      case .actions:
        actionPosition.move(
          intent, rowCount: actions(context).count, visibleRows: layout.actionRows)
      case .sessions:
        sessionPosition.move(
          intent, rowCount: sessions(context).count, visibleRows: layout.sessionRows)
      }
      return .none
    }
    switch intent {
    case .nextPane, .previousPane:
      let all = Pane.allCases
      let index = all.firstIndex(of: pane) ?? 0
      pane = all[(index + (intent == .nextPane ? 1 : all.count - 1)) % all.count]
      return .none
    case .open:
      switch pane {
      case .cases:
        return selected(context).map { .push(.caseDetail(CaseDetail($0.id))) } ?? .none
      case .actions:
        return selectedAction(context)?.case.map { .push(.caseDetail(CaseDetail($0))) } ?? .none
      case .sessions:
        return selectedSession(context).map { .push(.sessionRecord(SessionRecord($0.id))) } ?? .none
      }
    case .mark:
      guard let child = selected(context) else { return .none }
      marked.toggle(child.id)
      return .info(marked.summary)
    case .reassign:
      let list = cases(context)
      let chosen =
        marked.isEmpty
        ? selected(context).map { [$0.id] } ?? [] : marked.picked(from: list.map(\.id))
      return Flows.reassign(chosen, context)
    case .note:
      return Flows.note(on: selected(context)?.id, context)
    case .actionDone:
      return selectedAction(context).map { Flows.markDone($0.id, context) } ?? .none
    case .addendum:
      return Flows.addendum(to: selectedSession(context)?.id, context)
    case .supervise:
      return Flows.supervise(worker, context)
    case .handover:
      return Flows.handover(worker, context)
    case .actions:
      return .push(.actions(ActionsScreen(.worker(worker))))
    case .back:
      return .pop
    default:
      return .none
    }
  }

  public mutating func committed(_ entry: JournalEntry, _ context: ScreenContext) -> Outcome {
    marked.clear()
    return .none
  }

  public mutating func refresh(_ context: ScreenContext) {
    let list = cases(context)
    position.clamp(rowCount: list.count)
    actionPosition.clamp(rowCount: actions(context).count)
    sessionPosition.clamp(rowCount: sessions(context).count)
    marked.keep(only: list.map(\.id))
  }
}

extension Case.Category {
  /// At most six characters, for narrow columns.
  var shortLabel: String {
    switch self {
    case .assessment: return "Assess"
    case .childInNeed: return "CIN"
    case .childProtection: return "CP"
    case .childInCare: return "CiC"
    case .careLeaver: return "Leaver"
    case .courtProceedings: return "Court"
    }
  }
}

extension Worker.Role {
  /// As a manager says it.
  var label: String {
    switch self {
    case .socialWorker: return "Social worker"
    case .seniorPractitioner: return "Senior practitioner"
    case .asye: return "ASYE"
    case .student: return "Student"
    case .familySupportWorker: return "Family support worker"
    }
  }
}
