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

  func matches(_ app: AppState) -> [Match] {
    let query = Self.fold(prompt.text.trimmingCharacters(in: .whitespaces))
    guard !query.isEmpty else { return [] }
    var found: [Match] = []
    for worker in app.caseload.workers.values
    where Self.fold(worker.name).contains(query) || Self.fold(worker.id.rawValue).contains(query) {
      found.append(.worker(worker.id))
    }
    for child in app.caseload.cases.values where child.isOpen {
      if found.count >= Self.limit { break }
      if Self.fold(child.childName).contains(query) || Self.fold(child.id.rawValue).contains(query)
      {
        found.append(.child(child.id))
      }
    }
    return Array(found.prefix(Self.limit))
  }

  /// Case- and accent-insensitive, so "zoe" finds Zoë and "lukasz" finds Łukasz.
  static func fold(_ text: String) -> String {
    text.folding(
      options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil
    )
    .replacingOccurrences(of: "ł", with: "l")
  }

  public func bindings(_ app: AppState) -> [KeyBinding] {
    Keymap.arrows + [Keymap.open, Keymap.cancel]
  }

  public mutating func handleText(_ key: Key, app: AppState) -> Bool {
    guard prompt.handle(key) else { return false }
    position = ListPosition(selected: 0)
    return true
  }

  public mutating func perform(_ command: Command, app: inout AppState) -> Outcome {
    let found = matches(app)
    switch command {
    case .up, .down, .pageUp, .pageDown:
      position.move(by: listStep(command, page: 10), rowCount: found.count, visibleRows: 10)
      return .stay
    case .open:
      guard let index = position.selected, found.indices.contains(index) else { return .stay }
      switch found[index] {
      case .child(let id): return Outcome(close: true, open: CaseDetail(id))
      case .worker(let id): return Outcome(close: true, open: WorkerDetail(id))
      }
    case .cancel, .back:
      return .closed
    default:
      return .stay
    }
  }

  public func render(_ app: AppState, into canvas: inout Canvas, rect: Rect) {
    let x = canvas.put("Search: ", x: rect.x, y: rect.y, role: .highlight)
    prompt.render(
      into: &canvas, rect: Rect(x: rect.x + x, y: rect.y, width: rect.width - x, height: 1),
      focused: false)
    let found = matches(app)
    let hint =
      prompt.text.isEmpty
      ? "Type part of a child's name, a case id or a worker's name."
      : "\(found.count == Self.limit ? "\(Self.limit)+" : "\(found.count)") found"
    canvas.put(hint, x: rect.x, y: rect.y + 1, role: .dim, width: rect.width)
    let rows = found.enumerated().map { index, match -> [TableCell] in
      let lead = index == position.selected ? ">" : " "
      switch match {
      case .child(let id):
        let child = app.caseload.case(id)
        let worker = child?.worker.flatMap { app.caseload.worker($0)?.name } ?? "unallocated"
        return [
          TableCell(lead + id.rawValue), TableCell(child?.childName ?? ""),
          TableCell(child?.category.shortLabel ?? ""), TableCell(worker, role: .dim),
        ]
      case .worker(let id):
        let worker = app.caseload.worker(id)
        let team = worker.flatMap { app.caseload.team($0.team)?.name } ?? ""
        return [
          TableCell(lead + id.rawValue), TableCell(worker?.name ?? ""), TableCell("worker"),
          TableCell(team, role: .dim),
        ]
      }
    }
    Table(
      columns: [
        TableColumn(" Id", width: .fixed(9)), TableColumn("Name", width: .fill),
        TableColumn("Type", width: .fixed(6)), TableColumn("Worker / team", width: .fixed(28)),
      ], rows: rows, position: position
    ).render(
      into: &canvas,
      rect: Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: rect.height - 2),
      focused: false)
    prompt.render(
      into: &canvas, rect: Rect(x: rect.x + x, y: rect.y, width: rect.width - x, height: 1),
      focused: true)
  }
}
