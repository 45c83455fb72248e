import CaseloadCore

/// One line of a document to read (case detail, a session's record): a heading, a title, or
/// a body that may run over several lines. Only a body keeps its line breaks; in a title or
/// reason a line break, like any control character, is spelled out so it cannot fake a line.
public struct DocumentLine: Hashable, Sendable {
  public var text: String
  public var role: StyleRole
  public var indent: Int
  /// The item this line starts, when the document's items can be chosen (records, actions).
  public var item: Int?

  public init(
    _ text: String, role: StyleRole = .normal, indent: Int = 0, multiline: Bool = false,
    item: Int? = nil
  ) {
    self.text =
      multiline
      ? text.split(separator: "\n", omittingEmptySubsequences: false).map(\.terminalSafe)
        .joined(separator: "\n")
      : text.terminalSafe
    self.role = role
    self.indent = indent
    self.item = item
  }

  public static func heading(_ text: String) -> DocumentLine {
    DocumentLine(text, role: .header)
  }
}

/// Document lines wrapped to a width and drawn from a first row, with the chosen item's
/// first row marked `>` and highlighted.
public struct Document: Hashable, Sendable {
  /// One wrapped row on screen.
  public struct Row: Hashable, Sendable {
    public var text: String
    public var role: StyleRole
    /// Set on the first row of an item.
    public var item: Int?
  }

  public private(set) var rows: [Row] = []

  public init(_ lines: [DocumentLine], width: Int, chosen: Int? = nil) {
    for line in lines {
      let indent = String(repeating: "  ", count: line.indent)
      for (index, part) in wordWrap(line.text, width: max(1, width - indent.count - 2))
        .enumerated()
      {
        let starts = index == 0 ? line.item : nil
        let lead = starts != nil && starts == chosen ? "> " : "  "
        rows.append(Row(text: lead + indent + part, role: line.role, item: starts))
      }
    }
  }

  /// The row an item starts on.
  public func row(of item: Int) -> Int? { rows.firstIndex { $0.item == item } }

  /// How many items the document has.
  public var itemCount: Int { rows.count { $0.item != nil } }

  /// Draws the rows from `first` into the rectangle; the chosen item's row is selected.
  public func render(into canvas: inout Canvas, rect: Rect, first: Int, chosen: Int? = nil) {
    for (offset, row) in rows.dropFirst(max(0, first)).prefix(rect.height).enumerated() {
      let y = rect.y + offset
      let isChosen = chosen != nil && row.item == chosen
      if row.role == .header {
        canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: .header)
      }
      canvas.put(
        row.text, x: rect.x, y: y, role: isChosen ? .selected : row.role, width: rect.width)
      if isChosen {
        canvas.styleRow(y: y, role: .selected, from: rect.x, width: rect.width)
        canvas.cursor = (rect.x, y)
      }
    }
  }

  /// The chosen item after a movement: j/k go one item, a page goes as far as the rows really
  /// on screen, Home and End to the first and the last.
  public func item(after intent: KeyIntent, from chosen: Int, visibleRows: Int) -> Int {
    let starts = rows.indices.filter { rows[$0].item != nil }
    guard !starts.isEmpty else { return 0 }
    let current = min(max(0, chosen), starts.count - 1)
    switch intent {
    case .up: return max(0, current - 1)
    case .down: return min(starts.count - 1, current + 1)
    case .top: return 0
    case .bottom: return starts.count - 1
    case .pageDown:
      let target = starts[current] + max(1, visibleRows - 1)
      return starts.lastIndex { $0 <= target }.map { max($0, min(starts.count - 1, current + 1)) }
        ?? current
    case .pageUp:
      let target = starts[current] - max(1, visibleRows - 1)
      return starts.firstIndex { $0 >= target }.map { min($0, max(0, current - 1)) } ?? 0
    default: return current
    }
  }

  /// The first row to draw so a document of plain text scrolls by `intent` from `first`.
  public func scroll(_ intent: KeyIntent, from first: Int, visibleRows: Int) -> Int {
    let last = max(0, rows.count - visibleRows)
    let page = max(1, visibleRows - 1)
    switch intent {
    case .up: return max(0, first - 1)
    case .down: return min(last, first + 1)
    case .pageUp: return max(0, first - page)
    case .pageDown: return min(last, first + page)
    case .top: return 0
    case .bottom: return last
    default: return min(first, last)
    }
  }
}
