import Testing

@testable import CaseloadUI

@Suite("Dialog")
struct DialogTests {
  private let discard = Dialog(
    title: "Discard note?", message: "The note for Zoë has text that is not saved.",
    choices: [
      DialogChoice(key: "y", label: "Discard"), DialogChoice(key: "n", label: "Keep editing"),
    ]
  )

  private func background(width: Int, height: Int) -> Canvas {
    var canvas = Canvas(width: width, height: height)
    for y in 0..<height { canvas.put(String(repeating: ".", count: width), x: 0, y: y) }
    return canvas
  }

  @Test("a centred box with the wrapped message and the keys that answer it, over the screen")
  func centred() {
    var canvas = background(width: 40, height: 10)
    let box = discard.render(into: &canvas, area: canvas.bounds)
    #expect(box == Rect(x: 0, y: 1, width: 40, height: 7))
    #expect(
      canvas.text == """
        ........................................
        ┌ Discard note? ───────────────────────┐
        │                                      │
        │ The note for Zoë has text that is    │
        │ not saved.                           │
        │                                      │
        │ [y] Discard  [n] Keep editing        │
        └──────────────────────────────────────┘
        ........................................
        ........................................
        """)
  }

  @Test("the answer keys stand out")
  func keyRoles() {
    var canvas = Canvas(width: 40, height: 7)
    discard.render(into: &canvas, area: canvas.bounds)
    #expect(
      canvas.styledText.split(separator: "\n")[5]
        == "│ {highlight}[y]{normal} Discard  {highlight}[n]{normal} Keep editing        │")
  }

  @Test("a short message makes a small box in the middle")
  func small() {
    var canvas = background(width: 30, height: 8)
    Dialog(
      title: "Quit?", message: "Leave caseload?", choices: [DialogChoice(key: "y", label: "Quit")]
    )
    .render(into: &canvas, area: canvas.bounds)
    #expect(
      canvas.text == """
        ..............................
        ...┌ Quit? ───────────────┐...
        ...│                      │...
        ...│ Leave caseload?      │...
        ...│                      │...
        ...│ [y] Quit             │...
        ...└──────────────────────┘...
        ..............................
        """)
  }

  @Test("a message too long for the screen is cut with an ellipsis")
  func cut() {
    var canvas = Canvas(width: 30, height: 7)
    let dialog = Dialog(
      title: "Moved", message: "one two three four five six seven eight nine ten eleven twelve",
      choices: [DialogChoice(key: "Enter", label: "OK")])
    dialog.render(into: &canvas, area: canvas.bounds)
    #expect(
      canvas.text == """
        ┌ Moved ─────────────────────┐
        │                            │
        │ one two three four five    │
        │ six seven eight nine ten…  │
        │                            │
        │ [Enter] OK                 │
        └────────────────────────────┘
        """)
  }
}
