import CNcurses
import CaseloadUI

/// A diagnostic screen for the terminal layer: shows the size, what the terminal can draw,
/// sample names, every style role and the last key read; `q` quits.
///
/// It lets a user on an unusual terminal (or the end-to-end tests) see what caseload sees.
public struct TerminalCheckProgram: TerminalProgram {
  public private(set) var lastKey: Key?
  public private(set) var keyCount = 0
  public private(set) var tickCount = 0

  public init() {}

  public mutating func handle(_ key: Key) -> ProgramStatus {
    lastKey = key
    keyCount += 1
    return key == .char("q") ? .quit : .running
  }

  public mutating func tick() -> ProgramStatus {
    tickCount += 1
    return .running
  }

  public func render(width: Int, height: Int, capabilities: TerminalCapabilities) -> Canvas {
    var canvas = Canvas(width: width, height: height)
    let yes = { (flag: Bool) in flag ? "yes" : "no" }
    let last = lastKey.map { String(describing: $0) } ?? "none"
    let lines: [(String, StyleRole)] = [
      ("caseload terminal check", .header),
      ("size \(width)x\(height)", .normal),
      ("unicode \(yes(capabilities.unicode)) colours \(yes(capabilities.colors))", .normal),
      ("last key: \(last)", .normal),
      ("keys \(keyCount) ticks \(tickCount)", .dim),
      ("names: 陈静 Łukasz Zoë Siobhán Nguyễn", .normal),
      // A raw ESC, which the terminal layer must show as "?" and never send.
      ("raw escape: \u{1B}[31mnot red", .normal),
    ]
    let box = Rect(x: 0, y: 0, width: min(width, 48), height: min(height - 1, lines.count + 2))
    drawBox(box, on: &canvas, unicode: capabilities.unicode)
    for (index, line) in lines.enumerated() {
      write(line.0, x: 2, y: index + 1, role: line.1, on: &canvas, limit: box.width - 4)
    }
    var x = 0
    for role in StyleRole.allCases {
      let name = String(describing: role)
      write(name, x: x, y: box.height, role: role, on: &canvas, limit: width - x)
      x += name.count + 1
    }
    write("q quits", x: 0, y: height - 1, role: .footer, on: &canvas, limit: width)
    canvas.cursor = (x: 2, y: 4)
    return canvas
  }

  private func drawBox(_ box: Rect, on canvas: inout Canvas, unicode: Bool) {
    guard box.width >= 2, box.height >= 2 else { return }
    let (horizontal, vertical) = unicode ? ("─", "│") : ("-", "|")
    let corners = unicode ? ["┌", "┐", "└", "┘"] : ["+", "+", "+", "+"]
    let right = box.x + box.width - 1
    let bottom = box.y + box.height - 1
    for x in box.x...right {
      canvas[x, box.y] = Cell(horizontal)
      canvas[x, bottom] = Cell(horizontal)
    }
    for y in box.y...bottom {
      canvas[box.x, y] = Cell(vertical)
      canvas[right, y] = Cell(vertical)
    }
    canvas[box.x, box.y] = Cell(corners[0])
    canvas[right, box.y] = Cell(corners[1])
    canvas[box.x, bottom] = Cell(corners[2])
    canvas[right, bottom] = Cell(corners[3])
  }

  /// Writes `text` from (x, y), a wide character taking two cells, stopping at `limit` cells.
  private func write(
    _ text: String, x: Int, y: Int, role: StyleRole, on canvas: inout Canvas, limit: Int
  ) {
    var column = x
    for character in text {
      let first = character.unicodeScalars.first?.value ?? 0
      let cells = caseload_display_width(first) == 2 ? 2 : 1
      guard column + cells - x <= limit else { return }
      canvas[column, y] = Cell(String(character), role: role)
      if cells == 2 { canvas[column + 1, y] = Cell("", role: role) }
      column += cells
    }
  }
}
