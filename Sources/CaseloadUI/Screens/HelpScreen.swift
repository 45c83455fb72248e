import CaseloadCore

/// Every key of the screen below and the global keys (SPEC 2.1 Help).
public struct HelpScreen: ScreenModel {
  /// The screen help was opened on, its keys and the global keys, as that screen had them
  /// (a key unavailable for the whole session says so).
  public let screenTitle: String
  public let screenKeys: [KeyBinding]
  public let globalKeys: [KeyBinding]
  public var offset = 0

  public init(title: String, keys: [KeyBinding], global: [KeyBinding] = Keymap.global) {
    screenTitle = title
    screenKeys = keys
    globalKeys = global
  }

  public var title: String { "Help" }

  public func bindings(_ context: ScreenContext) -> [KeyBinding] {
    Keymap.move + [KeyBinding([.escape, .char("?")], "Esc/?", "close", .back)]
  }

  func lines() -> [(String, StyleRole)] {
    var lines: [(String, StyleRole)] = [("Keys on \(screenTitle)", .header)]
    for binding in screenKeys { lines.append((Self.row(binding), .normal)) }
    lines.append(("Keys everywhere (except while typing)", .header))
    for binding in globalKeys { lines.append((Self.row(binding), .normal)) }
    lines.append(("In text fields and the editor", .header))
    lines += [
      ("  Ctrl-S or F2      save", .normal),
      ("  Esc               cancel (asks first if you have typed anything)", .normal),
      ("  Tab / Shift-Tab   next / previous field", .normal),
      ("  Enter (action)    add the action and start another; Backspace on an empty", .normal),
      ("                    action line takes the last one back", .normal),
      ("  arrows, Home/End, PgUp/PgDn, Backspace/Delete, paste: as usual", .normal),
    ]
    return lines
  }

  static func row(_ binding: KeyBinding) -> String {
    let names = binding.keys.map(\.displayName).joined(separator: " ")
    let unavailable = binding.unavailable?.forSession == true ? " (unavailable: read-only)" : ""
    return "  " + names.padding(toLength: max(18, names.count + 1), withPad: " ", startingAt: 0)
      + binding.help + unavailable
  }

  public mutating func perform(_ intent: KeyIntent, _ context: ScreenContext) -> Outcome {
    let last = max(0, lines().count - 1)
    let page = max(1, context.body.height)
    switch intent {
    case .up: offset = max(0, offset - 1)
    case .down: offset = min(last, offset + 1)
    case .pageUp: offset = max(0, offset - page)
    case .pageDown: offset = min(last, offset + page)
    case .top: offset = 0
    case .bottom: offset = last
    case .back, .help: return .pop
    default: break
    }
    return .none
  }

  public func render(_ context: ScreenContext, into canvas: inout Canvas, rect: Rect) {
    for (index, line) in lines().dropFirst(offset).prefix(rect.height).enumerated() {
      let y = rect.y + index
      if line.1 == .header {
        canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: .header)
      }
      canvas.put(line.0, x: rect.x, y: y, role: line.1, width: rect.width)
    }
  }
}

extension Key {
  /// How the key is written in help: `j`, `Enter`, `Ctrl-S`, `F2`.
  public var displayName: String {
    switch self {
    case .char(" "): return "Space"
    case .char(let c): return String(c)
    case .ctrl(let c): return "Ctrl-\(c.uppercased())"
    case .up: return "Up"
    case .down: return "Down"
    case .left: return "Left"
    case .right: return "Right"
    case .home: return "Home"
    case .end: return "End"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .enter: return "Enter"
    case .escape: return "Esc"
    case .tab: return "Tab"
    case .backTab: return "Shift-Tab"
    case .backspace: return "Backspace"
    case .delete: return "Delete"
    case .function(let n): return "F\(n)"
    case .paste: return "paste"
    case .resize: return "resize"
    }
  }
}
