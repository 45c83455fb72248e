import CaseloadCore

/// The team board (home): the summary, one row per worker with a load bar, and the selected
/// worker's cases.
public struct BoardScreen: ScreenModel {
  public enum Pane: Hashable, Sendable { case workers, cases }

  public var pane: Pane = .workers
  public var workers = ListPosition(selected: 0)
  public var cases = ListPosition(selected: 0)
  /// Cases of the selected worker marked with Space, to move together with `r`.
  public var marked = Marks<Case.ID>()

  public init() {}

  public var title: String { "Team board" }

  public func bindings(_ context: ScreenContext) -> [KeyBinding] {
    // A store with no teams yet: the first-run screen says how to bring one in.
    if context.caseload.teams.isEmpty { return [Keymap.newTeam] }
    let worker = selectedWorker(context)
    let child = selectedCase(context)
    var keys = Keymap.move
    keys += Keymap.panes.map {
      $0.when(
        pane == .cases || !caseList(context).isEmpty, else: "This worker holds no open cases.")
    }
    keys.append(Keymap.open.when(worker != nil, else: "This team has no workers yet."))
    if pane == .cases { keys.append(Keymap.mark.when(child != nil, else: "Choose a case first.")) }
    keys += [
      Keymap.reassign.when(
        !chosenCases(context).isEmpty,
        else: "Choose a case first: Tab to the cases, then r (Space marks several)."),
      Keymap.note.when(child != nil, else: "Choose a case first: Tab to the cases, then n."),
      Keymap.supervise.when(worker != nil, else: "Choose a worker first."),
      Keymap.handover.when(worker != nil, else: "Choose a worker first."),
      Keymap.actions, Keymap.inspection,
    ]
    keys += Keymap.recordKeys(
      worker: worker != nil, case: child != nil, caseHint: "Tab to the cases and choose one first.")
    return keys
  }

  /// The rows of the board, in order.
  func rows(_ context: ScreenContext) -> [WorkerRow] {
    context.summary?.workers ?? []
  }

  public func selectedWorker(_ context: ScreenContext) -> WorkerRow? {
    let rows = rows(context)
    guard let index = workers.selected, rows.indices.contains(index) else { return nil }
    return rows[index]
  }

  /// The selected worker's open cases, most pressing first.
  func caseList(_ context: ScreenContext) -> [Case] {
    guard let row = selectedWorker(context) else { return [] }
    return CaseOrdering.pressingFirst(
      context.caseload.cases(of: row.worker.id), rules: context.rules)
  }

  public func selectedCase(_ context: ScreenContext) -> Case? {
    let list = caseList(context)
    guard pane == .cases, let index = cases.selected, list.indices.contains(index) else {
      return nil
    }
    return list[index]
  }

  /// Marked cases, else the selected case.
  func chosenCases(_ context: ScreenContext) -> [Case.ID] {
    if !marked.isEmpty { return marked.picked(from: caseList(context).map(\.id)) }
    return selectedCase(context).map { [$0.id] } ?? []
  }

  public mutating func perform(_ intent: KeyIntent, _ context: ScreenContext) -> Outcome {
    if intent == .newTeam { return .push(.form(FormScreen(.newTeam, context))) }
    let summary = context.summary
    let layout = BoardLayout(
      body: context.body, summary: summary, workerCount: summary?.workers.count ?? 0)
    if intent.isRecord {
      return Flows.record(
        intent, team: context.teamID, worker: selectedWorker(context)?.worker.id,
        case: selectedCase(context)?.id, context)
    }
    if intent.isListMovement {
      if pane == .workers {
        let before = workers.selected
        workers.move(intent, rowCount: rows(context).count, visibleRows: layout.workerRows)
        if workers.selected != before {
          cases = ListPosition(selected: 0)
          marked.clear()
        }
      } else {
        cases.move(intent, rowCount: caseList(context).count, visibleRows: layout.caseRows)
      }
      return .none
    }
    switch intent {
    case .nextPane, .previousPane:
      pane = pane == .workers ? .cases : .workers
      return .none
    case .open:
      if let child = selectedCase(context) { return .push(.caseDetail(CaseDetail(child.id))) }
      if let row = selectedWorker(context) { return .push(.worker(WorkerDetail(row.worker.id))) }
      return .none
    case .mark:
      guard let child = selectedCase(context) else { return .none }
      marked.toggle(child.id)
      return .info(marked.summary)
    case .reassign:
      return Flows.reassign(chosenCases(context), context)
    case .note:
      return Flows.note(on: selectedCase(context)?.id, context)
    case .supervise:
      return Flows.supervise(selectedWorker(context)?.worker.id, context)
    case .handover:
      return Flows.handover(selectedWorker(context)?.worker.id, context)
    case .actions:
      return .push(.actions(ActionsScreen(.team)))
    case .inspection:
      return .push(.inspection(InspectionScreen()))
    default:
      return .none
    }
  }

  public mutating func committed(_ entry: JournalEntry, _ context: ScreenContext) -> Outcome {
    marked.clear()
    return .none
  }

  /// Keeps the selection inside the lists and the marks on cases the worker still holds.
  public mutating func refresh(_ context: ScreenContext) {
    workers.clamp(rowCount: rows(context).count)
    if workers.selected == nil, !rows(context).isEmpty { workers.selected = 0 }
    let list = caseList(context)
    cases.clamp(rowCount: list.count)
    if list.isEmpty { pane = .workers }
    marked.keep(only: list.map(\.id))
  }
}
