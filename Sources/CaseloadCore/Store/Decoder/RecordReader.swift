import Foundation

/// What is wrong with one value of a record, in the words `caseload check` prints:
/// `workers[12].fte: expected a number but found text`.
struct RecordProblem: Error, Hashable, Sendable {
  /// Where the value is (`workers[12].fte`); nil for the whole file.
  var path: String?
  var problem: String
}

/// The names of a record's fields in the order the checks look at them, so that of several
/// bad fields the one reported is the one the old decoder reported (the first in that order).
final class FieldSet: Sendable {
  let names: [String]
  /// Each name's length, first and last byte, so a key is compared in full with one name only.
  private let signatures: [UInt32]
  private let utf8: [[UInt8]]

  init(_ names: [String]) {
    self.names = names
    utf8 = names.map { Array($0.utf8) }
    signatures = utf8.map { Self.signature($0.count, $0.first ?? 0, $0.last ?? 0) }
  }

  private static func signature(_ count: Int, _ first: UInt8, _ last: UInt8) -> UInt32 {
    UInt32(truncatingIfNeeded: count) << 16 | UInt32(first) << 8 | UInt32(last)
  }

  /// The field a key names, or nil for a key the record does not have (which is skipped).
  func field(_ key: JSONKey, in cursor: JSONCursor) -> Int? {
    guard !key.escaped else { return names.firstIndex(of: cursor.text(of: key)) }
    let count = key.end - key.start
    guard count > 0, let base = cursor.bytes.baseAddress else { return nil }
    let wanted = Self.signature(count, base[key.start], base[key.end - 1])
    for index in signatures.indices where signatures[index] == wanted {
      let same = utf8[index].withUnsafeBufferPointer { name in
        memcmp(name.baseAddress.unsafelyUnwrapped, base + key.start, count) == 0
      }
      if same { return index }
    }
    return nil
  }
}

/// Reads records field by field from a cursor, noting what is wrong with a value instead of
/// stopping, so a store's every bad record can be listed. Syntax errors still throw: after one,
/// nothing further can be read.
struct RecordReader {
  /// One step of the path to a value.
  enum Step: Hashable {
    case key(String)
    case index(Int)
  }

  /// A problem found in the record being read, with its place in the record and its rank
  /// (the fields' positions in their `FieldSet`s and list positions on the way to it).
  struct Found {
    var path: [Step]
    var rank: [Int]
    var problem: String
  }

  var cursor: JSONCursor
  private(set) var found: [Found] = []

  init(_ cursor: JSONCursor) { self.cursor = cursor }

  var hasProblem: Bool { !found.isEmpty }

  /// Notes a problem with the value being read (its path is filled in on the way out).
  mutating func report(_ problem: String) {
    found.append(Found(path: [], rank: [], problem: problem))
  }

  /// Notes a problem with a field of the object just read.
  mutating func report(_ problem: String, field: Int, in fields: FieldSet) {
    found.append(Found(path: [.key(fields.names[field])], rank: [field], problem: problem))
  }

  /// Starts a new record.
  mutating func begin() { found.removeAll(keepingCapacity: true) }

  /// Takes out the problems found since `mark` (the record just read inside a larger one) and
  /// returns the first in reading order, its path under `root`.
  mutating func takeProblem(since mark: Int, under root: [Step]) -> RecordProblem? {
    guard found.count > mark else { return nil }
    let first = found[mark...].min { $0.rank.lexicographicallyPrecedes($1.rank) }
    found.removeSubrange(mark...)
    return first.map { RecordProblem(path: Self.path(root + $0.path), problem: $0.problem) }
  }

  /// Every problem found, first in reading order first.
  var problems: [RecordProblem] {
    found.sorted { $0.rank.lexicographicallyPrecedes($1.rank) }.map {
      RecordProblem(path: Self.path($0.path), problem: $0.problem)
    }
  }

  var mark: Int { found.count }

  /// The problem to report for the record just read, the first in reading order, under `root`
  /// (`workers[3]`); nil when it read cleanly.
  func firstProblem(under root: [Step]) -> RecordProblem? {
    guard
      let first = found.min(by: { $0.rank.lexicographicallyPrecedes($1.rank) })
    else { return nil }
    return RecordProblem(path: Self.path(root + first.path), problem: first.problem)
  }

  static func path(_ steps: [Step]) -> String? {
    guard !steps.isEmpty else { return nil }
    var text = ""
    for step in steps {
      switch step {
      case .key(let key): text += (text.isEmpty ? "" : ".") + key
      case .index(let index): text += "[\(index)]"
      }
    }
    return text
  }

  /// Puts `step` (at `rank`) in front of the path of every problem found since `mark`.
  private mutating func place(since mark: Int, _ step: Step, rank: Int) {
    for index in mark..<found.count {
      found[index].path.insert(step, at: 0)
      found[index].rank.insert(rank, at: 0)
    }
  }

  /// Notes a value of the wrong kind and reads past it.
  mutating func wrongKind(_ expected: String) throws(JSONSyntaxError) {
    let found = cursor.kindWords()
    report(
      found == "null" ? "is null; expected \(expected)" : "expected \(expected) but found \(found)")
    try cursor.skipValue()
  }

  /// Reads an object against `fields`: `body` reads the value of each field it has (unknown
  /// keys are checked and skipped, a repeated key is a problem). Returns which fields were
  /// present, or nil (with the problem noted) when the value is not an object.
  @inline(__always)
  mutating func object(
    _ fields: FieldSet, _ body: (inout RecordReader, Int) throws(JSONSyntaxError) -> Void
  ) throws(JSONSyntaxError) -> UInt64? {
    guard var object = try beginObject(fields) else { return nil }
    while let field = try nextField(&object) { try body(&self, field) }
    return object.seen
  }

