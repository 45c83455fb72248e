import CaseloadCore

/// `A`: every open action for the team or one worker, oldest due first, overdue marked;
/// `d` marks the chosen one done, Enter opens its case.
public struct ActionsScreen: ScreenModel {
  public enum Scope: Hashable, Sendable {
    case team
    case worker(Worker.ID)
  }

  public let scope: Scope
  public var position = ListPosition(selected: 0)

  public init(_ scope: Scope) { self.scope = scope }

  public var title: String { "Actions" }

  func items(_ context: ScreenContext) -> [ActionItem] {
    switch scope {
    case .team: return context.caseload.openActions(in: context.teamID)
    case .worker(let id): return context.caseload.openActions(for: id)
    }
  }

  func selected(_ context: ScreenContext) -> ActionItem? {
    let list = items(context)
    guard let index = position.selected, list.indices.contains(index) else { return nil }
    return list[index]
  }

  public func bindings(_ context: ScreenContext) -> [KeyBinding] {
    let item = selected(context)
    return Keymap.move + [
      Keymap.actionDone.when(item != nil, else: "No open actions."),
      KeyBinding([.enter], "Enter", "open case", .open).when(
        item?.case != nil, else: "This action is not about one case."),
      Keymap.back,
    ]
  }

  static func table(_ body: Rect) -> Rect {
    Rect(x: body.x, y: body.y + 1, width: body.width, height: max(0, body.height - 1))
  }

  public mutating func perform(_ intent: KeyIntent, _ context: ScreenContext) -> Outcome {
    let rows = Table.visibleRows(height: Self.table(context.body).height)
    if position.move(intent, rowCount: items(context).count, visibleRows: rows) { return .none }
    switch intent {
    case .actionDone:
      return selected(context).map { Flows.markDone($0.id, context) } ?? .none
    case .open:
      return selected(context)?.case.map { .push(.caseDetail(CaseDetail($0))) } ?? .none
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
    let overdue = list.count { $0.isOverdue(today: context.today) }
    let whose: String
    switch scope {
    case .team: whose = context.team?.name ?? context.teamID.rawValue
    case .worker(let id): whose = context.caseload.worker(id)?.name ?? id.rawValue
    }
    canvas.put(
      "Open actions for \(whose): \(list.count), \(overdue) overdue, oldest due first", x: rect.x,
      y: rect.y, role: .highlight, width: rect.width)
    let table = Self.table(rect)
    guard !list.isEmpty else {
      canvas.put("No open actions.", x: rect.x, y: table.y, role: .ok)
      return
    }
    Table(
      columns: [
        TableColumn("Due", width: .fixed(11)), TableColumn("Case", width: .fixed(7)),
        TableColumn("Child", width: .fixed(16)), TableColumn("Action", width: .fill),
        TableColumn("Owner", width: .fixed(16)),
      ],
      rows: list.map { item in
        let late = item.isOverdue(today: context.today)
        let child = item.case.flatMap { context.caseload.case($0)?.childName } ?? ""
        let owner = item.action.owner.name(in: context.caseload)
        return [
          TableCell("\(item.action.due)\(late ? "!" : "")", role: late ? .over : .normal),
          TableCell(item.case?.rawValue ?? "-"), TableCell(child), TableCell(item.action.text),
          TableCell(owner, role: .dim),
        ]
      }, position: position
    ).render(into: &canvas, rect: table)
  }
}
