import CaseloadCore
import CaseloadUI
import Testing

@Suite("resizing never breaks a screen")
struct ResizeTests {
  /// A fixed-seed generator, so a failure can be replayed.
  struct Seeded: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state
    }
  }

  @Test("1,000 random sizes from 1x1 to 500x200, on every kind of screen, draw whole")
  func randomResizes() {
    var random = Seeded(state: 0x5EED)
    var d = Driver.demo()
    // Keys that open and leave screens between sizes, so each kind of screen meets odd sizes.
    let keys: [[Key]] = [
      [.enter], [.escape], [.tab], [.char("r")], [.char("H")], [.char("U")], [.char("?")],
      [.char("A")], [.char("/"), .char("a")], [.char("n")], [.char("s")], [.char("e")],
      [.down], [.pageDown], [.escape, .escape], [.char("x")],
    ]
    for _ in 0..<1000 {
      let width = Int.random(in: 1...500, using: &random)
      let height = Int.random(in: 1...200, using: &random)
      d.resize(width: width, height: height)
      let canvas = d.canvas
      #expect(canvas.width == width && canvas.height == height)
      if let key = keys.randomElement(using: &random) {
        d.resize(width: max(80, width), height: max(24, height))
        d.press(key)
      }
      // Leave any question so the next keys reach the screens.
      if d.state.question != nil { d.press(.char("n")) }
    }
    d.resize(width: 80, height: 24)
    #expect(d.lines.count == 24)
    #expect(d.store.entries.isEmpty, "no key on the way saved anything")
  }

  /// Keys from the board to every kind of screen (and to each editor and form).
  static let paths: [[Key]] = [
    [], [.enter], [.enter, .tab, .tab, .enter], [.tab, .enter], [.tab, .enter, .char("a")],
    [.tab, .char("n")], [.char("s")], [.tab, .char("r")], [.tab, .char("r"), .enter],
    [.char("H")], [.char("U")], [.char("/"), .char("a")], [.char("?")], [.char("A")],
    [.char("t")], [.char("e")], [.tab, .char("x")], [.char("D")], [.char("L")], [.char("N")],
    [.char("I")],
  ]

  /// The random walk above can stay among a few screens; this visits each kind on purpose
  /// (the session record, an addendum, the team picker and every form included).
  @Test("every kind of screen, reached on purpose, draws whole at 8 random sizes each")
  func everyScreenAtRandomSizes() {
    var random = Seeded(state: 0xC0FFEE)
    var visited = Set<String>()
    for path in Self.paths {
      var d = Driver.demo()
      d.press(path)
      visited.insert(String(String(describing: d.state.top).prefix { $0 != "(" }))
      for _ in 0..<8 {
        let width = Int.random(in: 1...300, using: &random)
        let height = Int.random(in: 1...120, using: &random)
        d.resize(width: width, height: height)
        let canvas = d.canvas
        #expect(canvas.width == width && canvas.height == height, "\(path)")
        #expect(canvas.lines.count == height)
      }
      #expect(d.store.entries.isEmpty, "no key on the way saved anything")
    }
    #expect(
      visited == [
        "board", "worker", "caseDetail", "session", "actions", "reassign", "handover", "queue",
        "search", "help", "teams", "editor", "form", "records", "sessionRecord", "inspection",
      ])
  }
}
