import Testing

@testable import CaseloadUI

@Suite("No control character reaches the canvas")
struct CanvasSafetyTests {
  /// Terminal attacks and accidents a record could carry: clear screen, a CSI colour, a
  /// window-title OSC, carriage return, NUL, DEL, NEL, a line separator and a bidi override.
  private let hostile =
    "Ann\u{1B}[2J\u{9B}31m\u{1B}]0;pwned\u{07}\r\nx\u{0}\u{7F}\u{85}\u{2028}\u{202E}\u{2066}Lee"

  private func controlCells(_ canvas: Canvas) -> [String] {
    canvas.cells.map(\.text).filter { text in
      text.unicodeScalars.contains { scalar in
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
          || [0x2028, 0x2029].contains(scalar.value) || (0x202A...0x202E).contains(scalar.value)
          || (0x2066...0x2069).contains(scalar.value)
      }
    }
  }

  @Test("hostile text drawn by every widget is spelled out", arguments: [Glyphs.unicode, .ascii])
  func everyWidget(glyphs: Glyphs) {
    var canvas = Canvas(width: 60, height: 30, glyphs: glyphs)
    canvas.put(hostile, x: 0, y: 0)
    canvas.put(hostile, x: 0, y: 1, width: 10)
    canvas.box(Rect(x: 0, y: 2, width: 60, height: 3), title: hostile)
    LoadBar(fraction: 0.5, percent: 50, level: .ok, label: hostile)
      .render(into: &canvas, x: 0, y: 5, width: 60)
    Table(
      columns: [TableColumn(hostile, width: .fill), TableColumn("n", width: .fixed(3))],
      rows: [[TableCell(hostile), TableCell(hostile, role: .warn)]],
      position: ListPosition(selected: 0)
    ).render(into: &canvas, rect: Rect(x: 0, y: 6, width: 60, height: 2))
    var editor = TextEditor(text: hostile, width: 60, height: 3)
    _ = editor.handle(.paste(hostile))
    editor.render(into: &canvas, rect: Rect(x: 0, y: 8, width: 60, height: 3), focused: true)
    var prompt = Prompt(text: hostile, width: 60)
    _ = prompt.handle(.paste(hostile))
    prompt.render(into: &canvas, rect: Rect(x: 0, y: 11, width: 60, height: 1), focused: true)
    Footer([FooterItem(hostile, hostile), FooterItem("?", "help")])
      .render(into: &canvas, rect: Rect(x: 0, y: 12, width: 60, height: 1))
    Dialog(
      title: hostile, message: hostile + "\n" + hostile,
      choices: [DialogChoice(key: hostile, label: hostile)]
    ).render(into: &canvas, area: Rect(x: 0, y: 13, width: 60, height: 17))

    #expect(controlCells(canvas) == [])
    #expect(canvas.lines[0].hasPrefix("Ann^[[2J\\u{9B}31m^[]0;pwned^G^M^Jx^@^?\\u{85}\\u{2028}"))
    #expect(canvas.lines.allSatisfy { $0.displayWidth <= 60 })
  }

  @Test("notes and prompts keep none of it, while showing the harmless rest")
  func editingDropsControls() {
    #expect(TextEditor(text: hostile).text == "Ann[2J31m]0;pwned\nx\n\nLee")
    #expect(Prompt(text: hostile).text == "Ann[2J31m]0;pwned x  Lee")
  }
}
