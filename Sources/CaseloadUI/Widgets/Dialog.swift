/// One answer in a dialog: the key that picks it and what it does.
public struct DialogChoice: Hashable, Sendable {
  public var key: String
  public var label: String

  public init(key: String, label: String) {
    self.key = key
    self.label = label
  }
}

/// A box in the middle of the screen asking the user something, such as whether to discard
/// an unsaved note: a title, a wrapped message, and the keys that answer it.
public struct Dialog: Hashable, Sendable {
  public var title: String
  public var message: String
  public var choices: [DialogChoice]

  /// The widest a dialog grows, inside its border, so messages stay easy to read.
  static let maximumTextWidth = 56

  public init(title: String, message: String, choices: [DialogChoice]) {
    self.title = title
    self.message = message
    self.choices = choices
  }

  /// The choices as shown: `[y] Discard  [n] Keep editing`.
  var choicesLine: [(text: String, role: StyleRole)] {
    choices.enumerated().flatMap { index, choice in
      [
        (index == 0 ? "" : "  ", StyleRole.normal), ("[\(choice.key)]", .highlight),
        (" \(choice.label)", .normal),
      ]
    }
  }

  /// Draws the dialog centred in `area`, over whatever is there, and returns its box.
  @discardableResult
  public func render(into canvas: inout Canvas, area: Rect) -> Rect {
    let choicesWidth = choicesLine.reduce(0) { $0 + $1.text.displayWidth }
    let longest = message.split(whereSeparator: \.isNewline).map(\.displayWidth).max() ?? 0
    let textWidth = min(
      max(title.displayWidth + 3, choicesWidth, longest, 20), Self.maximumTextWidth,
      max(1, area.width - 4))
    var lines = wordWrap(message, width: textWidth)
    let spare = max(0, area.height - 5)
    if lines.count > spare {
      lines = Array(lines.prefix(spare))
      if let last = lines.popLast() { lines.append(last + canvas.glyphs.ellipsis) }
    }
    let box = area.centered(width: textWidth + 4, height: lines.count + 5)
    canvas.fill(box)
    let inside = canvas.box(box, title: title).inset(horizontal: 1, vertical: 0)
    for (row, line) in lines.enumerated() {
      canvas.put(line, x: inside.x, y: inside.y + 1 + row, width: inside.width)
    }
    var x = inside.x
    for part in choicesLine {
      let room = inside.maxX - x
      guard room > 0 else { break }
      x += canvas.put(part.text, x: x, y: inside.maxY - 1, role: part.role, width: room)
    }
    return box
  }
}
