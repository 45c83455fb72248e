extension Unicode.Scalar {
  /// How this scalar is shown when it must not reach the terminal raw, or nil when it is safe.
  /// C0 controls and DEL use caret notation (`^[`, `^?`); C1 controls, bidi overrides and
  /// isolates, and line and paragraph separators use `\u{9B}` notation.
  public var terminalNotation: String? {
    switch value {
    case 0x00...0x1F:
      return "^" + String(Character(Unicode.Scalar(UInt8(value + 0x40))))
    case 0x7F:
      return "^?"
    case 0x80...0x9F, 0x2028...0x2029, 0x202A...0x202E, 0x2066...0x2069:
      return "\\u{" + String(value, radix: 16, uppercase: true) + "}"
    default:
      return nil
    }
  }
}

extension StringProtocol {
  /// This text with every control character spelled out, so that data can never move the
  /// cursor, change colours or reorder a line on the terminal.
  public var terminalSafe: String {
    guard unicodeScalars.contains(where: { $0.terminalNotation != nil }) else {
      return String(self)
    }
    var safe = ""
    for scalar in unicodeScalars {
      if let notation = scalar.terminalNotation {
        safe += notation
      } else {
        safe.unicodeScalars.append(scalar)
      }
    }
    return safe
  }
}

/// The text with every control character spelled out; see `terminalSafe`.
public func sanitized(_ text: some StringProtocol) -> String {
  text.terminalSafe
}
