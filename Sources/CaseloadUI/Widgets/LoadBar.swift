import CaseloadCore

/// How full a bar reads; the caller decides from its own thresholds.
public enum BarLevel: Hashable, Sendable, CaseIterable {
  case ok, warn, over

  /// The role that colours the fill and the percentage.
  public var role: StyleRole {
    switch self {
    case .ok: return .ok
    case .warn: return .warn
    case .over: return .over
    }
  }

  /// The marker after the percentage, so the level reads without colour.
  public var marker: String {
    switch self {
    case .ok: return " "
    case .warn, .over: return "!"
    }
  }
}

/// A load meter in the manner of htop: `[#######.....]  58%`, readable without colour.
/// The fill and the percentage carry the meaning and colour only repeats it: a full bar means
/// at or over capacity, a bar past capacity ends in the overflow glyph, and a level of warn
/// or over puts `!` after the percentage.
public struct LoadBar: Hashable, Sendable {
  /// Load as a share of capacity; 1 is full, more is over.
  public var fraction: Double
  /// The percentage shown, as Core worked it out (the same figure as every report).
  public var percent: Int
  public var level: BarLevel
  /// Text before the bar, such as a case count; may be empty.
  public var label: String

  public init(fraction: Double, percent: Int, level: BarLevel, label: String = "") {
    self.fraction = fraction
    self.percent = max(0, percent)
    self.level = level
    self.label = label
  }

  /// The bar of a worker's load, with Core's percentage and band.
  public init(_ load: WorkerLoad, label: String = "") {
    self.init(
      fraction: load.fraction, percent: load.percent, level: BarLevel(load.band), label: label)
  }

  /// The columns the percentage and its marker take: ` 100%!` (more for a 4-digit figure).
  var suffixWidth: Int { max(3, String(percent).count) + 3 }
  /// The narrowest bar drawn with brackets; anything narrower shows the percentage alone.
  var minimumBarWidth: Int { suffixWidth + 3 }

  /// Draws the bar on one row, in exactly `width` columns.
  public func render(into canvas: inout Canvas, x: Int, y: Int, width: Int) {
    var x = x
    var width = width
    if !label.isEmpty && width - label.displayWidth - 1 >= minimumBarWidth {
      let used = canvas.put(label, x: x, y: y, width: width)
      x += used + 1
      width -= used + 1
    }
    let suffix = String(repeating: " ", count: max(0, 3 - String(percent).count)) + "\(percent)%"
    guard width >= minimumBarWidth else {
      canvas.put(
        suffix + level.marker, x: x, y: y, role: level.role, width: width, alignment: .right)
      return
    }
    let inner = width - suffixWidth - 2
    let glyphs = canvas.glyphs
    let filled = filledCells(inner)
    canvas.put("[", x: x, y: y)
    for cell in 0..<inner {
      let isOverflow = cell == inner - 1 && fraction > 1
      let glyph = isOverflow ? glyphs.barOverflow : cell < filled ? glyphs.barFull : glyphs.barEmpty
      canvas.put(glyph, x: x + 1 + cell, y: y, role: cell < filled ? level.role : .dim, width: 1)
    }
    canvas.put("]", x: x + 1 + inner, y: y)
    canvas.put(suffix + level.marker, x: x + 3 + inner, y: y, role: level.role)
  }

  /// Draws the bar on the first row of the rectangle.
  public func render(into canvas: inout Canvas, rect: Rect) {
    guard !rect.isEmpty else { return }
    render(into: &canvas, x: rect.x, y: rect.y, width: rect.width)
  }

  /// Cells to fill: any load shows at least one, and only a full load fills them all.
  private func filledCells(_ inner: Int) -> Int {
    guard fraction.isFinite else { return fraction > 0 ? inner : 0 }
    if fraction >= 1 { return inner }
    if fraction <= 0 { return 0 }
    return min(inner - 1, max(1, Int((fraction * Double(inner)).rounded())))
  }
}

extension BarLevel {
  /// The bar level for a load band.
  public init(_ band: LoadBand) {
    switch band {
    case .ok: self = .ok
    case .warn: self = .warn
    case .over: self = .over
    }
  }
}
