import CaseloadCore

/// A multi-line text field with word wrap for supervision and oversight notes: typing,
/// paste, wide characters, and cursor keys that move by the rows the user sees.
public struct TextEditor: Hashable, Sendable {
  /// The text, line by line, as characters.
  public private(set) var lines: [[Character]]
  public private(set) var cursor: TextPosition
  /// The size of the rectangle the editor is drawn in; keys that move by rows need it.
  public private(set) var viewportWidth: Int
  public private(set) var viewportHeight: Int
  /// The first wrapped row in view.
  public private(set) var scroll = 0
  /// The column, in display cells, that Up and Down try to keep.
  private var goalX: Int?

  /// Spaces a tab becomes.
  static let tabWidth = 4

  /// The most characters the editor holds, line breaks included: what a note's text may be.
  /// Typing stops there, and a paste that would go past it is refused whole (the screen says
  /// so), so every key stays quick.
  public static let characterLimit = RecordField.noteLimit

  /// How many characters the text has, line breaks included.
  public var characterCount: Int { lines.reduce(lines.count - 1) { $0 + $1.count } }

  /// An editor holding `text`, with the cursor at its end.
  public init(text: String = "", width: Int = 80, height: Int = 10) {
    lines = text.cleanedForEditing.split(separator: "\n", omittingEmptySubsequences: false)
      .map(Array.init)
    cursor = TextPosition(line: 0, column: 0)
    viewportWidth = max(1, width)
    viewportHeight = max(1, height)
    let last = lines.count - 1
    cursor = TextPosition(line: last, column: lines[last].count)
    keepCursorInView()
  }

  /// The text with lines joined by `\n`.
  public var text: String {
    lines.map { String($0) }.joined(separator: "\n")
  }

  public var isEmpty: Bool { lines.count == 1 && lines[0].isEmpty }

  /// Tells the editor the size it is drawn at, so that Up, Down and the page keys move by the
  /// rows on screen.
  public mutating func resize(width: Int, height: Int) {
    viewportWidth = max(1, width)
    viewportHeight = max(1, height)
    keepCursorInView()
  }

  /// Acts on a key and says whether the editor used it; keys it leaves (Esc, Tab, Ctrl-S, F2)
  /// are for the screen.
  public mutating func handle(_ key: Key) -> Bool {
    var keepsGoal = false
    switch key {
    case .char(let character):
      if character != "\t" && !character.isNewline
        && character.unicodeScalars.contains(where: { $0.terminalNotation != nil })
      {
        return false
      }
      // A full editor takes no more typing; the key is still the editor's, not a command.
      if characterCount < Self.characterLimit {
        insert(character.isNewline ? "\n" : String(character))
      }
    case .paste(let text):
      let cleaned = text.cleanedForEditing
      guard characterCount + cleaned.count <= Self.characterLimit else { return false }
      insert(cleaned)
    case .enter:
      if characterCount < Self.characterLimit { insert("\n") }
    case .backspace:
      deleteBackward()
    case .delete:
      deleteForward()
    case .left:
      moveLeft()
    case .right:
      moveRight()
    case .up:
      moveVertically(by: -1)
      keepsGoal = true
    case .down:
      moveVertically(by: 1)
      keepsGoal = true
    case .pageUp:
      scroll -= viewportHeight
      moveVertically(by: -viewportHeight)
      keepsGoal = true
    case .pageDown:
      scroll += viewportHeight
      moveVertically(by: viewportHeight)
      keepsGoal = true
    case .home:
      let row = visualRows[cursorRow]
      cursor.column = row.range.lowerBound
    case .end:
      let rows = visualRows
      cursor.column = endColumn(of: rows[cursorRow(in: rows)])
    default:
      return false
    }
    if !keepsGoal { goalX = nil }
    keepCursorInView()
    return true
  }

  /// Inserts text at the cursor as typed or pasted, cleaned as `cleanedForEditing` says.
  public mutating func insert(_ text: String) {
    for character in text.cleanedForEditing {
      if character == "\n" {
        let tail = Array(lines[cursor.line][cursor.column...])
        lines[cursor.line].removeSubrange(cursor.column...)
        lines.insert(tail, at: cursor.line + 1)
        cursor = TextPosition(line: cursor.line + 1, column: 0)
      } else {
        cursor.column = lines[cursor.line].insertJoining(character, at: cursor.column)
      }
    }
  }

  private mutating func deleteBackward() {
    if cursor.column > 0 {
      lines[cursor.line].remove(at: cursor.column - 1)
      cursor.column -= 1
    } else if cursor.line > 0 {
      let line = lines.remove(at: cursor.line)
      cursor = TextPosition(line: cursor.line - 1, column: lines[cursor.line - 1].count)
      lines[cursor.line] += line
    }
  }

  private mutating func deleteForward() {
    if cursor.column < lines[cursor.line].count {
      lines[cursor.line].remove(at: cursor.column)
    } else if cursor.line < lines.count - 1 {
      lines[cursor.line] += lines.remove(at: cursor.line + 1)
    }
  }

  private mutating func moveLeft() {
    if cursor.column > 0 {
      cursor.column -= 1
    } else if cursor.line > 0 {
      cursor = TextPosition(line: cursor.line - 1, column: lines[cursor.line - 1].count)
    }
  }

  private mutating func moveRight() {
    if cursor.column < lines[cursor.line].count {
      cursor.column += 1
    } else if cursor.line < lines.count - 1 {
      cursor = TextPosition(line: cursor.line + 1, column: 0)
    }
  }

  /// Moves by wrapped rows, keeping the display column; past the first or last row it goes to
  /// the start or end of the text, as text fields do.
  private mutating func moveVertically(by rows: Int) {
    let layout = visualRows
    let current = cursorRow(in: layout)
    let goal = goalX ?? x(of: cursor, in: layout[current])
    goalX = goal
    var target = current + rows
    if target < 0 {
      guard current > 0 else {
        cursor = TextPosition(line: 0, column: 0)
        return
      }
      target = 0
    } else if target >= layout.count {
      guard current < layout.count - 1 else {
        cursor = TextPosition(line: lines.count - 1, column: lines[lines.count - 1].count)
        return
      }
      target = layout.count - 1
    }
    cursor = position(in: layout[target], atX: goal)
  }

  private mutating func keepCursorInView() {
    let layout = visualRows
    scroll = Self.firstRow(
      scroll: scroll, caretRow: cursorRow(in: layout), rowCount: layout.count,
      height: viewportHeight)
  }
}
