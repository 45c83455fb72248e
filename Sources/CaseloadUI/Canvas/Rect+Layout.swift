/// How much of a row or a column one part of a layout takes.
public enum LayoutSize: Hashable, Sendable {
  /// Exactly this many cells, or what is left when there is less.
  case fixed(Int)
  /// A share, by weight, of what the fixed parts leave.
  case fill(Int)

  /// One equal share of what the fixed parts leave.
  public static let fill = LayoutSize.fill(1)
}

extension Rect {
  public var maxX: Int { x + width }
  public var maxY: Int { y + height }
  public var isEmpty: Bool { width <= 0 || height <= 0 }

  /// This rectangle shrunk by `horizontal` cells on the left and right and `vertical` cells
  /// at the top and bottom; never negative.
  public func inset(horizontal: Int = 0, vertical: Int = 0) -> Rect {
    Rect(
      x: x + horizontal, y: y + vertical, width: max(0, width - 2 * horizontal),
      height: max(0, height - 2 * vertical))
  }

  /// This rectangle shrunk by the same amount on every side.
  public func inset(by amount: Int) -> Rect {
    inset(horizontal: amount, vertical: amount)
  }

  /// The part of this rectangle that also lies in `other`.
  public func intersection(_ other: Rect) -> Rect {
    let left = max(x, other.x)
    let top = max(y, other.y)
    return Rect(
      x: left, y: top, width: max(0, min(maxX, other.maxX) - left),
      height: max(0, min(maxY, other.maxY) - top))
  }

  /// A rectangle of at most this size in the middle of this one.
  public func centered(width: Int, height: Int) -> Rect {
    let width = min(max(0, width), self.width)
    let height = min(max(0, height), self.height)
    return Rect(
      x: x + (self.width - width) / 2, y: y + (self.height - height) / 2, width: width,
      height: height)
  }

  /// This rectangle cut into columns from left to right, one for each size.
  public func columns(_ sizes: [LayoutSize], spacing: Int = 0) -> [Rect] {
    Self.split(width, sizes, spacing: spacing).map { start, length in
      Rect(x: x + start, y: y, width: length, height: height)
    }
  }

  /// Offsets and lengths of the parts; fixed parts are served first, in order, and any cells
  /// that do not divide evenly go to the first fill parts.
  private static func split(
    _ total: Int, _ sizes: [LayoutSize], spacing: Int
  ) -> [(start: Int, length: Int)] {
    let spacing = max(0, spacing)
    var available = max(0, total - spacing * max(0, sizes.count - 1))
    var lengths = [Int](repeating: 0, count: sizes.count)
    var weights = 0
    for (index, size) in sizes.enumerated() {
      switch size {
      case .fixed(let length):
        lengths[index] = min(max(0, length), available)
        available -= lengths[index]
      case .fill(let weight):
        weights += max(0, weight)
      }
    }
    if weights > 0 {
      var remainder = available
      for (index, size) in sizes.enumerated() {
        if case .fill(let weight) = size {
          lengths[index] = available * max(0, weight) / weights
          remainder -= lengths[index]
        }
      }
      for (index, size) in sizes.enumerated() where remainder > 0 {
        if case .fill(let weight) = size, weight > 0 {
          lengths[index] += 1
          remainder -= 1
        }
      }
    }
    var start = 0
    return lengths.map { length in
      defer { start += length + spacing }
      return (min(start, total), length)
    }
  }
}