  /// Where reading an object has got to.
  struct ObjectReading {
    // Every field set is a static constant, alive as long as the process.
    unowned(unsafe) let fields: FieldSet
    /// The fields present so far, one bit each.
    var seen: UInt64 = 0
    var unknown: [JSONKey] = []
    /// The field whose value was last handed out, and how many problems there were before it.
    var field = -1
    var mark = 0
    var started = false
  }

  /// Starts reading an object; nil (with the problem noted) when the value is not one.
  mutating func beginObject(_ fields: FieldSet) throws(JSONSyntaxError) -> ObjectReading? {
    guard cursor.peek() == 0x7B else {
      try wrongKind("an object {...}")
      return nil
    }
    try cursor.enter()
    return ObjectReading(fields: fields)
  }

  /// The next field of the object that the record has, with its value at the cursor for the
  /// caller to read; nil after the last.
  mutating func nextField(_ object: inout ObjectReading) throws(JSONSyntaxError) -> Int? {
    while true {
      if object.field >= 0 {
        if found.count > object.mark {
          place(since: object.mark, .key(object.fields.names[object.field]), rank: object.field)
        }
        object.field = -1
      }
      if object.started {
        switch cursor.peek() {
        case 0x2C: cursor.at += 1
        case 0x7D:
          cursor.at += 1
          cursor.leave()
          return nil
        default: throw cursor.unexpected("',' or '}' after a value in an object")
        }
      } else {
        object.started = true
        if cursor.peek() == 0x7D {
          cursor.at += 1
          cursor.leave()
          return nil
        }
      }
      guard cursor.peek() == 0x22 else { throw cursor.unexpected("a key in quotes") }
      let key = try cursor.string()
      try cursor.consume(0x3A, "':' after a key")
      cursor.skipWhitespace()
      guard let field = object.fields.field(key, in: cursor) else {
        if object.unknown.contains(where: { cursor.same(key, $0) }) {
          throw JSONSyntaxError(offset: key.start - 1, fault: .repeatedKey(cursor.text(of: key)))
        }
        object.unknown.append(key)
        try cursor.skipValue()
        continue
      }
      object.mark = found.count
      object.field = field
      let bit: UInt64 = 1 << UInt64(field)
      if object.seen & bit != 0 {
        report("appears twice in one object; a store never repeats a key")
        try cursor.skipValue()
        continue
      }
      object.seen |= bit
      return field
    }
  }

  /// Notes each field of `required` that `seen` lacks as missing.
  mutating func require(_ seen: UInt64, _ fields: FieldSet, _ required: [Int]) {
    for field in required where seen & (1 << UInt64(field)) == 0 {
      found.append(Found(path: [.key(fields.names[field])], rank: [field], problem: "is missing"))
    }
  }

  /// Reads a list, `body` reading each element; false (with the problem noted) when the
  /// value is not a list.
  @discardableResult @inline(__always)
  mutating func list(_ body: (inout RecordReader, Int) throws(JSONSyntaxError) -> Void)
    throws(JSONSyntaxError) -> Bool
  {
    guard var list = try beginList() else { return false }
    while try nextElement(&list) { try body(&self, list.index) }
    return true
  }

  /// Where reading a list has got to.
  struct ListReading {
    var index = -1
    var mark = 0
  }

  /// Starts reading a list; nil (with the problem noted) when the value is not one.
  mutating func beginList() throws(JSONSyntaxError) -> ListReading? {
    guard cursor.peek() == 0x5B else {
      try wrongKind("a list [...]")
      return nil
    }
    try cursor.enter()
    return ListReading()
  }

  /// True with the cursor at the next element; false after the last.
  mutating func nextElement(_ list: inout ListReading) throws(JSONSyntaxError) -> Bool {
    if list.index >= 0 {
      if found.count > list.mark { place(since: list.mark, .index(list.index), rank: list.index) }
      switch cursor.peek() {
      case 0x2C: cursor.at += 1
      case 0x5D:
        cursor.at += 1
        cursor.leave()
        return false
      default: throw cursor.unexpected("',' or ']' after a value in a list")
      }
    } else if cursor.peek() == 0x5D {
      cursor.at += 1
      cursor.leave()
      return false
    }
    cursor.skipWhitespace()
    list.index += 1
    list.mark = found.count
    return true
  }

  /// Reads an object whose keys are data (a dictionary): `body` gets each key's text.
  mutating func dictionary(_ body: (inout RecordReader, String) throws(JSONSyntaxError) -> Void)
    throws(JSONSyntaxError)
  {
    guard cursor.peek() == 0x7B else { return try wrongKind("an object {...}") }
    var keys = Set<String>()
    var reader = self
    var outer = cursor
    defer {
      reader.cursor = outer
      self = reader
    }
    try outer.members { cursor, key throws(JSONSyntaxError) in
      reader.cursor = cursor
      defer { cursor = reader.cursor }
      let text = cursor.text(of: key)
      let mark = reader.found.count
      if keys.insert(text).inserted {
        try body(&reader, text)
      } else {
        reader.report("appears twice in one object; a store never repeats a key")
        try reader.cursor.skipValue()
      }
      if reader.found.count > mark { reader.place(since: mark, .key(text), rank: keys.count) }
    }
  }
}
