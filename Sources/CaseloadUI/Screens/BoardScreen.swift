import CaseloadCore

/// The team board (home): the summary, one row per worker with a load bar, and the selected
/// worker's cases.
public struct BoardScreen: ScreenModel {
  public enum Pane: Hashable, Sendable { case workers, cases }

  public var pane: Pane = .workers
  public var workers = ListPosition(selected: 0)
  public var cases = ListPosition(selected: 0)
  /// Cases marked with Space, to move together with `r`.
  public var marked: Set<Case.ID> = []

  public init() {}

  public var title: String { "Team board" }

  public func bindings(_ app: AppState) -> [KeyBinding] {
    var keys = Keymap.move + Keymap.panes
    keys.append(Keymap.open)
    if pane == .cases { keys.append(Keymap.mark) }
    keys += [Keymap.reassign, Keymap.note, Keymap.supervise, Keymap.handover]
    return keys
  }

  /// The rows of the board, in order.
  func rows(_ app: AppState) -> [WorkerRow] { app.summary?.workers ?? [] }

  public func selectedWorker(_ app: AppState) -> WorkerRow? {
    let rows = rows(app)
    guard let index = workers.selected, rows.indices.contains(index) else { return nil }
    return rows[index]
  }

  /// The selected worker's open cases, most pressing first.
  func caseList(_ app: AppState) -> [Case] {
    guard let row = selectedWorker(app) else { return [] }
    return CaseOrdering.pressingFirst(app.caseload.cases(of: row.worker.id), rules: app.rules)
  }

  public func selectedCase(_ app: AppState) -> Case? {
    let list = caseList(app)
    guard pane == .cases, let index = cases.selected, list.indices.contains(index) else {
      return nil
    }
    return list[index]
  }

  /// Marked cases, else the selected case.
  func chosenCases(_ app: AppState) -> [Case.ID] {
    if !marked.isEmpty { return app.caseload.cases.keys.filter { marked.contains($0) } }
    return selectedCase(app).map { [$0.id] } ?? []
  }

  public mutating func perform(_ command: Command, app: inout AppState) -> Outcome {
    let page = max(1, BoardLayout(size: app.size, workerCount: rows(app).count).workerRows)
    switch command {
    case .up, .down, .pageUp, .pageDown, .top, .bottom:
      let step = listStep(command, page: page)
      if pane == .workers {
        workers.move(by: step, rowCount: rows(app).count, visibleRows: page)
        cases = ListPosition(selected: 0)
      } else {
        cases.move(by: step, rowCount: caseList(app).count, visibleRows: page)
      }
      return .stay
    case .nextPane, .previousPane:
      if pane == .workers && caseList(app).isEmpty {
        app.say(.info, "This worker holds no open cases.")
        return .stay
      }
      pane = pane == .workers ? .cases : .workers
      return .stay
    case .open:
      if let child = selectedCase(app) { return .opening(CaseDetail(child.id)) }
      if let row = selectedWorker(app) { return .opening(WorkerDetail(row.worker.id)) }
      return .stay
    case .mark:
      guard let child = selectedCase(app) else { return .stay }
      if marked.remove(child.id) == nil { marked.insert(child.id) }
      app.say(
        .info, "\(marked.count) case\(marked.count == 1 ? "" : "s") marked; r moves them together.")
      return .stay
    case .reassign:
      return Flows.reassign(chosenCases(app), app: &app)
    case .note:
      return Flows.note(on: selectedCase(app)?.id, app: &app)
    case .supervise:
      return Flows.supervise(selectedWorker(app)?.worker.id, app: &app)
    case .handover:
      return Flows.handover(selectedWorker(app)?.worker.id, app: &app)
    default:
      return .stay
    }
  }

  public mutating func committed(_ entry: JournalEntry, app: inout AppState) -> Outcome {
    marked.removeAll()
    clamp(app)
    return .stay
  }

  /// Keeps the selection inside the lists after the data changed under it.
  mutating func clamp(_ app: AppState) {
    let count = rows(app).count
    if let selected = workers.selected, selected >= count {
      workers.selected = count > 0 ? count - 1 : nil
    }
    let caseCount = caseList(app).count
    if let selected = cases.selected, selected >= caseCount {
      cases.selected = caseCount > 0 ? caseCount - 1 : 0
    }
    if caseCount == 0 { pane = .workers }
    marked = marked.filter { app.caseload.case($0)?.isOpen == true }
  }
}

extension AppState {
  /// Keeps the board's selection valid after the data changed under it.
  mutating func clampBoard() {
    var updated = board
    updated.clamp(self)
    board = updated
  }
}

/// How far a movement command moves in a list.
func listStep(_ command: Command, page: Int) -> Int {
  switch command {
  case .up: return -1
  case .down: return 1
  case .pageUp: return -page
  case .pageDown: return page
  case .top: return -1_000_000
  case .bottom: return 1_000_000
  default: return 0
  }
}
