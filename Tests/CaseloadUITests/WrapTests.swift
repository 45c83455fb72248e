import Testing

@testable import CaseloadUI

@Suite("Word wrap")
struct WrapTests {
  @Test("words break at spaces by display width, and a word longer than a line breaks hard")
  func narrow() {
    #expect(
      wordWrap("Siobhán 陈静 supervisionrecordkeeping", width: 8) == [
        "Siobhán",
        "陈静",
        "supervis",
        "ionrecor",
        "dkeeping",
      ])
  }

  @Test("a run of wide characters breaks between them, never inside one")
  func wideRun() {
    #expect(wordWrap("陈静陈静陈", width: 5) == ["陈静", "陈静", "陈"])
  }

  @Test("each newline starts a paragraph, and blank lines are kept")
  func paragraphs() {
    #expect(
      wordWrap("Discard this note?\n\nIt has 3 lines.", width: 12) == [
        "Discard this",
        "note?",
        "",
        "It has 3",
        "lines.",
      ])
  }

  @Test("no line is wider than asked", arguments: [2, 3, 7, 10])
  func neverWider(width: Int) {
    let text = "Zoë Łukasz Nguyễn 陈静 👩‍👧 long-hyphenated-word end"
    #expect(wordWrap(text, width: width).allSatisfy { $0.displayWidth <= width })
  }
}
