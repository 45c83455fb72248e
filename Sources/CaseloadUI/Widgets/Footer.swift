/// One entry in the footer: a key as the user types it and what it does here.
public struct FooterItem: Hashable, Sendable {
  public var key: String
  public var label: String
  /// Higher stays longer when the footer is too narrow for every entry.
  public var priority: Int
  /// False for a key that needs something chosen first: it is drawn dimmed.
  public var available: Bool

  public init(_ key: String, _ label: String, priority: Int = 0, available: Bool = true) {
    self.key = key
    self.label = label
    self.priority = priority
    self.available = available
  }

  /// Help is never dropped: it is how the user finds every other key.
  var isHelp: Bool { key == "?" }

  var text: String { "\(key) \(label)" }
}

/// The line at the bottom of a screen listing the keys that work on it, as lazygit does:
/// `j/k move  Enter open  r reassign  ? help  q quit`.
public struct Footer: Hashable, Sendable {
  public var items: [FooterItem]

  static let separator = "  "

  public init(_ items: [FooterItem]) {
    self.items = items
  }

  /// The entries that fit in `width`, in their order: the lowest priority go first, the
  /// later of equals before the earlier, and help is always kept.
  public func visibleItems(width: Int) -> [FooterItem] {
    var shown = items
    while shown.count > 1, Self.width(of: shown) > width {
      let droppable = shown.indices.filter { !shown[$0].isHelp }
      guard
        let drop = droppable.min(by: { a, b in
          (shown[a].priority, -a) < (shown[b].priority, -b)
        })
      else { break }
      shown.remove(at: drop)
    }
    return shown
  }

  /// Draws the footer across the first row of `rect` in the footer role.
  public func render(into canvas: inout Canvas, rect: Rect) {
    guard !rect.isEmpty else { return }
    let row = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
    canvas.fill(row, role: .footer)
    var x = rect.x
    for (index, item) in visibleItems(width: rect.width).enumerated() {
      if index > 0 { x += canvas.put(Self.separator, x: x, y: rect.y, role: .footer) }
      x += canvas.put(
        item.text, x: x, y: rect.y, role: item.available ? .footer : .footerDim,
        width: rect.maxX - x)
    }
  }

  private static func width(of items: [FooterItem]) -> Int {
    items.map(\.text.displayWidth).reduce(0, +) + separator.count * max(0, items.count - 1)
  }
}
