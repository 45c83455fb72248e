import CaseloadCore
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
    LoadBar(fraction: 0, percent: 0, level: .ok),
    LoadBar(fraction: 0.5, percent: 50, level: .ok),
    LoadBar(fraction: 0.85, percent: 85, level: .warn),
    LoadBar(fraction: 1, percent: 100, level: .warn),
    LoadBar(fraction: 1.3, percent: 130, level: .over),
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
    let canvas = draw([LoadBar(fraction: 0.85, percent: 85, level: .warn)], width: 12)
    #expect(canvas.styledText == "[{warn}███{dim}░{normal}] {warn} 85%!")
  }

  @Test("a small load still shows, and only a full load fills the bar")
  func ends() {
    let canvas = draw([
      LoadBar(fraction: 0.01, percent: 1, level: .ok),
      LoadBar(fraction: 0.999, percent: 99, level: .warn),
    ])
    #expect(canvas.lines == ["[█░░░░░░░░░░░]   1%", "[███████████░]  99%!"])
  }

  @Test("a worker's bar shows Core's figure and band, the same as every report")
  func fromLoad() {
    let load = WorkerLoad(
      worker: "W1", caseCount: 17, points: 77.8, capacity: 85, settings: .defaults)
    #expect(load.percent == 92)
    let bar = LoadBar(load, label: "17")
    #expect(bar.percent == 92)
    #expect(bar.level == .warn)
    #expect(draw([bar], width: 22).lines == ["17 [██████████░]  92%!"])
  }

  @Test("a four-digit figure takes room from the bar, never from the number")
  func wide() {
    let canvas = draw([LoadBar(fraction: 99, percent: 9999, level: .over)], width: 14)
    #expect(canvas.lines == ["[████►] 9999%!"])
  }

  @Test("a label goes before the bar, and a narrow space keeps just the percentage")
  func labelAndNarrow() {
    var canvas = Canvas(width: 20, height: 2)
    LoadBar(fraction: 1.3, percent: 130, level: .over, label: "27")
      .render(into: &canvas, x: 0, y: 0, width: 20)
    LoadBar(fraction: 1.3, percent: 130, level: .over).render(into: &canvas, x: 0, y: 1, width: 7)
    #expect(canvas.lines == ["27 [████████►] 130%!", "  130%!"])
  }
}
