// Widths come from Unicode data compiled into this file and the Swift standard library, not
// from libc's wcwidth: wcwidth answers by the process locale, so the same name could measure
// differently on two servers and tests could not pin a layout down.

extension Unicode.Scalar {
  /// Columns a terminal gives this scalar on its own: 0, 1 or 2.
  /// East Asian Ambiguous characters (box drawing, `…`) count as 1, as terminals do outside
  /// legacy CJK settings.
  var columnWidth: Int {
    let value = self.value
    if value < 0x7F { return value < 0x20 ? 0 : 1 }
    if isZeroWidth { return 0 }
    if properties.isEmojiPresentation || Self.isEastAsianWide(value) { return 2 }
    return 1
  }

  /// Whether this scalar, after an emoji, makes the cluster an emoji drawn in two columns:
  /// emoji presentation selector, zero width joiner, keycap, skin tone, flag or tag.
  var makesEmojiSequence: Bool {
    switch value {
    case 0xFE0F, 0x200D, 0x20E3, 0x1F3FB...0x1F3FF, 0x1F1E6...0x1F1FF, 0xE0020...0xE007F:
      return true
    default:
      return false
    }
  }

  private var isZeroWidth: Bool {
    switch properties.generalCategory {
    case .nonspacingMark, .enclosingMark:
      return true
    case .format:
      // The soft hyphen is a format character that terminals still draw.
      return value != 0xAD
    default:
      // Hangul vowel and final jamo join the initial jamo in its two columns.
      return (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value)
    }
  }

  /// East Asian Width W and F, from Unicode's EastAsianWidth.txt, merged into blocks.
  /// Emoji with default emoji presentation come from the standard library instead.
  private static func isEastAsianWide(_ value: UInt32) -> Bool {
    var low = 0
    var high = wideRanges.count - 1
    while low <= high {
      let middle = (low + high) / 2
      let range = wideRanges[middle]
      if value < range.lowerBound {
        high = middle - 1
      } else if value > range.upperBound {
        low = middle + 1
      } else {
        return true
      }
    }
    return false
  }

  private static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F,  // Hangul Jamo initial consonants
    0x2329...0x232A,  // angle brackets
    0x2E80...0x2FFF,  // CJK radicals, Kangxi radicals, ideographic description
    0x3000...0x303E,  // ideographic space, CJK symbols and punctuation
    0x3041...0x33FF,  // Hiragana, Katakana, Bopomofo, Hangul compatibility jamo, enclosed CJK
    0x3400...0x4DBF,  // CJK Extension A
    0x4E00...0x9FFF,  // CJK Unified Ideographs
    0xA000...0xA4CF,  // Yi
    0xA960...0xA97F,  // Hangul Jamo Extended-A
    0xAC00...0xD7A3,  // Hangul syllables
    0xF900...0xFAFF,  // CJK compatibility ideographs
    0xFE10...0xFE19,  // vertical forms
    0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
    0xFF00...0xFF60,  // fullwidth ASCII and punctuation
    0xFFE0...0xFFE6,  // fullwidth signs
    0x16FE0...0x16FE4,  // ideographic symbols
    0x16FF0...0x16FF1,
    0x17000...0x18CFF,  // Tangut, Khitan
    0x18D00...0x18D08,
    0x1AFF0...0x1B2FF,  // Kana extensions, Nushu
    0x1F200...0x1F2FF,  // enclosed ideographic supplement
    0x20000...0x2FFFD,  // CJK Extensions B to F
    0x30000...0x3FFFD,  // CJK Extensions G and H
  ]
}

extension Character {
  /// Columns this character takes on a terminal: 0, 1 or 2.
  /// A control character measures as the notation it is drawn in (`^[` is 2), so measuring raw
  /// data and drawing it always agree.
  public var displayWidth: Int {
    let scalars = unicodeScalars
    if scalars.contains(where: { $0.terminalNotation != nil }) {
      return String(self).terminalSafe.displayWidth
    }
    guard let first = scalars.first else { return 0 }
    if scalars.count > 1 && first.properties.isEmoji
      && scalars.dropFirst().contains(where: \.makesEmojiSequence)
    {
      return 2
    }
    return first.columnWidth
  }
}

extension Sequence where Element == Character {
  /// Columns this text (a String, Substring or run of characters) takes on a terminal.
  public var displayWidth: Int {
    reduce(0) { $0 + $1.displayWidth }
  }
}
