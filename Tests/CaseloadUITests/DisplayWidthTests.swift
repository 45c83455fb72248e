import CaseloadCore
import Testing

@testable import CaseloadUI

@Suite("Display width")
struct DisplayWidthTests {
  @Test(
    "names measure as a terminal draws them",
    arguments: [
      ("Ann", 3),
      ("Zoë", 3),
      ("Siobhán", 7),
      ("Łukasz", 6),
      ("Nguyễn", 6),
      ("Nguye\u{0302}\u{0303}n", 6),
      ("Zoe\u{0308}", 3),
      ("陈静", 4),
      ("陈 Jing", 7),
      ("김민준", 6),
      ("さくら", 6),
      ("ＡＢ", 4),
      ("👩‍👧", 2),
      ("👍🏽", 2),
      ("❤️", 2),
      ("🇬🇧", 2),
      ("1️⃣", 2),
      ("a\u{200B}b", 2),
      ("", 0),
    ])
  func names(text: String, width: Int) {
    #expect(text.displayWidth == width)
  }

  @Test("a decomposed accent is one character as wide as its letter")
  func decomposed() {
    let nguyen = "Nguye\u{0302}\u{0303}n"
    #expect(nguyen.count == 6)
    #expect(nguyen.map(\.displayWidth) == [1, 1, 1, 1, 1, 1])
  }

  @Test(
    "control characters measure as the notation they are drawn in",
    arguments: [
      HostileText("\u{1B}", width: 2),
      HostileText("\t", width: 2),
      HostileText("\r\n", width: 4),
      HostileText("\u{7F}", width: 2),
      HostileText("\u{9B}", width: 6),
      HostileText("\u{202E}", width: 8),
      HostileText("a\u{07}b", width: 4),
    ])
  func controls(text: HostileText) {
    #expect(text.raw.displayWidth == text.width)
    #expect(text.raw.displayWidth == text.raw.terminalSafe.displayWidth)
  }

  @Test("every glyph fills exactly the cells it claims")
  func glyphs() {
    for glyphs in [Glyphs.unicode, .ascii] {
      let singles = [
        glyphs.horizontal, glyphs.vertical, glyphs.topLeft, glyphs.topRight, glyphs.bottomLeft,
        glyphs.bottomRight, glyphs.barFull, glyphs.barEmpty,
        glyphs.barOverflow, glyphs.ellipsis, glyphs.mark,
      ]
      #expect(singles.allSatisfy { $0.displayWidth == 1 && $0.count == 1 })
    }
  }
}
