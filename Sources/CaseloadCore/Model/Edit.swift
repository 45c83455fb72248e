/// One field of a record changed from one value to another. The `from` value is what the
/// manager saw: a change whose `from` no longer matches the store is refused as a conflict,
/// so nobody overwrites another manager's edit unseen, and undo is the same edit reversed.
public struct Edit<Value: Hashable & Sendable & Codable>: Hashable, Sendable, Codable {
  public var from: Value
  public var to: Value

  public init(from: Value, to: Value) {
    self.from = from
    self.to = to
  }

  /// An edit only when the value really changes.
  public static func between(_ from: Value, _ to: Value) -> Edit? {
    from == to ? nil : Edit(from: from, to: to)
  }

  /// The same edit the other way round.
  public var reversed: Edit { Edit(from: to, to: from) }
}
