import CaseloadCore
import Foundation

/// `/`: finds children, case ids and workers as you type, across every team.
public struct SearchScreen: ScreenModel {
  public var prompt = Prompt()
  public var position = ListPosition(selected: 0)

  public init() {}

  public var title: String { "Search" }
  public var takesText: Bool { true }

  /// One match: a case or a worker.
  enum Match: Hashable {
    case child(Case.ID)
    case worker(Worker.ID)
  }

  static let limit = 200

  func matches(_ context: ScreenContext) -> [Match] {
    let query = SearchQuery(prompt.text)
    guard !query.isEmpty else { return [] }
    var found: [Match] = []
    for worker in context.caseload.workers.values
    where query.isFound(in: worker.name) || query.isFound(in: worker.id.rawValue) {
      found.append(.worker(worker.id))
      if found.count >= Self.limit { return found }
    }
    for child in context.caseload.cases.values where child.isOpen {
      if found.count >= Self.limit { break }
      if query.isFound(in: child.childName) || query.isFound(in: child.id.rawValue) {
        found.append(.child(child.id))
      }
    }
    return found
  }

  public func bindings(_ context: ScreenContext) -> [KeyBinding] {
    Keymap.arrows + [Keymap.open, Keymap.cancel]
  }

  public mutating func input(_ key: Key, _ context: ScreenContext) -> Bool {
    guard prompt.handle(key) else { return false }
    position = ListPosition(selected: 0)
    return true
  }

  /// The results table under the prompt and the count.
  static func table(_ body: Rect) -> Rect {
    Rect(x: body.x, y: body.y + 2, width: body.width, height: max(0, body.height - 2))
  }

  public mutating func perform(_ intent: KeyIntent, _ context: ScreenContext) -> Outcome {
    let found = matches(context)
    let rows = Table.visibleRows(height: Self.table(context.body).height)
    if position.move(intent, rowCount: found.count, visibleRows: rows) { return .none }
    switch intent {
    case .open:
      guard let index = position.selected, found.indices.contains(index) else { return .none }
      switch found[index] {
      case .child(let id): return .replace(with: .caseDetail(CaseDetail(id)))
      case .worker(let id): return .replace(with: .worker(WorkerDetail(id)))
      }
    case .cancel, .back:
      return .pop
    default:
      return .none
    }
  }

  public func render(_ context: ScreenContext, into canvas: inout Canvas, rect: Rect) {
    let x = canvas.put("Search: ", x: rect.x, y: rect.y, role: .highlight)
    prompt.render(
      into: &canvas, rect: Rect(x: rect.x + x, y: rect.y, width: rect.width - x, height: 1),
      focused: false)
    let found = matches(context)
    let hint =
      prompt.text.isEmpty
      ? "Type part of a child's name, a case id or a worker's name."
      : "\(found.count == Self.limit ? "\(Self.limit)+" : "\(found.count)") found"
    canvas.put(hint, x: rect.x, y: rect.y + 1, role: .dim, width: rect.width)
    let rows = found.map { match -> [TableCell] in
      switch match {
      case .child(let id):
        let child = context.caseload.case(id)
        let worker = child?.worker.flatMap { context.caseload.worker($0)?.name } ?? "unallocated"
        return [
          TableCell(id.rawValue), TableCell(child?.childName ?? ""),
          TableCell(child?.category.shortLabel ?? ""), TableCell(worker, role: .dim),
        ]
      case .worker(let id):
        let worker = context.caseload.worker(id)
        let team = worker.flatMap { context.caseload.team($0.team)?.name } ?? ""
        return [
          TableCell(id.rawValue), TableCell(worker?.name ?? ""), TableCell("worker"),
          TableCell(team, role: .dim),
        ]
      }
    }
    Table(
      columns: [
        TableColumn("Id", width: .fixed(8)), TableColumn("Name", width: .fill),
        TableColumn("Type", width: .fixed(6)), TableColumn("Worker / team", width: .fixed(28)),
      ], rows: rows, position: position
    ).render(into: &canvas, rect: Self.table(rect), focused: false)
    prompt.render(
      into: &canvas, rect: Rect(x: rect.x + x, y: rect.y, width: rect.width - x, height: 1),
      focused: true)
  }
}
