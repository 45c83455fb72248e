import Testing

@testable import CaseloadUI

@Suite("Prompt")
struct PromptTests {
  private func press(_ keys: Key..., on prompt: inout Prompt) {
    for key in keys {
      let used = prompt.handle(key)
      #expect(used, "\(key)")
    }
  }

  private func screen(_ prompt: Prompt, width: Int) -> Canvas {
    var canvas = Canvas(width: width, height: 1)
    prompt.render(into: &canvas, rect: Rect(x: 0, y: 0, width: width, height: 1), focused: true)
    return canvas
  }

  @Test("typing, Backspace, Delete and the caret keys edit one line")
  func editing() {
    var prompt = Prompt(width: 20)
    for character in "Łukasz" { press(.char(character), on: &prompt) }
    press(.left, .left, .backspace, on: &prompt)
    #expect(prompt.text == "Łuksz")
    #expect(prompt.cursor == 3)
    press(.delete, on: &prompt)
    #expect(prompt.text == "Łukz")
    press(.home, on: &prompt)
    #expect(prompt.cursor == 0)
    press(.backspace, .left, on: &prompt)
    #expect(prompt.cursor == 0)
    press(.end, .right, on: &prompt)
    #expect(prompt.cursor == 4)
    #expect(screen(prompt, width: 20).cursor?.x == 4)
  }

  @Test("a paste becomes one line and loses its control codes")
  func paste() {
    var prompt = Prompt(text: "Reason: ")
    press(.paste("moving to\r\nteam B\u{1B}[0m"), on: &prompt)
    #expect(prompt.text == "Reason: moving to team B[0m")
  }

  @Test("text longer than the field scrolls to keep the caret in view")
  func scrolls() {
    var prompt = Prompt(text: "Siobhán O'Sullivan-陈", width: 10)
    var canvas = screen(prompt, width: 10)
    #expect(canvas.lines == ["llivan-陈"])
    #expect(canvas.cursor?.x == 9)
    press(.home, on: &prompt)
    canvas = screen(prompt, width: 10)
    #expect(canvas.lines == ["Siobhán O'"])
    #expect(canvas.cursor?.x == 0)
    // Moving right inside the view does not scroll.
    for _ in 0..<9 { press(.right, on: &prompt) }
    #expect(screen(prompt, width: 10).lines == ["Siobhán O'"])
    press(.right, on: &prompt)
    #expect(screen(prompt, width: 10).lines == ["iobhán O'S"])
    press(.end, on: &prompt)
    for _ in 0..<8 { press(.backspace, on: &prompt) }
    #expect(prompt.text == "Siobhán O'Su")
    #expect(screen(prompt, width: 10).lines == ["bhán O'Su"])
  }

  @Test("Enter, Esc, Up and Down are left for the screen")
  func unusedKeys() {
    var prompt = Prompt(text: "Ann")
    for key in [Key.enter, .escape, .up, .down, .tab] {
      let used = prompt.handle(key)
      #expect(!used, "\(key)")
    }
    #expect(prompt.text == "Ann")
  }
}
