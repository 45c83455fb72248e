import CaseloadCore
import CaseloadUI
import Testing

@Suite("every key in a screen's footer changes what is on screen (text, styles or cursor)")
struct FooterKeysTests {
  /// Ways to reach each screen from the board.
  static let screens: [(String, [Key])] = [
    ("board, workers pane", []),
    ("board, cases pane", [.tab]),
    ("worker detail", [.enter]),
    ("worker detail, actions", [.down, .down, .enter, .tab]),
    ("worker detail, sessions", [.down, .down, .enter, .tab, .tab]),
    ("session record", [.down, .down, .enter, .tab, .tab, .enter]),
    ("actions", [.char("A")]),
    ("inspection", [.char("I")]),
    ("records menu", [.tab, .char("e")]),
    ("new worker form", [.char("w")]),
    ("new worker form, a choice", [.char("w"), .tab, .tab]),
    ("visit form", [.tab, .char("v")]),
    ("case detail", [.tab, .enter]),
    ("reassign picker", [.tab, .char("r")]),
    ("reassign confirm", [.tab, .char("r"), .enter]),
    ("note editor", [.tab, .char("n")]),
    ("note editor, action line", [.tab, .char("n"), .tab, .tab]),
    ("note editor, owner", [.tab, .char("n"), .tab, .tab, .tab]),
    ("supervision editor", [.char("s")]),
    ("supervision, actions", [.down, .down, .char("s"), .pageDown]),
    ("supervision, children", [.char("s"), .pageDown, .pageDown]),
    ("supervision, a child", [.char("s"), .pageDown, .pageDown, .enter]),
    ("addendum editor", [.tab, .enter, .char("a")]),
    ("handover plan", [.char("H")]),
    ("search", [.char("/"), .char("a")]),
    ("help", [.char("?")]),
    ("team switcher", [.char("t")]),
    ("unallocated queue", [.char("U")]),
  ]

  @Test(arguments: screens.indices)
  func footerKeysWork(_ index: Int) {
    let (name, path) = Self.screens[index]
    var start = Driver.demo()
    start.press(path)
    let footer = start.state.bindings.filter(\.inFooter)
    #expect(!footer.isEmpty, "\(name) has an empty footer")
    for binding in footer {
      var driver = Driver.demo()
      driver.press(path)
      // Put something in text fields so saving and confirming have content to act on.
      if name.contains("editor") && !name.hasSuffix("owner") || name == "reassign confirm" {
        driver.type("x")
      }
      let before = driver.canvas
      guard let key = binding.keys.first else { continue }
      driver.press(key)
      #expect(
        driver.quit || driver.canvas != before,
        "\(name): footer key '\(binding.label) \(binding.summary)' changed nothing on screen")
    }
  }
}
