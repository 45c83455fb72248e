/// One row of wrapped text on screen: a run of characters from one line.
struct VisualRow: Hashable, Sendable {
  var line: Int
  var range: Range<Int>
}

extension TextEditor {
  /// Every line wrapped to the viewport, one column short of it so that the caret always has
  /// a cell at the end of a full row.
  var visualRows: [VisualRow] {
    rows(wrappingAt: viewportWidth - 1)
  }

  /// The wrapped row the cursor is on.
  var cursorRow: Int { cursorRow(in: visualRows) }

  func rows(wrappingAt width: Int) -> [VisualRow] {
    lines.enumerated().flatMap { line, characters in
      wrapRanges(characters, width: width).map { VisualRow(line: line, range: $0) }
    }
  }

  /// A cursor at the very end of a row belongs to the next row, except at the end of a line.
  func cursorRow(in rows: [VisualRow]) -> Int {
    rows.firstIndex { row in
      row.line == cursor.line
        && (cursor.column < row.range.upperBound || isLastOfLine(row))
    } ?? 0
  }

  func isLastOfLine(_ row: VisualRow) -> Bool {
    row.range.upperBound == lines[row.line].count
  }

  /// The display column of a position within its row.
  func x(of position: TextPosition, in row: VisualRow) -> Int {
    lines[row.line][row.range.lowerBound..<position.column].displayWidth
  }

  /// The position in a row nearest the left of display column `goal`.
  func position(in row: VisualRow, atX goal: Int) -> TextPosition {
    var x = 0
    var column = row.range.lowerBound
    for character in lines[row.line][row.range] {
      let width = character.displayWidth
      if x + width > goal { break }
      x += width
      column += 1
    }
    return TextPosition(line: row.line, column: min(column, endColumn(of: row)))
  }

  /// Where End puts the cursor: the end of the line, or on a wrapped row just before the
  /// space it broke at (the end itself would be the start of the next row).
  func endColumn(of row: VisualRow) -> Int {
    isLastOfLine(row) ? row.range.upperBound : row.range.upperBound - 1
  }

  /// The first row to show so the caret is in view, with no empty space below the text.
  static func firstRow(scroll: Int, caretRow: Int, rowCount: Int, height: Int) -> Int {
    let clamped = min(max(0, scroll), max(0, rowCount - height))
    return max(0, scrollOffset(current: clamped, keeping: caretRow, visible: height))
  }

  /// Draws the wrapped text, scrolled so the caret is in view; when focused, puts the
  /// terminal's cursor at the caret.
  public func render(into canvas: inout Canvas, rect: Rect, focused: Bool) {
    guard !rect.isEmpty else { return }
    let layout = rows(wrappingAt: rect.width - 1)
    let caretRow = cursorRow(in: layout)
    let first = Self.firstRow(
      scroll: scroll, caretRow: caretRow, rowCount: layout.count, height: rect.height)
    canvas.fill(rect)
    for (offset, row) in layout[first..<min(layout.count, first + rect.height)].enumerated() {
      var shown = lines[row.line][row.range]
      // Spaces at a wrap hang past the edge; they are invisible, so they are not drawn.
      while shown.last == " " { shown.removeLast() }
      canvas.put(String(shown), x: rect.x, y: rect.y + offset, width: rect.width)
    }
    if focused {
      let x = min(rect.width - 1, x(of: cursor, in: layout[caretRow]))
      canvas.cursor = (rect.x + x, rect.y + caretRow - first)
    }
  }
}
