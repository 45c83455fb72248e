import CaseloadCore
import Testing

@testable import CaseloadUI

@Suite("Terminal-safe text")
struct SanitizeTests {
  @Test(
    "control characters from data are spelled out",
    arguments: [
      HostileText("Ann\u{1B}[31mRed\u{07}", "Ann^[[31mRed^G"),
      HostileText("line\r\nnext", "line^M^Jnext"),
      HostileText("a\tb", "a^Ib"),
      HostileText("nul\u{0}", "nul^@"),
      HostileText("del\u{7F}", "del^?"),
      HostileText("csi\u{9B}2J", "csi\\u{9B}2J"),
      HostileText("\u{1B}]0;title\u{07}", "^[]0;title^G"),
      HostileText("abc\u{202E}fed", "abc\\u{202E}fed"),
      HostileText("\u{2066}x\u{2069}", "\\u{2066}x\\u{2069}"),
      HostileText("one\u{2028}two\u{2029}", "one\\u{2028}two\\u{2029}"),
      HostileText("\u{85}", "\\u{85}"),
    ])
  func spelledOut(text: HostileText) {
    #expect(text.raw.terminalSafe == text.expected)
  }

  @Test("ordinary names pass unchanged", arguments: ["Zoë", "Siobhán", "陈静", "👩‍👧", "O'Neil-Smith"])
  func unchanged(name: String) {
    #expect(name.terminalSafe == name)
  }
}
