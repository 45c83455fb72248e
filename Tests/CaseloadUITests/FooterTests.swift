import Testing

@testable import CaseloadUI

@Suite("Footer")
struct FooterTests {
  private let footer = Footer([
    FooterItem("j/k", "move", priority: 2),
    FooterItem("Enter", "open", priority: 2),
    FooterItem("r", "reassign", priority: 1),
    FooterItem("s", "supervise", priority: 1),
    FooterItem("/", "search"),
    FooterItem("?", "help"),
    FooterItem("q", "quit", priority: 3),
  ])

  private func line(width: Int) -> String {
    var canvas = Canvas(width: width, height: 1)
    footer.render(into: &canvas, rect: Rect(x: 0, y: 0, width: width, height: 1))
    return canvas.lines[0]
  }

  @Test(
    "entries that do not fit are dropped, least important first, and help always stays",
    arguments: [
      (80, "j/k move  Enter open  r reassign  s supervise  / search  ? help  q quit"),
      (61, "j/k move  Enter open  r reassign  s supervise  ? help  q quit"),
      (60, "j/k move  Enter open  r reassign  ? help  q quit"),
      (40, "j/k move  Enter open  ? help  q quit"),
      (20, "? help  q quit"),
      (10, "? help"),
      (4, "? h…"),
    ])
  func dropping(width: Int, expected: String) {
    #expect(line(width: width) == expected)
  }

  @Test("the whole row is in the footer role")
  func role() {
    var canvas = Canvas(width: 10, height: 1)
    footer.render(into: &canvas, rect: Rect(x: 0, y: 0, width: 10, height: 1))
    #expect(canvas.styledText == "{footer}? help    ")
  }
}
