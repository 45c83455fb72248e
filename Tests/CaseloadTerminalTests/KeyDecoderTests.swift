import CaseloadUI
import Testing

@testable import CaseloadTerminal

/// ncurses key codes, written out from its ABI so the mapping is checked against numbers
/// that do not come from the code under test.
private enum Code {
  static let down: Int32 = 0o402
  static let up: Int32 = 0o403
  static let left: Int32 = 0o404
  static let right: Int32 = 0o405
  static let home: Int32 = 0o406
  static let backspace: Int32 = 0o407
  static let f0: Int32 = 0o410
  static let delete: Int32 = 0o512
  static let pageDown: Int32 = 0o522
  static let pageUp: Int32 = 0o523
  static let enter: Int32 = 0o527
  static let backTab: Int32 = 0o541
  static let find: Int32 = 0o552
  static let select: Int32 = 0o601
  static let end: Int32 = 0o550
  static let insert: Int32 = 0o513
}

@Suite("key decoding")
struct KeyDecoderTests {
  private func decode(_ inputs: [RawInput]) -> [Key] {
    var decoder = KeyDecoder()
    return inputs.flatMap { decoder.decode($0) }
  }

  private func characters(_ text: String) -> [RawInput] {
    text.unicodeScalars.map { .character($0.value) }
  }

  @Test(
    "ncurses key codes become keys",
    arguments: [
      (Code.up, Key.up), (Code.down, .down), (Code.left, .left), (Code.right, .right),
      (Code.home, .home), (Code.find, .home), (Code.end, .end), (Code.select, .end),
      (Code.pageUp, .pageUp), (Code.pageDown, .pageDown), (Code.enter, .enter),
      (Code.backTab, .backTab), (Code.backspace, .backspace), (Code.delete, .delete),
      (Code.f0 + 1, .function(1)), (Code.f0 + 2, .function(2)), (Code.f0 + 12, .function(12)),
    ])
  func keyCodes(code: Int32, key: Key) {
    #expect(decode([.keyCode(code)]) == [key])
  }

  @Test(
    "key codes caseload does not use are ignored",
    arguments: [Code.insert, Code.f0 + 13, Code.f0, 0o777])
  func unusedKeyCodes(code: Int32) {
    #expect(decode([.keyCode(code)]).isEmpty)
  }

  @Test(
    "control characters become the keys a user means",
    arguments: [
      (UInt32(13), Key.enter), (10, .enter), (9, .tab), (27, .escape), (127, .backspace),
      (8, .backspace), (1, .ctrl("a")), (3, .ctrl("c")), (19, .ctrl("s")),
      (26, .ctrl("z")),
    ])
  func controlCharacters(value: UInt32, key: Key) {
    #expect(decode([.character(value)]) == [key])
  }

  @Test(
    "control characters with no key meaning are dropped",
    arguments: [UInt32(0), 28, 29, 30, 31, 0x80, 0x9B, 0x9F])
  func meaninglessControls(value: UInt32) {
    #expect(decode([.character(value)]).isEmpty)
  }

  @Test("printable characters, wide ones too, arrive as typed")
  func printable() {
    #expect(decode(characters("aZ /?Łé陈")) == "aZ /?Łé陈".map { Key.char($0) })
  }

  @Test("Alt+key is dropped; Esc pressed twice is two escapes")
  func altKeys() {
    #expect(decode([.meta(0x71)]).isEmpty)  // Alt-q
    #expect(decode([.meta(0x7F)]).isEmpty)  // Alt-Backspace
    #expect(decode([.meta(0x1B)]) == [.escape, .escape])
  }

  @Test("an escape sequence terminfo does not know is dropped whole")
  func unknownSequences() {
    // Ctrl-Up from xterm, ESC [1;5A, then a real "j".
    #expect(decode([.meta(0x5B)] + characters("1;5Aj")) == [.char("j")])
    // ESC O P (F1 from a terminal whose TERM is wrong), then a real "k".
    #expect(decode([.meta(0x4F)] + characters("Pk")) == [.char("k")])
    // A key code or a pause ends the sequence; what follows is read normally.
    #expect(decode([.meta(0x5B), .idle] + characters("q")) == [.char("q")])
    #expect(decode([.meta(0x5B), .keyCode(Code.up)]) == [.up])
  }

  @Test("a resize carries the new size")
  func resize() {
    #expect(decode([.resized(width: 60, height: 20)]) == [.resize(width: 60, height: 20)])
  }

  @Test("a bracketed paste becomes one event with its line breaks as \\n")
  func paste() {
    let inputs: [RawInput] =
      [.keyCode(KeyDecoder.pasteStartCode)] + characters("one\rtwo\r\nthree\nq\t陈")
      + [.keyCode(KeyDecoder.pasteEndCode)] + characters("j")
    #expect(decode(inputs) == [.paste("one\ntwo\nthree\nq\t陈"), .char("j")])
  }

  @Test("escape codes and other controls inside a paste are left out of it")
  func pasteDropsControls() {
    let inputs: [RawInput] =
      [.keyCode(KeyDecoder.pasteStartCode)] + characters("a\u{1B}[31mb\u{07}c\u{9B}d")
      + [.keyCode(Code.enter), .keyCode(Code.up)] + characters("e")
      + [.keyCode(KeyDecoder.pasteEndCode)]
    #expect(decode(inputs) == [.paste("a[31mbcd\ne")])
  }

  @Test("a paste whose end marker never comes ends after a long pause, not a short one")
  func pasteWithoutEnd() {
    var decoder = KeyDecoder()
    var keys = ([.keyCode(KeyDecoder.pasteStartCode)] + characters("ab")).flatMap {
      decoder.decode($0)
    }
    for _ in 1..<KeyDecoder.pasteIdleLimit { keys += decoder.decode(.idle) }
    keys += decoder.decode(.character(0x63))
    #expect(keys.isEmpty, "a slow link may pause inside a paste")
    #expect(decoder.isPasting)
    for _ in 1...KeyDecoder.pasteIdleLimit { keys += decoder.decode(.idle) }
    #expect(keys == [.paste("abc")])
    #expect(!decoder.isPasting)
  }

  @Test("a resize during a paste is delivered and the paste goes on")
  func resizeDuringPaste() {
    let inputs: [RawInput] =
      [
        .keyCode(KeyDecoder.pasteStartCode), .character(0x61), .resized(width: 90, height: 30),
        .character(0x62), .keyCode(KeyDecoder.pasteEndCode),
      ]
    #expect(decode(inputs) == [.resize(width: 90, height: 30), .paste("ab")])
  }

  @Test("an empty paste is no event")
  func emptyPaste() {
    #expect(
      decode([.keyCode(KeyDecoder.pasteStartCode), .keyCode(KeyDecoder.pasteEndCode)]).isEmpty)
  }
}
