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
}
