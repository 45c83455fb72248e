import Testing

@testable import CaseloadUI

@Suite("Load bar")
struct LoadBarTests {
  private func draw(_ bars: [LoadBar], width: Int = 20, glyphs: Glyphs = .unicode) -> Canvas {
    var canvas = Canvas(width: width, height: bars.count, glyphs: glyphs)
    for (y, bar) in bars.enumerated() {
      bar.render(into: &canvas, x: 0, y: y, width: width)
    }
    return canvas
  }

  private let samples = [
    LoadBar(fraction: 0, level: .ok),
    LoadBar(fraction: 0.5, level: .ok),
    LoadBar(fraction: 0.85, level: .warn),
    LoadBar(fraction: 1, level: .warn),
    LoadBar(fraction: 1.3, level: .over),
  ]

  @Test("fill and percentage carry the load; warn and over add a marker")
  func unicode() {
    #expect(
      draw(samples).text == """
        [░░░░░░░░░░░░]   0%
        [██████░░░░░░]  50%
        [██████████░░]  85%!
        [████████████] 100%!
        [███████████►] 130%!
        """)
  }

  @Test("the same bars in ASCII")
  func ascii() {
    #expect(
      draw(samples, glyphs: .ascii).text == """
        [............]   0%
        [######......]  50%
        [##########..]  85%!
        [############] 100%!
        [###########>] 130%!
        """)
  }

  @Test("colour repeats the level on the fill and percentage; the empty part is dim")
  func roles() {
    let canvas = draw([LoadBar(fraction: 0.85, level: .warn)], width: 12)
    #expect(canvas.styledText == "[{warn}███{dim}░{normal}] {warn} 85%!")
  }

  @Test("a small load still shows, and only a full load fills the bar")
  func ends() {
    let canvas = draw([
      LoadBar(fraction: 0.01, level: .ok), LoadBar(fraction: 0.999, level: .warn),
    ])
    #expect(canvas.lines == ["[█░░░░░░░░░░░]   1%", "[███████████░]  99%!"])
  }

  @Test("the percentage rounds down so it never reads past a threshold")
  func percent() {
    #expect(LoadBar(fraction: 0.849, level: .ok).percent == 84)
    #expect(LoadBar(fraction: 0.29, level: .ok).percent == 29)
    #expect(LoadBar(fraction: 12, level: .over).percent == 999)
    #expect(LoadBar(fraction: -1, level: .ok).percent == 0)
    #expect(LoadBar(fraction: .nan, level: .ok).percent == 0)
  }

  @Test("a label goes before the bar, and a narrow space keeps just the percentage")
  func labelAndNarrow() {
    var canvas = Canvas(width: 20, height: 2)
    LoadBar(fraction: 1.3, level: .over, label: "27").render(into: &canvas, x: 0, y: 0, width: 20)
    LoadBar(fraction: 1.3, level: .over).render(into: &canvas, x: 0, y: 1, width: 7)
    #expect(canvas.lines == ["27 [████████►] 130%!", "  130%!"])
  }
}
