/// What a cell means; the terminal layer maps each role to colours and attributes.
public enum StyleRole: Hashable, Sendable, CaseIterable {
  case normal, dim, selected, ok, warn, over, header, footer, highlight
  /// A footer key that needs something chosen first.
  case footerDim
}

/// One screen cell: the text drawn in it and its style role.
/// A wide character occupies its cell and marks the next one as a continuation (`text == ""`).
public struct Cell: Hashable, Sendable {
  public var text: String
  public var role: StyleRole

  public init(_ text: String = " ", role: StyleRole = .normal) {
    self.text = text
    self.role = role
  }

  public static let blank = Cell()
}

/// A rectangle on a canvas.
public struct Rect: Hashable, Sendable {
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int

  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = width
    self.height = height
  }
}

/// A grid of styled cells that screens render into and the terminal layer paints.
public struct Canvas: Hashable, Sendable {
  public let width: Int
  public let height: Int
  public private(set) var cells: [Cell]
  /// The characters widgets draw lines, bars and markers with on this terminal.
  public var glyphs: Glyphs
  /// Where the terminal's hardware cursor should sit (the selected row or the editor caret).
  public var cursor: (x: Int, y: Int)? {
    get { cursorX.map { ($0, cursorY) } }
    set {
      cursorX = newValue?.x
      cursorY = newValue?.y ?? 0
    }
  }
  private var cursorX: Int?
  private var cursorY = 0

  public init(width: Int, height: Int, glyphs: Glyphs = .unicode) {
    self.width = max(0, width)
    self.height = max(0, height)
    self.glyphs = glyphs
    cells = Array(repeating: .blank, count: self.width * self.height)
  }

  /// The cell at a position; outside the canvas reads blank and writes are dropped.
  /// Written text is made terminal-safe, so no control character from data can reach the
  /// terminal however a cell is set.
  public subscript(x: Int, y: Int) -> Cell {
    get {
      guard contains(x: x, y: y) else { return .blank }
      return cells[y * width + x]
    }
    set {
      guard contains(x: x, y: y) else { return }
      cells[y * width + x] = Cell(newValue.text.terminalSafe, role: newValue.role)
    }
  }

  /// Whether a position lies on the canvas.
  public func contains(x: Int, y: Int) -> Bool {
    x >= 0 && y >= 0 && x < width && y < height
  }

  /// The whole canvas as a rectangle.
  public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

  /// The rows as plain text, trailing spaces trimmed: what tests compare with.
  public var lines: [String] {
    (0..<height).map { y in
      var line = ""
      for x in 0..<width { line += cells[y * width + x].text }
      while line.hasSuffix(" ") { line.removeLast() }
      return line
    }
  }

  public var text: String { lines.joined(separator: "\n") }
}
