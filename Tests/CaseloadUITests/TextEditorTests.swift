import Testing

@testable import CaseloadUI

@Suite("Text editor")
struct TextEditorTests {
  /// "Siobhán 陈静 visited the family on Tuesday" wraps at 13 columns (12 for text, one for the
  /// caret) into four rows:
  ///   0  Siobhán 陈静     columns 0..<11
  ///   1  visited the     columns 11..<23
  ///   2  family on       columns 23..<33
  ///   3  Tuesday         columns 33..<40
  private let visit = "Siobhán 陈静 visited the family on Tuesday"

  private func screen(_ editor: TextEditor, width: Int = 13, height: Int = 4) -> Canvas {
    var canvas = Canvas(width: width, height: height)
    editor.render(
      into: &canvas, rect: Rect(x: 0, y: 0, width: width, height: height), focused: true)
    return canvas
  }

  private func press(_ keys: Key..., on editor: inout TextEditor) {
    for key in keys {
      let used = editor.handle(key)
      #expect(used, "\(key)")
    }
  }

  @Test("text wraps at word boundaries by display width, with the caret after the last word")
  func wraps() {
    let editor = TextEditor(text: visit, width: 13, height: 4)
    let canvas = screen(editor)
    #expect(
      canvas.text == """
        Siobhán 陈静
        visited the
        family on
        Tuesday
        """)
    #expect(canvas.cursor?.x == 7)
    #expect(canvas.cursor?.y == 3)
  }

  @Test("typing inserts characters, wide ones included, and Backspace removes them")
  func typing() {
    var editor = TextEditor(width: 13, height: 2)
    for character in "Zoë 陈静" { press(.char(character), on: &editor) }
    #expect(editor.text == "Zoë 陈静")
    #expect(editor.cursor == TextPosition(line: 0, column: 6))
    #expect(screen(editor, height: 2).cursor?.x == 8)
    press(.backspace, on: &editor)
    #expect(editor.text == "Zoë 陈")
  }

  @Test("an accent typed after its letter joins it as one character")
  func combining() {
    var editor = TextEditor()
    press(.char("e"), .char("\u{0301}"), on: &editor)
    #expect(editor.lines == [["é"]])
    #expect(editor.cursor.column == 1)
  }

  @Test("Enter splits a line; Backspace at its start and Delete at its end join lines")
  func joinAndSplit() {
    var editor = TextEditor(text: "Ann\nBo")
    press(.home, .backspace, on: &editor)
    #expect(editor.text == "AnnBo")
    #expect(editor.cursor == TextPosition(line: 0, column: 3))
    press(.enter, on: &editor)
    #expect(editor.text == "Ann\nBo")
    #expect(editor.cursor == TextPosition(line: 1, column: 0))
    press(.left, .delete, on: &editor)
    #expect(editor.text == "AnnBo")
    press(.end, .delete, .right, on: &editor)
    #expect(editor.text == "AnnBo")
    #expect(editor.cursor == TextPosition(line: 0, column: 5))
  }

  @Test("Left and Right cross line ends, and stop at the ends of the text")
  func leftRight() {
    var editor = TextEditor(text: "ab\ncd")
    press(.left, .left, .left, on: &editor)
    #expect(editor.cursor == TextPosition(line: 0, column: 2))
    press(.right, on: &editor)
    #expect(editor.cursor == TextPosition(line: 1, column: 0))
    press(.right, .right, .right, on: &editor)
    #expect(editor.cursor == TextPosition(line: 1, column: 2))
  }

  @Test("Up and Down move by wrapped row, keeping the column by display width")
  func upDown() {
    var editor = TextEditor(text: visit, width: 13, height: 4)
    press(.up, on: &editor)
    #expect(editor.cursor == TextPosition(line: 0, column: 30))  // "family |on"
    press(.up, on: &editor)
    #expect(editor.cursor == TextPosition(line: 0, column: 18))  // "visited| the"
    press(.right, .right, on: &editor)  // "visited t|he", 9 cells in
    press(.up, on: &editor)
    // 陈 spans cells 8 and 9, so the caret stops before it rather than in its middle.
    #expect(editor.cursor == TextPosition(line: 0, column: 8))
    #expect(screen(editor).cursor?.x == 8)
    press(.up, on: &editor)
    #expect(editor.cursor == TextPosition(line: 0, column: 0))
    press(.down, .down, .down, .down, on: &editor)
    #expect(editor.cursor == TextPosition(line: 0, column: 40))
  }

  @Test("Up and Down keep the column they started from across a shorter line")
  func goalColumn() {
    var editor = TextEditor(text: "abcdef\nab\nabcdef")
    press(.up, on: &editor)
    #expect(editor.cursor == TextPosition(line: 1, column: 2))
    press(.up, on: &editor)
    #expect(editor.cursor == TextPosition(line: 0, column: 6))
  }

  @Test("Home and End go to the ends of the wrapped row on screen")
  func homeEnd() {
    var editor = TextEditor(text: visit, width: 13, height: 4)
    press(.up, .up, .home, on: &editor)
    #expect(editor.cursor.column == 11)  // "|visited the"
    press(.end, on: &editor)
    #expect(editor.cursor.column == 22)  // "visited the|"
    #expect(screen(editor).cursor?.x == 11)
    press(.down, .down, .end, on: &editor)
    #expect(editor.cursor.column == 40)
  }

  @Test("PageUp and PageDown move by the height of the editor and scroll with it")
  func paging() {
    let text = (1...20).map { "line \($0)" }.joined(separator: "\n")
    var editor = TextEditor(text: text, width: 13, height: 5)
    #expect(
      screen(editor, height: 5).lines == ["line 16", "line 17", "line 18", "line 19", "line 20"])
    press(.pageUp, on: &editor)
    #expect(editor.cursor == TextPosition(line: 14, column: 7))
    let canvas = screen(editor, height: 5)
    #expect(canvas.lines == ["line 11", "line 12", "line 13", "line 14", "line 15"])
    #expect(canvas.cursor?.y == 4)
    press(.pageUp, .pageUp, .pageUp, on: &editor)
    #expect(editor.cursor == TextPosition(line: 0, column: 6))
    press(.pageUp, on: &editor)
    #expect(editor.cursor == TextPosition(line: 0, column: 0))
    // The column the paging started from is kept, as in most text fields.
    press(.pageDown, on: &editor)
    #expect(editor.cursor == TextPosition(line: 5, column: 6))
    #expect(screen(editor, height: 5).lines.first == "line 6")
  }

  @Test("a paste keeps its lines, turns CRLF and CR into newlines, and drops control codes")
  func paste() {
    var editor = TextEditor(text: "Notes: ")
    press(.paste("Visit 1\r\nVisit 2\rVisit 3\tdone\u{1B}[31m"), on: &editor)
    #expect(editor.text == "Notes: Visit 1\nVisit 2\nVisit 3    done[31m")
    #expect(editor.cursor == TextPosition(line: 2, column: 19))
  }

  @Test("keys the editor does not use are left for the screen")
  func unusedKeys() {
    var editor = TextEditor(text: "draft")
    for key in [Key.escape, .tab, .ctrl("s"), .function(2), .char("\u{1B}")] {
      let used = editor.handle(key)
      #expect(!used, "\(key)")
    }
    #expect(editor.text == "draft")
  }

  @Test("a long note scrolls to keep the caret in view, and only the focused editor owns it")
  func scrolling() {
    var editor = TextEditor(text: visit, width: 13, height: 2)
    var canvas = screen(editor, height: 2)
    #expect(canvas.lines == ["family on", "Tuesday"])
    press(.up, .up, on: &editor)
    canvas = screen(editor, height: 2)
    #expect(canvas.lines == ["visited the", "family on"])
    #expect(canvas.cursor?.y == 0)
    var unfocused = Canvas(width: 13, height: 2)
    editor.render(into: &unfocused, rect: Rect(x: 0, y: 0, width: 13, height: 2), focused: false)
    #expect(unfocused.cursor == nil)
  }
}
