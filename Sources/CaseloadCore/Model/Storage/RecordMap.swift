/// Teams, workers or cases by id in the order they were added, as the snapshot keeps them: the
/// records in a `Chunked` list, their places in a `LayeredMap`, so replacing one record in a
/// shared copy copies a piece of the list and a path of the map. A record taken out leaves an
/// empty place, so the places of the others never move.
public struct RecordMap<Value: Identifiable & Sendable>: Sendable where Value.ID: Sendable {
  private var slots = Chunked<Value?>()
  private var places = LayeredMap<Value.ID, Int>()

  public init() {}

  public var count: Int { places.count }
  public var isEmpty: Bool { places.isEmpty }

  public subscript(id: Value.ID) -> Value? {
    get { places[id].flatMap { slots[$0] } }
    set {
      if let place = places[id] {
        slots[place] = newValue
        if newValue == nil { places[id] = nil }
      } else if let newValue {
        places[id] = slots.count
        slots.append(newValue)
      }
    }
  }

  /// Where a record is in store order (a record taken out keeps its place empty), for keeping
  /// other lists in the same order.
  func place(of id: Value.ID) -> Int? { places[id] }

  /// The records in order.
  public var values: Values { Values(slots: slots, count: count) }

  /// The ids in order; linear.
  public var keys: [Value.ID] { values.map(\.id) }

  /// The records in order, skipping the places of those taken out.
  public struct Values: Collection, Sendable {
    let slots: Chunked<Value?>
    public let count: Int

    public var isEmpty: Bool { count == 0 }
    public var startIndex: Int { next(from: 0) }
    public var endIndex: Int { slots.count }

    public subscript(position: Int) -> Value {
      guard let value = slots[position] else { preconditionFailure("no record at \(position)") }
      return value
    }

    public func index(after position: Int) -> Int { next(from: position + 1) }

    /// The first place at or after `position` that holds a record.
    private func next(from position: Int) -> Int {
      var place = position
      while place < slots.count, slots[place] == nil { place += 1 }
      return place
    }
  }
}

extension RecordMap: Equatable where Value: Equatable {
  public static func == (lhs: RecordMap, rhs: RecordMap) -> Bool {
    lhs.count == rhs.count && lhs.values.elementsEqual(rhs.values)
  }
}

/// Walked as a dictionary is, id and record together, so code written against the dictionary
/// the records were kept in before still reads the same; in store order.
extension RecordMap: Sequence {
  public struct Iterator: IteratorProtocol {
    var base: Values.Iterator

    public mutating func next() -> (key: Value.ID, value: Value)? {
      base.next().map { (key: $0.id, value: $0) }
    }
  }

  public func makeIterator() -> Iterator { Iterator(base: values.makeIterator()) }

  public var underestimatedCount: Int { count }
}
