import Foundation

/// A supervision record kind kept lazily: `IndexKeys` is what the indexes, the rules and validation
/// read from every record (ids, dates, cases, actions), without its texts.
public protocol StoredRecord: Sendable, Equatable {
  associatedtype IndexKeys: Sendable
  var keys: IndexKeys { get }
}

/// Sessions, notes or addenda in the order recorded. Those read from the snapshot stay as the
/// place of their bytes beside their keys until something asks for the whole record, which is
/// then decoded and kept in a cache shared by every copy (saved records never change); those
/// recorded since are held whole. Stored in a `Chunked` list, so appending to a shared copy
/// copies one piece.
public struct RecordList<Record: StoredRecord>: RandomAccessCollection, Sendable {
  struct Entry: Sendable {
    var keys: Record.IndexKeys
    var origin: Origin
  }

  enum Origin: Sendable {
    /// `start..<end` of the snapshot's bytes.
    case stored(start: UInt32, end: UInt32)
    case held(Held<Record>)
  }

  private var entries = Chunked<Entry>()
  private var source: RecordSource<Record>?

  public init() {}

  init(source: RecordSource<Record>) { self.source = source }

  public var startIndex: Int { 0 }
  public var endIndex: Int { entries.count }

  /// The whole record, decoded from the snapshot the first time it is asked for.
  public subscript(position: Int) -> Record {
    let entry = entries[position]
    switch entry.origin {
    case .held(let held): return held.value
    case .stored(let start, let end):
      guard let source else { preconditionFailure("a stored record without its snapshot") }
      return source.record(Int(start)..<Int(end), keys: entry.keys)
    }
  }

  /// What every record carries without its texts, read without decoding anything.
  public func keys(at position: Int) -> Record.IndexKeys { entries[position].keys }

  /// Every record's keys, in order.
  var allKeys: LazyMapSequence<Chunked<Entry>, Record.IndexKeys> { entries.lazy.map(\.keys) }

  mutating func append(_ record: Record) {
    entries.append(Entry(keys: record.keys, origin: .held(Held(record))))
  }

  /// A record of the snapshot, by the place of its bytes.
  mutating func appendStored(_ keys: Record.IndexKeys, bytes range: Range<Int>) {
    entries.append(
      Entry(
        keys: keys, origin: .stored(start: UInt32(range.lowerBound), end: UInt32(range.upperBound)))
    )
  }

  /// Each record in order, decoded for the call and not cached: for writing a snapshot or
  /// checking a whole store without keeping every text in memory.
  func forEachRecord(_ body: (Record) throws -> Void) rethrows {
    for entry in entries {
      switch entry.origin {
      case .held(let held): try body(held.value)
      case .stored(let start, let end):
        guard let source else { continue }
        try body(source.decoded(Int(start)..<Int(end), keys: entry.keys))
      }
    }
  }
}

extension RecordList: Equatable {
  public static func == (lhs: RecordList, rhs: RecordList) -> Bool {
    lhs.count == rhs.count && lhs.elementsEqual(rhs)
  }
}

/// A record held whole, boxed so a list entry stays small whatever the record's size.
final class Held<Record: Sendable>: Sendable {
  let value: Record
  init(_ value: Record) { self.value = value }
}

/// The snapshot's bytes for one record kind, with how to decode a record from them and the
/// records decoded so far.
final class RecordSource<Record: StoredRecord>: @unchecked Sendable {
  // @unchecked: `cache` is only touched under `lock`; everything else is immutable.
  let bytes: SnapshotBytes
  private let decode: @Sendable (SnapshotBytes, Range<Int>, Record.IndexKeys) -> Record
  private let lock = NSLock()
  private var cache: [Int: Record] = [:]
  /// Beyond this many decoded records the cache starts again, so a long session reading many
  /// records never keeps them all.
  private let cacheLimit = 4096

  init(
    bytes: SnapshotBytes,
    decode: @escaping @Sendable (SnapshotBytes, Range<Int>, Record.IndexKeys) -> Record
  ) {
    self.bytes = bytes
    self.decode = decode
  }

  func record(_ range: Range<Int>, keys: Record.IndexKeys) -> Record {
    if let cached = lock.withLock({ cache[range.lowerBound] }) { return cached }
    let record = decode(bytes, range, keys)
    lock.withLock {
      if cache.count >= cacheLimit { cache.removeAll(keepingCapacity: true) }
      cache[range.lowerBound] = record
    }
    return record
  }

  func decoded(_ range: Range<Int>, keys: Record.IndexKeys) -> Record {
    if let cached = lock.withLock({ cache[range.lowerBound] }) { return cached }
    return decode(bytes, range, keys)
  }
}
