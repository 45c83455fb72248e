import CaseloadUI
import Testing

@testable import CaseloadTerminal

@Suite("what reaches the terminal")
struct PaintingTests {
  @Test(
    "control characters in a cell are drawn as ?",
    arguments: ["\u{1B}", "\u{07}", "\r", "\n", "\u{7F}", "\u{9B}", "\u{85}", "a\u{1B}"])
  func controlsBecomeQuestionMarks(text: String) {
    #expect(CellGlyph.scalars(for: text, utf8: true) == [0x3F])
  }

  @Test("ordinary and wide characters, with their combining marks, pass through in UTF-8")
  func unicodePassesThrough() {
    #expect(CellGlyph.scalars(for: "a", utf8: true) == [0x61])
    #expect(CellGlyph.scalars(for: "陈", utf8: true) == [0x9648])
    #expect(CellGlyph.scalars(for: "e\u{301}", utf8: true) == [0x65, 0x301])
  }

  @Test("a long emoji sequence keeps what fits in a cell and never ends on a joiner")
  func emojiSequence() throws {
    let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}\u{200D}\u{1F466}"
    let scalars = try #require(CellGlyph.scalars(for: family, utf8: true))
    #expect(scalars.count <= CellGlyph.maximumScalars)
    #expect(scalars.last != 0x200D)
    #expect(scalars.first == 0x1F468)
  }

  @Test("a continuation cell draws nothing")
  func continuation() {
    #expect(CellGlyph.scalars(for: "", utf8: true) == nil)
  }

  @Test("outside UTF-8, anything beyond ASCII is one ?, so the layout holds")
  func asciiOnly() {
    #expect(CellGlyph.scalars(for: "Ł", utf8: false) == [0x3F])
    #expect(CellGlyph.scalars(for: "陈", utf8: false) == [0x3F])
    #expect(CellGlyph.scalars(for: "z", utf8: false) == [0x7A])
  }

  @Test("with colours, roles carry their colour")
  func colourStyles() {
    #expect(RoleStyle.style(for: .ok, colors: true) == RoleStyle(color: .green))
    #expect(RoleStyle.style(for: .warn, colors: true) == RoleStyle(color: .yellow))
    #expect(RoleStyle.style(for: .over, colors: true) == RoleStyle(color: .red, bold: true))
    #expect(RoleStyle.style(for: .selected, colors: true) == RoleStyle(reverse: true))
  }

  @Test("without colours, no role uses a colour")
  func monochromeHasNoColour() {
    for role in StyleRole.allCases {
      #expect(RoleStyle.style(for: role, colors: false).color == nil, "\(role)")
    }
  }

  @Test("without colours, warn, over, selected and footer still stand out from normal text")
  func monochromeRolesStandOut() {
    let normal = RoleStyle.style(for: .normal, colors: false)
    let marked: [StyleRole] = [.warn, .over, .selected, .footer, .header, .highlight, .dim]
    for role in marked {
      #expect(RoleStyle.style(for: role, colors: false) != normal, "\(role)")
    }
    #expect(
      RoleStyle.style(for: .warn, colors: false) != RoleStyle.style(for: .over, colors: false))
  }
}
