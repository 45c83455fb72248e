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

extension String {
  /// JSON text with every character `terminalNotation` would spell out that is not already
  /// escaped written as `\uXXXX`: DEL, C1, line and paragraph separators, bidi overrides and
  /// isolates (JSON encoders escape C0 but leave these raw). Such characters can only stand
  /// inside JSON strings, so the result is the same JSON.
  public var jsonSafe: String {
    guard unicodeScalars.contains(where: { $0.value >= 0x7F && $0.terminalNotation != nil }) else {
      return self
    }
    var result = ""
    for scalar in unicodeScalars {
      if scalar.value >= 0x7F, scalar.terminalNotation != nil {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        result += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
