import HashTreeCollections

/// A dictionary built once and then changed a little at a time. While one value holds it alone
/// (loading a store, building a caseload) it is a plain dictionary changed in place; once it is
/// shared (the store's state and the board's), changes go into a persistent tree map beside the
/// shared dictionary, so a changed copy shares everything but the path to what changed.
public struct LayeredMap<Key: Hashable & Sendable, Value: Sendable>: Sendable {
  private var base: Shared<[Key: Value]>
  /// Values set (or removed, as nil) since the base was last changed in place.
  private var changes: TreeDictionary<Key, Value?> = [:]
  public private(set) var count: Int

  public init() {
    base = Shared([:])
    count = 0
  }

  public var isEmpty: Bool { count == 0 }

  public subscript(key: Key) -> Value? {
    get {
      if !changes.isEmpty, let changed = changes[key] { return changed }
      return base.value[key]
    }
    set {
      if changes.isEmpty, isKnownUniquelyReferenced(&base) {
        let old =
          newValue.map { base.value.updateValue($0, forKey: key) }
          ?? base.value.removeValue(forKey: key)
        count += (newValue == nil ? 0 : 1) - (old == nil ? 0 : 1)
        return
      }
      let old = self[key]
      count += (newValue == nil ? 0 : 1) - (old == nil ? 0 : 1)
      if newValue == nil, base.value[key] == nil {
        changes[key] = nil
      } else {
        changes[key] = .some(newValue)
      }
    }
  }

  public subscript(key: Key, default value: @autoclosure () -> Value) -> Value {
    get { self[key] ?? value() }
    set { self[key] = newValue }
  }

  /// Changes the value at `key` (starting from `value` when there is none) in place.
  public mutating func modify<R>(
    _ key: Key, default value: @autoclosure () -> Value, _ body: (inout Value) throws -> R
  ) rethrows -> R {
    if changes.isEmpty, isKnownUniquelyReferenced(&base) {
      let before = base.value.count
      defer { count += base.value.count - before }
      return try body(&base.value[key, default: value()])
    }
    var current = self[key] ?? value()
    let result = try body(&current)
    self[key] = current
    return result
  }

  /// Every key, in no particular order; linear.
  public var keys: [Key] { map(\.key) }

  /// Every value, in no particular order; linear.
  public var values: [Value] { map(\.value) }
}

extension LayeredMap: Sequence {
  public var underestimatedCount: Int { count }

  public func makeIterator() -> Iterator {
    Iterator(base: base.value.makeIterator(), changes: changes, changed: changes.makeIterator())
  }

  /// The loaded entries not changed since, then the changed ones still present.
  public struct Iterator: IteratorProtocol {
    var base: [Key: Value].Iterator
    let changes: TreeDictionary<Key, Value?>
    var changed: TreeDictionary<Key, Value?>.Iterator

    public mutating func next() -> (key: Key, value: Value)? {
      while let (key, value) = base.next() {
        if changes.isEmpty || changes[key] == nil { return (key, value) }
      }
      while let (key, value) = changed.next() {
        if let value { return (key, value) }
      }
      return nil
    }
  }
}

extension LayeredMap: Equatable where Value: Equatable {
  public static func == (lhs: LayeredMap, rhs: LayeredMap) -> Bool {
    guard lhs.count == rhs.count else { return false }
    return lhs.allSatisfy { key, value in rhs[key] == value }
  }
}

extension LayeredMap: ExpressibleByDictionaryLiteral {
  public init(dictionaryLiteral elements: (Key, Value)...) {
    self.init()
    for (key, value) in elements { self[key] = value }
  }
}

/// A value shared by reference between copies of a struct, changed only while one copy holds it
/// alone (checked with `isKnownUniquelyReferenced`), as Array's own storage is.
final class Shared<Value>: @unchecked Sendable {
  // @unchecked: only ever mutated by its sole owner, so no two threads can see a change.
  var value: Value

  init(_ value: Value) { self.value = value }
}
