import CaseloadCore

/// A one-line text field, such as the search box or the reason for a reassignment; text
/// longer than the field scrolls sideways to keep the caret in view.
public struct Prompt: Hashable, Sendable {
  public private(set) var characters: [Character]
  /// The caret, as a count of characters before it.
  public private(set) var cursor: Int
  /// The width the field is drawn at; scrolling needs it.
  public private(set) var viewportWidth: Int
  /// The first character in view.
  public private(set) var offset = 0

  /// The most characters a one-line field takes: a name or reason is refused past it anyway,
  /// and a paste over it is refused whole (the screen says so) rather than cut.
  public static let characterLimit = RecordField.textLimit

  /// A field holding `text`, with the caret at its end.
  public init(text: String = "", width: Int = 40) {
    characters = Array(Self.clean(text))
    cursor = characters.count
    viewportWidth = max(1, width)
    offset = visibleOffset(width: viewportWidth)
  }

  public var text: String { String(characters) }

  /// Tells the field the width it is drawn at.
  public mutating func resize(width: Int) {
    viewportWidth = max(1, width)
    offset = visibleOffset(width: viewportWidth)
  }

  /// Acts on a key and says whether the field used it; Enter, Esc, Up and Down are left for
  /// the screen (to submit, cancel or move through results).
  public mutating func handle(_ key: Key) -> Bool {
    switch key {
    case .char(let character):
      guard character.unicodeScalars.allSatisfy({ $0.terminalNotation == nil }) else {
        return false
      }
      // A full field takes no more typing; the key is still the field's, not a command.
      if characters.count < Self.characterLimit { insert(String(character)) }
    case .paste(let text):
      let cleaned = Self.clean(text)
      guard characters.count + cleaned.count <= Self.characterLimit else { return false }
      insert(cleaned)
    case .backspace:
      guard cursor > 0 else { break }
      characters.remove(at: cursor - 1)
      cursor -= 1
    case .delete:
      guard cursor < characters.count else { break }
      characters.remove(at: cursor)
    case .left:
      cursor = max(0, cursor - 1)
    case .right:
      cursor = min(characters.count, cursor + 1)
    case .home:
      cursor = 0
    case .end:
      cursor = characters.count
    default:
      return false
    }
    offset = visibleOffset(width: viewportWidth)
    return true
  }

  /// Inserts text at the caret; line breaks become spaces and control codes are dropped.
  public mutating func insert(_ text: String) {
    for character in Self.clean(text) {
      cursor = characters.insertJoining(character, at: cursor)
    }
  }

  /// Draws the part of the text in view; when focused, puts the terminal's cursor at the caret.
  public func render(
    into canvas: inout Canvas, rect: Rect, focused: Bool, role: StyleRole = .normal
  ) {
    guard !rect.isEmpty else { return }
    let first = visibleOffset(width: rect.width)
    var shown = ""
    var used = 0
    for character in characters[first...] {
      guard used + character.displayWidth <= rect.width else { break }
      shown.append(character)
      used += character.displayWidth
    }
    canvas.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), role: role)
    canvas.put(shown, x: rect.x, y: rect.y, role: role, width: rect.width)
    if focused {
      canvas.cursor = (rect.x + characters[first..<cursor].displayWidth, rect.y)
    }
  }

  /// The first character to show so the caret (and a cell for it) fits in `width`, scrolling
  /// as little as possible, and showing as much text as fits when it has room.
  private func visibleOffset(width: Int) -> Int {
    let room = max(0, width - 1)
    var first = min(offset, cursor)
    // Widths are added up as the start moves, not measured again for each step, so a long
    // text costs its length and not its square.
    var before = characters[first..<cursor].displayWidth
    while first < cursor && before > room {
      before -= characters[first].displayWidth
      first += 1
    }
    var after = characters[first...].displayWidth
    while first > 0 && after + characters[first - 1].displayWidth <= room {
      first -= 1
      after += characters[first].displayWidth
    }
    return first
  }

  private static func clean(_ text: String) -> String {
    String(text.cleanedForEditing.map { $0 == "\n" ? " " : $0 })
  }
}
