/// Text broken into lines of at most `width` columns: at spaces where it can, and hard inside
/// a word longer than a whole line. Each newline starts a new paragraph; spaces at a break
/// are dropped.
public func wordWrap(_ text: some StringProtocol, width: Int) -> [String] {
  text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).flatMap { paragraph in
    let characters = Array(paragraph)
    return wrapRanges(characters, width: width).map { range in
      var line = characters[range]
      while line.last == " " { line.removeLast() }
      return String(line)
    }
  }
}

/// The rows one line of text wraps into, as ranges that together cover every character.
/// Spaces never start a new row: they hang past the end of the row they follow, so a caret
/// after them still belongs to that row. An empty line is one empty row.
func wrapRanges(_ characters: [Character], width: Int) -> [Range<Int>] {
  let width = max(1, width)
  var rows: [Range<Int>] = []
  var start = 0
  repeat {
    var used = 0
    var index = start
    var breakAfterSpaces: Int?
    var end = characters.count
    while index < characters.count {
      let character = characters[index]
      let characterWidth = character.displayWidth
      if character == " " {
        used += characterWidth
        index += 1
        breakAfterSpaces = index
        continue
      }
      if used + characterWidth > width && index > start {
        end = breakAfterSpaces ?? index
        break
      }
      used += characterWidth
      index += 1
    }
    rows.append(start..<end)
    start = end
  } while start < characters.count
  return rows
}

/// The offset of a scrolled view that keeps `target` in sight, moving as little as possible
/// from `current`.
func scrollOffset(current: Int, keeping target: Int, visible: Int) -> Int {
  guard visible > 0 else { return target }
  if target < current { return target }
  if target >= current + visible { return target - visible + 1 }
  return current
}
