import CaseloadCore
import Testing

@testable import CaseloadUI

/// Defect 4 of issue 11: after a 1 MiB bracketed paste every key in the editor took seconds,
/// and a long paste into a one-line field (a reason, the search) cost the square of its
/// length. Each field now has a limit, checked before the text is taken: a paste that would
/// pass it is refused whole, with a notice, so what an editor or field holds (and so the work
/// of every key after it) is bounded.
@Suite("pastes and typing are held to each field's limit, with a notice when refused")
struct PasteLimitTests {
  static let mebibyte = String(repeating: "Copied from the case file. ", count: (1 << 20) / 27)

  private func noteEditor(_ d: Driver) -> NoteEditor? {
    if case .editor(let editor) = d.state.top { return editor }
    return nil
  }

  @Test("a 1 MiB paste into a note is refused with a notice; nothing is kept or drafted")
  func bigPasteIntoTheEditor() throws {
    let drafts = TestDrafts()
    var d = Driver.demo(drafts: drafts)
    d.press(.tab, .char("n"))
    d.type("Seen at school. ")
    d.press(.paste(Self.mebibyte))
    let editor = try #require(noteEditor(d))
    #expect(editor.fields.discussion.text == "Seen at school. ")
    #expect(
      d.text.contains("Not pasted: \(Self.mebibyte.count) characters do not fit here"),
      "\(d.text)")
    #expect(drafts.all.map(\.discussion) == ["Seen at school. "])
  }

  @Test("a paste that fits is taken; at the limit typing stops, and the note still saves")
  func pasteUpToTheLimit() throws {
    var d = Driver.demo()
    d.press(.tab, .char("n"))
    let limit = TextEditor.characterLimit
    let text = String(repeating: "a", count: limit - 1)
    d.press(.paste(text))
    #expect(noteEditor(d)?.fields.discussion.characterCount == limit - 1)
    d.type("bcd")
    d.press(.enter)
    #expect(noteEditor(d)?.fields.discussion.characterCount == limit)
    #expect(noteEditor(d)?.fields.discussion.text == text + "b")
    d.press(.paste("e"))
    #expect(d.text.contains("Not pasted: 1 characters do not fit here"))
    d.press(.ctrl("s"))
    #expect(d.store.caseload.notes.last?.note.discussion == text + "b")
  }

  @Test("the editor never holds more than its limit, however the text arrives")
  func editorBound() {
    var editor = TextEditor(text: "", width: 40, height: 5)
    for piece in [String(repeating: "x\r\n", count: 9_000), String(repeating: "y\t", count: 2_000)]
    {
      _ = editor.handle(.paste(piece))
    }
    for _ in 0..<50 { _ = editor.handle(.char("z")) }
    for _ in 0..<50 { _ = editor.handle(.enter) }
    #expect(editor.characterCount <= TextEditor.characterLimit)
    #expect(editor.characterCount == editor.text.count)
  }

  @Test("a reason longer than a one-line field holds is refused whole, with a notice")
  func bigPasteIntoAReason() throws {
    var d = Driver.demo()
    d.press(.tab, .char("r"), .enter)
    guard case .reassign(let flow) = d.state.top, flow.takesText else {
      Issue.record("the reason step did not open:\n\(d.text)")
      return
    }
    d.press(.paste(String(repeating: "Balancing the team. ", count: 500)))
    #expect(d.text.contains("Not pasted: 10000 characters do not fit here"), "\(d.text)")
    guard case .reassign(let empty) = d.state.top else { return }
    #expect(empty.reason.text.isEmpty)
    let fits = String(repeating: "b", count: Prompt.characterLimit)
    d.press(.paste(fits))
    d.type("more")
    guard case .reassign(let full) = d.state.top else { return }
    #expect(full.reason.text == fits)
  }

  @Test("a one-line field at its limit still scrolls to keep the caret in view")
  func promptScrollsAtTheLimit() {
    var prompt = Prompt(text: "", width: 10)
    let text = (0..<Prompt.characterLimit).map { $0 % 2 == 0 ? "陈" : "a" }.joined()
    let taken = prompt.handle(.paste(text))
    #expect(taken)
    #expect(prompt.characters.count == Prompt.characterLimit)
    var canvas = Canvas(width: 10, height: 1)
    prompt.render(into: &canvas, rect: Rect(x: 0, y: 0, width: 10, height: 1), focused: true)
    #expect(canvas.text == "陈a陈a陈a")
    #expect(canvas.cursor?.x == 9)
    _ = prompt.handle(.home)
    canvas = Canvas(width: 10, height: 1)
    prompt.render(into: &canvas, rect: Rect(x: 0, y: 0, width: 10, height: 1), focused: true)
    #expect(canvas.text == "陈a陈a陈a")
    #expect(canvas.cursor?.x == 0)
  }
}
