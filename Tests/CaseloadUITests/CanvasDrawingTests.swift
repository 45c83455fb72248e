import Testing

@testable import CaseloadUI

@Suite("Drawing on a canvas")
struct CanvasDrawingTests {
  @Test("text is drawn by display width and a wide character takes two cells")
  func wideCharacters() {
    var canvas = Canvas(width: 12, height: 2)
    #expect(canvas.put("Zoë", x: 0, y: 0) == 3)
    #expect(canvas.put("陈静", x: 1, y: 1) == 4)
    #expect(canvas.lines == ["Zoë", " 陈静"])
    #expect(canvas[1, 1].text == "陈")
    #expect(canvas[2, 1].text == "")
    #expect(canvas[3, 1].text == "静")
  }

  @Test("a decomposed name keeps its accents in the letter's cell")
  func decomposed() {
    var canvas = Canvas(width: 8, height: 1)
    #expect(canvas.put("Nguye\u{0302}\u{0303}n", x: 0, y: 0) == 6)
    #expect(canvas.lines == ["Nguye\u{0302}\u{0303}n"])
    #expect(canvas[4, 0].text == "e\u{0302}\u{0303}")
  }

  @Test("text that does not fit ends in an ellipsis")
  func clipped() {
    var canvas = Canvas(width: 20, height: 3)
    #expect(canvas.put("Siobhán Kelly", x: 0, y: 0, width: 8) == 8)
    #expect(canvas.put("陈静陈静", x: 0, y: 1, width: 5) == 5)
    #expect(canvas.put("Łukasz Nowakowski-Wiśniewski", x: 2, y: 2) == 18)
    #expect(
      canvas.lines == [
        "Siobhán…",
        "陈静…",
        "  Łukasz Nowakowski…",
      ])
  }

  @Test("a wide character that would be split is replaced by a space")
  func neverSplitsWide() {
    var canvas = Canvas(width: 10, height: 1)
    canvas.put("陈静陈", x: 0, y: 0, width: 4)
    #expect(canvas.lines == ["陈 …"])
  }

  @Test("ASCII terminals get a tilde for the ellipsis")
  func asciiEllipsis() {
    var canvas = Canvas(width: 10, height: 1, glyphs: .ascii)
    canvas.put("Siobhán Kelly", x: 0, y: 0, width: 8)
    #expect(canvas.lines == ["Siobhán~"])
  }

  @Test("text aligns right or centre in its width")
  func alignment() {
    var canvas = Canvas(width: 10, height: 2)
    #expect(canvas.put("12", x: 0, y: 0, width: 5, alignment: .right) == 5)
    canvas.put("陈", x: 0, y: 1, width: 6, alignment: .center)
    #expect(canvas.lines == ["   12", "  陈"])
  }

  @Test("writing over half a wide character blanks the other half")
  func overwriteHalf() {
    var canvas = Canvas(width: 8, height: 2)
    canvas.put("陈静", x: 0, y: 0)
    canvas.put("x", x: 1, y: 0)
    canvas.put("陈静", x: 0, y: 1)
    canvas.put("ab", x: 3, y: 1)
    #expect(canvas.lines == [" x静", "陈 ab"])
    #expect(canvas.lines.allSatisfy { $0.displayWidth <= 8 })
  }

  @Test("boxes draw with Unicode lines, or ASCII where lines are not available")
  func boxes() {
    var canvas = Canvas(width: 12, height: 4)
    let inside = canvas.box(Rect(x: 0, y: 0, width: 12, height: 4), title: "Team")
    #expect(inside == Rect(x: 1, y: 1, width: 10, height: 2))
    #expect(
      canvas.text == """
        ┌ Team ────┐
        │          │
        │          │
        └──────────┘
        """)

    var ascii = Canvas(width: 10, height: 3, glyphs: .ascii)
    ascii.box(Rect(x: 0, y: 0, width: 10, height: 3), title: "Supervision")
    #expect(
      ascii.text == """
        + Super~-+
        |        |
        +--------+
        """)
  }

  @Test("roles show in styled text where they change")
  func styledText() {
    var canvas = Canvas(width: 10, height: 3)
    canvas.put("Ann", x: 0, y: 0)
    canvas.put("12", x: 7, y: 0, role: .warn)
    canvas.fill(Rect(x: 0, y: 1, width: 10, height: 1), role: .selected)
    canvas.put("Bo", x: 0, y: 1, role: .selected)
    canvas.hline(y: 2, x: 0, width: 4, role: .dim)
    canvas.styleRow(y: 2, role: .header, from: 2, width: 1)
    #expect(
      canvas.styledText == """
        Ann    {warn}12
        {selected}Bo        
        {dim}──{header}─{dim}─
        """)
  }

  @Test("cells set directly still never hold a control character")
  func subscriptSanitises() {
    var canvas = Canvas(width: 2, height: 1)
    canvas[0, 0] = Cell("\u{1B}")
    #expect(canvas[0, 0].text == "^[")
    #expect(canvas[5, 5] == .blank)
  }

  @Test("a joiner at the end of a name stays out of the cell, so it cannot join the next one")
  func strayJoiner() {
    var canvas = Canvas(width: 10, height: 1)
    let used = canvas.put("Bob\u{200D}", x: 0, y: 0)
    canvas.put("[", x: used, y: 0)
    #expect(canvas[2, 0].text == "b")
    #expect(canvas[3, 0].text == "[")
    #expect(!canvas.lines[0].unicodeScalars.contains { $0.value == 0x200D })
    // A real emoji sequence keeps its joiner.
    canvas.put("\u{1F469}\u{200D}\u{1F467}", x: 5, y: 0)
    #expect(canvas[5, 0].text.unicodeScalars.count == 3)
  }

  @Test("rectangles split into columns")
  func layout() {
    let screen = Rect(x: 0, y: 0, width: 80, height: 24)
    #expect(
      screen.columns([.fixed(20), .fill(2), .fill(1)], spacing: 1).map(\.width) == [20, 39, 19])
    #expect(
      screen.columns([.fixed(20), .fill(2), .fill(1)], spacing: 1).map(\.x) == [0, 21, 61])
    #expect(screen.centered(width: 40, height: 10) == Rect(x: 20, y: 7, width: 40, height: 10))
    #expect(screen.inset(by: 1) == Rect(x: 1, y: 1, width: 78, height: 22))
    #expect(Rect(x: 0, y: 0, width: 3, height: 3).inset(by: 2).isEmpty)
  }
}
