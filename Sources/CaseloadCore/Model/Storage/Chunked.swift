/// A list kept in pieces of 512, so a copy that is changed (an element replaced, one appended)
/// copies one piece and the list of pieces, never the whole list: the store and the board each
/// hold the same state, and a commit must not duplicate a 200,000-record array.
public struct Chunked<Element> {
  static var pieceShift: Int { 9 }
  static var pieceSize: Int { 1 << pieceShift }

  private var pieces: [[Element]] = []
  public private(set) var count = 0

  public init() {}

  public init(_ elements: some Sequence<Element>) {
    for element in elements { append(element) }
  }

  public mutating func append(_ element: Element) {
    if count & (Self.pieceSize - 1) == 0 {
      var piece: [Element] = []
      piece.reserveCapacity(Self.pieceSize)
      piece.append(element)
      pieces.append(piece)
    } else {
      pieces[pieces.count - 1].append(element)
    }
    count += 1
  }

  /// Keeps the elements that pass, in order; linear, for the rare removal.
  public mutating func removeAll(where shouldRemove: (Element) throws -> Bool) rethrows {
    var kept = Chunked()
    for element in self where !(try shouldRemove(element)) { kept.append(element) }
    self = kept
  }
}

extension Chunked: RandomAccessCollection, MutableCollection {
  public var startIndex: Int { 0 }
  public var endIndex: Int { count }

  public subscript(position: Int) -> Element {
    get { pieces[position >> Self.pieceShift][position & (Self.pieceSize - 1)] }
    set { pieces[position >> Self.pieceShift][position & (Self.pieceSize - 1)] = newValue }
  }

  public func makeIterator() -> Iterator { Iterator(pieces: pieces) }

  /// Walks piece by piece, without working out where each element is.
  public struct Iterator: IteratorProtocol {
    let pieces: [[Element]]
    var current: [Element] = []
    var following = 0
    var offset = 0

    init(pieces: [[Element]]) { self.pieces = pieces }

    public mutating func next() -> Element? {
      if offset < current.count {
        defer { offset += 1 }
        return current[offset]
      }
      guard following < pieces.count else { return nil }
      current = pieces[following]
      following += 1
      offset = 1
      return current.first
    }
  }
}

extension Chunked: Sendable where Element: Sendable {}
extension Chunked.Iterator: Sendable where Element: Sendable {}

extension Chunked: Equatable where Element: Equatable {
  public static func == (lhs: Chunked, rhs: Chunked) -> Bool {
    lhs.count == rhs.count && lhs.elementsEqual(rhs)
  }
}

extension Chunked: ExpressibleByArrayLiteral {
  public init(arrayLiteral elements: Element...) { self.init(elements) }
}
