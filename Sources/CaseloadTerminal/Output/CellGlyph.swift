/// The characters handed to ncurses for one canvas cell, made safe to send to a terminal.
enum CellGlyph {
  static let replacement: UInt32 = 0x3F  // "?"

  /// At most one spacing character and its combining marks fit in an ncurses cell.
  static let maximumScalars = 4

  /// The Unicode values to draw for `text`, or nil for a continuation cell, which holds
  /// nothing because the wide character to its left covers it.
  ///
  /// The UI has already escaped control characters, but one reaching the terminal raw could
  /// rewrite the screen or the user's terminal settings, so any left become `?` here too.
  /// Outside a UTF-8 locale ncurses cannot encode other scripts, and a mis-measured name
  /// would break the layout, so anything beyond ASCII becomes `?` as well.
  static func scalars(for text: String, utf8: Bool) -> [UInt32]? {
    if text.isEmpty { return nil }
    // A cell holds a few scalars; a longer emoji sequence keeps what fits, never ending on a
    // joiner, which would join the next cell's character on the terminal.
    var values = text.unicodeScalars.prefix(maximumScalars).map(\.value)
    while values.count > 1, values.last == 0x200D { values.removeLast() }
    let safe = values.allSatisfy { value in
      !isControl(value) && (utf8 || value < 0x7F)
    }
    return safe ? values : [replacement]
  }

  static func isControl(_ value: UInt32) -> Bool {
    value < 0x20 || (0x7F...0x9F).contains(value)
  }
}
