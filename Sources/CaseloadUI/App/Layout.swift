/// Where everything goes for one terminal size: computed once per frame and per key, so key
/// handling (what a page is, what is visible) and drawing use the same rectangles.
public struct Layout: Hashable, Sendable {
  public var size: Size

  public init(size: Size) { self.size = size }

  /// The top line: product, team, date, user.
  public var header: Rect { Rect(x: 0, y: 0, width: size.width, height: 1) }
  /// What the screen on top draws into: everything between the header and the notice line.
  public var body: Rect { Rect(x: 0, y: 1, width: size.width, height: max(0, size.height - 3)) }
  /// The one-line notice above the footer.
  public var notice: Rect { Rect(x: 0, y: max(0, size.height - 2), width: size.width, height: 1) }
  public var footer: Rect { Rect(x: 0, y: max(0, size.height - 1), width: size.width, height: 1) }
}

/// A terminal size in cells.
public struct Size: Hashable, Sendable {
  public var width: Int
  public var height: Int

  public init(width: Int, height: Int) {
    self.width = width
    self.height = height
  }

  /// The smallest size the layout is designed for (SPEC 2.3).
  public static let minimum = Size(width: 80, height: 24)

  public var isBigEnough: Bool { width >= Size.minimum.width && height >= Size.minimum.height }
}
