import CaseloadCore

/// `U`: the team's unallocated cases, oldest first, with how long they have waited and a
/// suggested worker.
public struct QueueScreen: ScreenModel {
  public var position = ListPosition(selected: 0)

  public init() {}

  public var title: String { "Unallocated" }

  func items(_ context: ScreenContext) -> [QueueItem] {
    context.rules.unallocatedQueue(team: context.teamID)
  }

  public func bindings(_ context: ScreenContext) -> [KeyBinding] {
    let none = "No unallocated cases in this team."
    let item = selected(context) != nil
    return Keymap.move + [
      Keymap.open.when(item, else: none), Keymap.reassign.when(item, else: none),
      Keymap.note.when(item, else: none), Keymap.back,
    ]
  }

  func selected(_ context: ScreenContext) -> QueueItem? {
    let list = items(context)
    guard let index = position.selected, list.indices.contains(index) else { return nil }
    return list[index]
  }

  public mutating func perform(_ intent: KeyIntent, _ context: ScreenContext) -> Outcome {
    let rows = Table.visibleRows(height: context.body.height)
    if position.move(intent, rowCount: items(context).count, visibleRows: rows) { return .none }
    switch intent {
    case .open:
      return selected(context).map { .push(.caseDetail(CaseDetail($0.case.id))) } ?? .none
    case .reassign:
      guard let item = selected(context) else { return .none }
      return Flows.reassign([item.case.id], context, suggested: item.suggested)
    case .note:
      return Flows.note(on: selected(context)?.case.id, context)
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
    position.clamp(rowCount: items(context).count)
  }

  public func render(_ context: ScreenContext, into canvas: inout Canvas, rect: Rect) {
    let list = items(context)
    if list.isEmpty {
      canvas.put("No cases are waiting for a worker in this team.", x: rect.x, y: rect.y, role: .ok)
      return
    }
    let rows = list.map { item -> [TableCell] in
      let role: StyleRole = item.band == .over ? .over : item.band == .warn ? .warn : .normal
      let word = item.band == .over ? " OVER" : item.band == .warn ? " WARN" : ""
      return [
        TableCell(item.case.id.rawValue),
        TableCell(item.case.childName), TableCell(item.case.category.shortLabel),
        TableCell("\(item.daysWaiting) days\(word)", role: role),
        TableCell(
          item.suggested.flatMap { context.caseload.worker($0)?.name } ?? "no one has room",
          role: .dim),
      ]
    }
    Table(
      columns: [
        TableColumn("Case", width: .fixed(8)), TableColumn("Child", width: .fill),
        TableColumn("Type", width: .fixed(6)), TableColumn("Waiting", width: .fixed(13)),
        TableColumn("Suggested", width: .fixed(22)),
      ], rows: rows, position: position
    ).render(into: &canvas, rect: rect)
  }
}
