import CaseloadCore

/// `U`: the team's unallocated cases, oldest first, with how long they have waited and a
/// suggested worker.
public struct QueueScreen: ScreenModel {
  public var position = ListPosition(selected: 0)

  public init() {}

  public var title: String { "Unallocated" }

  func items(_ app: AppState) -> [QueueItem] { app.rules.unallocatedQueue(team: app.teamID) }

  public func bindings(_ app: AppState) -> [KeyBinding] {
    Keymap.move + [Keymap.open, Keymap.reassign, Keymap.note, Keymap.back]
  }

  func selected(_ app: AppState) -> QueueItem? {
    let list = items(app)
    guard let index = position.selected, list.indices.contains(index) else { return nil }
    return list[index]
  }

  public mutating func perform(_ command: Command, app: inout AppState) -> Outcome {
    switch command {
    case .up, .down, .pageUp, .pageDown, .top, .bottom:
      position.move(by: listStep(command, page: 10), rowCount: items(app).count, visibleRows: 10)
      return .stay
    case .open:
      return selected(app).map { .opening(CaseDetail($0.case.id)) } ?? .stay
    case .reassign:
      guard let item = selected(app) else {
        app.say(.info, "No unallocated cases in this team.")
        return .stay
      }
      if app.refuseIfReadOnly("reassigning") { return .stay }
      do {
        return .opening(
          try ReassignFlow(cases: [item.case.id], app: app, suggested: item.suggested))
      } catch {
        app.say(.error, "\(error)")
        return .stay
      }
    case .note:
      return Flows.note(on: selected(app)?.case.id, app: &app)
    case .back:
      return .closed
    default:
      return .stay
    }
  }

  public mutating func committed(_ entry: JournalEntry, app: inout AppState) -> Outcome {
    let count = items(app).count
    if let selected = position.selected, selected >= count { position.selected = max(0, count - 1) }
    return .stay
  }

  public func render(_ app: AppState, into canvas: inout Canvas, rect: Rect) {
    let list = items(app)
    if list.isEmpty {
      canvas.put("No cases are waiting for a worker in this team.", x: rect.x, y: rect.y, role: .ok)
      return
    }
    let rows = list.enumerated().map { index, item -> [TableCell] in
      let role: StyleRole = item.band == .over ? .over : item.band == .warn ? .warn : .normal
      let word = item.band == .over ? " OVER" : item.band == .warn ? " WARN" : ""
      return [
        TableCell((index == position.selected ? ">" : " ") + item.case.id.rawValue),
        TableCell(item.case.childName), TableCell(item.case.category.shortLabel),
        TableCell("\(item.daysWaiting) days\(word)", role: role),
        TableCell(
          item.suggested.flatMap { app.caseload.worker($0)?.name } ?? "no one has room", role: .dim),
      ]
    }
    Table(
      columns: [
        TableColumn(" Case", width: .fixed(9)), TableColumn("Child", width: .fill),
        TableColumn("Type", width: .fixed(6)), TableColumn("Waiting", width: .fixed(13)),
        TableColumn("Suggested", width: .fixed(22)),
      ], rows: rows, position: position
    ).render(into: &canvas, rect: rect)
  }
}
