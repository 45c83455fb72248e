/// Where text sits in a wider space.
public enum Alignment: Hashable, Sendable {
  case left, center, right
}

extension Canvas {
  /// Draws text from `x`, measured by display width, made terminal-safe first.
  /// Text longer than `width` (or than the canvas) is cut, and its last visible cell shows the
  /// ellipsis glyph; a wide character that would be split is left out for a space instead.
  /// Returns the columns used, counted from `x`.
  @discardableResult
  public mutating func put(
    _ text: some StringProtocol, x: Int, y: Int, role: StyleRole = .normal, width: Int? = nil,
    alignment: Alignment = .left
  ) -> Int {
    guard y >= 0, y < height, x >= 0 else { return 0 }
    let limit = min(width ?? Int.max, self.width - x)
    guard limit > 0 else { return 0 }
    let safe = text.terminalSafe
    let textWidth = safe.displayWidth
    if textWidth <= limit {
      let padding: Int
      switch alignment {
      case .left: padding = 0
      case .center: padding = (limit - textWidth) / 2
      case .right: padding = limit - textWidth
      }
      return padding + draw(safe, x: x + padding, y: y, role: role, limit: textWidth)
    }
    let ellipsis = glyphs.ellipsis.displayWidth <= limit ? glyphs.ellipsis : ""
    let room = limit - ellipsis.displayWidth
    var used = draw(safe, x: x, y: y, role: role, limit: room)
    while used < room {
      setCell(" ", wide: false, x: x + used, y: y, role: role)
      used += 1
    }
    return used + draw(ellipsis, x: x + used, y: y, role: role, limit: limit - used)
  }

  /// Blanks every cell of the rectangle and gives it a role.
  public mutating func fill(_ rect: Rect, role: StyleRole = .normal) {
    let area = rect.intersection(bounds)
    for y in area.y..<area.maxY {
      for x in area.x..<area.maxX {
        setCell(" ", wide: false, x: x, y: y, role: role)
      }
    }
  }

  /// Draws a horizontal line.
  public mutating func hline(y: Int, x: Int, width: Int, role: StyleRole = .normal) {
    for column in x..<x + max(0, width) {
      put(glyphs.horizontal, x: column, y: y, role: role, width: 1)
    }
  }

  /// Draws a vertical line.
  public mutating func vline(x: Int, y: Int, height: Int, role: StyleRole = .normal) {
    for row in y..<y + max(0, height) {
      put(glyphs.vertical, x: x, y: row, role: role, width: 1)
    }
  }

  /// Draws a border round the rectangle with an optional title in its top edge, and returns
  /// the space inside it.
  @discardableResult
  public mutating func box(_ rect: Rect, title: String? = nil, role: StyleRole = .normal) -> Rect {
    guard rect.width >= 2, rect.height >= 2 else {
      return Rect(x: rect.x, y: rect.y, width: 0, height: 0)
    }
    hline(y: rect.y, x: rect.x + 1, width: rect.width - 2, role: role)
    hline(y: rect.maxY - 1, x: rect.x + 1, width: rect.width - 2, role: role)
    vline(x: rect.x, y: rect.y + 1, height: rect.height - 2, role: role)
    vline(x: rect.maxX - 1, y: rect.y + 1, height: rect.height - 2, role: role)
    put(glyphs.topLeft, x: rect.x, y: rect.y, role: role, width: 1)
    put(glyphs.topRight, x: rect.maxX - 1, y: rect.y, role: role, width: 1)
    put(glyphs.bottomLeft, x: rect.x, y: rect.maxY - 1, role: role, width: 1)
    put(glyphs.bottomRight, x: rect.maxX - 1, y: rect.maxY - 1, role: role, width: 1)
    if let title, !title.isEmpty, rect.width >= 6 {
      put(" \(title) ", x: rect.x + 1, y: rect.y, role: role, width: rect.width - 3)
    }
    return rect.inset(by: 1)
  }

  /// Gives cells a role without changing their text, such as highlighting a selected row.
  public mutating func styleRow(y: Int, role: StyleRole, from x: Int = 0, width: Int? = nil) {
    guard y >= 0, y < height else { return }
    let end = min(self.width, x + (width ?? self.width))
    for column in max(0, x)..<max(max(0, x), end) {
      self[column, y].role = role
    }
  }

  /// Draws characters that fit in `limit` columns, stopping at the first that does not; a
  /// zero-width character joins the cell before it. Returns the columns used.
  private mutating func draw(_ safe: String, x: Int, y: Int, role: StyleRole, limit: Int) -> Int {
    var column = x
    var lastCell: Int?
    for character in safe {
      let width = character.displayWidth
      // A joiner that joins nothing inside its cell would join the next cell's character on
      // the terminal (a name's last letter with a load bar's bracket): it is dropped.
      let text = String(character).droppingTrailingJoiners
      if width == 0 {
        if let lastCell { self[lastCell, y].text += text }
        continue
      }
      guard column + width <= x + limit, column + width <= self.width else { break }
      setCell(text, wide: width == 2, x: column, y: y, role: role)
      lastCell = column
      column += width
    }
    return column - x
  }

  /// Writes one cell (two for a wide character), blanking any wide character it cuts in half
  /// so that a row never holds half a character.
  private mutating func setCell(_ text: String, wide: Bool, x: Int, y: Int, role: StyleRole) {
    release(x: x, y: y)
    if wide { release(x: x + 1, y: y) }
    self[x, y] = Cell(text, role: role)
    if wide { self[x + 1, y] = Cell("", role: role) }
  }

  private mutating func release(x: Int, y: Int) {
    guard contains(x: x, y: y) else { return }
    let cell = self[x, y]
    if cell.text.isEmpty {
      self[x - 1, y].text = " "
    } else if cell.text.displayWidth == 2, self[x + 1, y].text.isEmpty {
      self[x + 1, y].text = " "
    }
  }
}

extension String {
  /// The text without zero width joiners at its end, where they could join what follows.
  var droppingTrailingJoiners: String {
    guard unicodeScalars.last?.value == 0x200D else { return self }
    var scalars = unicodeScalars
    while scalars.last?.value == 0x200D { scalars.removeLast() }
    return String(scalars)
  }
}
