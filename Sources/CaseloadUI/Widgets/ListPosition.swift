/// The selected row of a list and how far it is scrolled, kept in screen state between frames.
public struct ListPosition: Hashable, Sendable {
  /// The selected row, or nil when nothing is selected.
  public var selected: Int?
  /// The first row in view.
  public var offset: Int

  public init(selected: Int? = nil, offset: Int = 0) {
    self.selected = selected
    self.offset = offset
  }

  /// The first row to show so that the selected row is in view, scrolling as little as
  /// possible from `offset` and leaving no empty space below the last row.
  public func visibleOffset(rowCount: Int, visibleRows: Int) -> Int {
    guard rowCount > 0, visibleRows > 0 else { return 0 }
    var first = min(max(0, offset), max(0, rowCount - visibleRows))
    if let selected {
      let row = min(max(0, selected), rowCount - 1)
      first = scrollOffset(current: first, keeping: row, visible: visibleRows)
    }
    return first
  }

  /// Selects a row (clamped to the list) and scrolls it into view.
  public mutating func select(_ row: Int?, rowCount: Int, visibleRows: Int) {
    guard let row, rowCount > 0 else {
      selected = nil
      offset = visibleOffset(rowCount: rowCount, visibleRows: visibleRows)
      return
    }
    selected = min(max(0, row), rowCount - 1)
    offset = visibleOffset(rowCount: rowCount, visibleRows: visibleRows)
  }

  /// Moves the selection by some rows (a page is `visibleRows`), stopping at either end.
  public mutating func move(by rows: Int, rowCount: Int, visibleRows: Int) {
    select(
      (selected ?? (rows > 0 ? -1 : rowCount)) + rows, rowCount: rowCount, visibleRows: visibleRows)
  }

  /// The movement every list shares: up and down a row, a page of the rows really on screen,
  /// Home and End. Returns false for an intent that is not a movement.
  @discardableResult
  public mutating func move(_ intent: KeyIntent, rowCount: Int, visibleRows: Int) -> Bool {
    let page = max(1, visibleRows)
    switch intent {
    case .up: move(by: -1, rowCount: rowCount, visibleRows: page)
    case .down: move(by: 1, rowCount: rowCount, visibleRows: page)
    case .pageUp: move(by: -page, rowCount: rowCount, visibleRows: page)
    case .pageDown: move(by: page, rowCount: rowCount, visibleRows: page)
    case .top: select(0, rowCount: rowCount, visibleRows: page)
    case .bottom: select(rowCount - 1, rowCount: rowCount, visibleRows: page)
    default: return false
    }
    return true
  }

  /// Keeps the selection inside a list that may have shrunk under it.
  public mutating func clamp(rowCount: Int) {
    guard let current = selected else { return }
    if current >= rowCount { selected = rowCount > 0 ? rowCount - 1 : 0 }
  }
}

/// Rows picked with Space for a bulk action, by id; they belong to the list they were
/// picked in and go when their rows leave it.
public struct Marks<ID: Hashable & Sendable>: Hashable, Sendable {
  public private(set) var ids: Set<ID> = []

  public init() {}

  public var isEmpty: Bool { ids.isEmpty }
  public var count: Int { ids.count }
  public func contains(_ id: ID) -> Bool { ids.contains(id) }

  /// Marks an unmarked row and unmarks a marked one.
  public mutating func toggle(_ id: ID) {
    if ids.remove(id) == nil { ids.insert(id) }
  }

  public mutating func clear() { ids.removeAll() }

  /// Drops the marks of rows no longer in the list (moved away, closed).
  public mutating func keep(only rows: some Sequence<ID>) {
    ids.formIntersection(rows)
  }

  /// The marked rows of a list, in its order.
  public func picked(from rows: [ID]) -> [ID] { rows.filter(ids.contains) }

  /// "3 cases marked; r moves them together."
  public var summary: String {
    "\(count) case\(count == 1 ? "" : "s") marked; r moves them together."
  }
}
