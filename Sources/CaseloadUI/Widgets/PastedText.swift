extension StringProtocol {
  /// Typed or pasted text made fit to keep in a text field: `\r\n`, `\r` and line separators
  /// become `\n`, a tab becomes four spaces, and every other control character is dropped,
  /// so that a note never stores an escape sequence or a bidi override.
  var cleanedForEditing: String {
    var cleaned = ""
    var afterCarriageReturn = false
    for scalar in unicodeScalars {
      defer { afterCarriageReturn = scalar == "\r" }
      switch scalar {
      case "\n":
        if !afterCarriageReturn { cleaned += "\n" }
      case "\r", "\u{85}", "\u{2028}", "\u{2029}":
        cleaned += "\n"
      case "\t":
        cleaned += "    "
      default:
        if scalar.terminalNotation == nil { cleaned.unicodeScalars.append(scalar) }
      }
    }
    return cleaned
  }
}

extension Array where Element == Character {
  /// Inserts a character, joining it to the one before when together they make one character
  /// (an accent typed after its letter, the halves of an emoji sequence). Returns the index
  /// after it.
  mutating func insertJoining(_ character: Character, at index: Int) -> Int {
    if index > 0 {
      let joined = String(self[index - 1]) + String(character)
      if joined.count == 1, let single = joined.first {
        self[index - 1] = single
        return index
      }
    }
    insert(character, at: index)
    return index + 1
  }
}
