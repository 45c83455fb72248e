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
}
