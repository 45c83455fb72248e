/// One column of a table: its title, its width and where its text sits.
public struct TableColumn: Hashable, Sendable {
  public var title: String
  public var width: LayoutSize
  public var alignment: Alignment

  public init(_ title: String, width: LayoutSize, alignment: Alignment = .left) {
    self.title = title
    self.width = width
    self.alignment = alignment
  }
}

/// What one table cell shows: text in a role, or a load bar.
public struct TableCell: Hashable, Sendable, ExpressibleByStringLiteral {
  /// Text, or a load bar drawn to the column's width.
  public enum Content: Hashable, Sendable {
    case text(String)
    case bar(LoadBar)
  }

  public var content: Content
  public var role: StyleRole

  public init(_ text: String, role: StyleRole = .normal) {
    content = .text(text)
    self.role = role
  }

  public init(stringLiteral text: String) {
    self.init(text)
  }

  public static func bar(_ bar: LoadBar) -> TableCell {
    var cell = TableCell("")
    cell.content = .bar(bar)
    return cell
  }
}

/// Rows under a header row, with a selected row that is always scrolled into view and
/// marked by `>` in a one-cell gutter (a row marked with Space shows the mark glyph there).
public struct Table: Hashable, Sendable {
  public var columns: [TableColumn]
  public var rows: [[TableCell]]
  public var position: ListPosition
  public var showsHeader: Bool
  /// Rows marked for a bulk action, by index.
  public var marked: Set<Int>

  public init(
    columns: [TableColumn], rows: [[TableCell]], position: ListPosition = ListPosition(),
    showsHeader: Bool = true, marked: Set<Int> = []
  ) {
    self.columns = columns
    self.rows = rows
    self.position = position
    self.showsHeader = showsHeader
    self.marked = marked
  }

  /// How many rows fit in a rectangle of this height: what to page by.
  public func visibleRows(height: Int) -> Int {
    Self.visibleRows(height: height, showsHeader: showsHeader)
  }

  /// How many rows a table fits in `height`, for screens that page before they draw.
  public static func visibleRows(height: Int, showsHeader: Bool = true) -> Int {
    max(0, height - (showsHeader ? 1 : 0))
  }

  /// Draws the table and returns the y of the selected row when it is drawn. When focused,
  /// the terminal's cursor is put on that row, where screen readers look for it.
  @discardableResult
  public func render(into canvas: inout Canvas, rect: Rect, focused: Bool = true) -> Int? {
    guard !rect.isEmpty else { return nil }
    let gutter = 1
    let cells = Rect(
      x: rect.x + gutter, y: rect.y, width: max(0, rect.width - gutter), height: rect.height
    ).columns(columns.map(\.width), spacing: 1)
    var y = rect.y
    if showsHeader {
      canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: .header)
      for (column, cell) in zip(columns, cells) {
        canvas.put(
          column.title, x: cell.x, y: y, role: .header, width: cell.width,
          alignment: column.alignment)
      }
      y += 1
    }
    let visible = visibleRows(height: rect.height)
    let first = position.visibleOffset(rowCount: rows.count, visibleRows: visible)
    var selectedY: Int?
    for index in first..<min(rows.count, first + visible) {
      let isSelected = index == position.selected
      canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1))
      let marker = marked.contains(index) ? canvas.glyphs.mark : isSelected ? ">" : " "
      canvas.put(marker, x: rect.x, y: y, width: gutter)
      for (offset, cell) in zip(rows[index], cells).enumerated() {
        let (value, area) = cell
        switch value.content {
        case .text(let text):
          canvas.put(
            text, x: area.x, y: y, role: value.role, width: area.width,
            alignment: columns[offset].alignment)
        case .bar(let bar):
          bar.render(into: &canvas, x: area.x, y: y, width: area.width)
        }
      }
      if isSelected {
        canvas.styleRow(y: y, role: .selected, from: rect.x, width: rect.width)
        selectedY = y
      }
      y += 1
    }
    if focused, let selectedY { canvas.cursor = (rect.x, selectedY) }
    return selectedY
  }
}
