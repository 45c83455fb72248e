import Foundation

/// Receives the snapshot's records one at a time as they are read, in file order: each as its
/// value or keys when it read cleanly, else its problem (with its id when that much was read).
protocol SnapshotSink {
  mutating func team(_ team: Team?, id: String?, problem: RecordProblem?)
  mutating func worker(_ worker: Worker?, id: String?, problem: RecordProblem?)
  mutating func child(_ child: Case?, id: String?, problem: RecordProblem?)
  mutating func allocation(_ allocation: Allocation?, id: String?, problem: RecordProblem?)
  mutating func session(
    _ keys: SessionKeys?, bytes: Range<Int>, id: String?, problem: RecordProblem?)
  mutating func note(_ keys: NoteKeys?, bytes: Range<Int>, id: String?, problem: RecordProblem?)
  mutating func addendum(
    _ keys: AddendumKeys?, bytes: Range<Int>, id: String?, problem: RecordProblem?)
  mutating func done(_ done: ActionDone?, id: String?, problem: RecordProblem?)
  mutating func closure(_ closure: ActionClosure?, id: String?, problem: RecordProblem?)
  mutating func event(_ event: CaseEvent?, id: String?, problem: RecordProblem?)
}

/// The snapshot's top level: its header and the problems with its parts as a whole.
struct SnapshotHeader {
  /// Why this is no caseload store this version reads; when set, nothing else counts.
  var refusal: String?
  var sequence: Int?
  var journal: Int?
  var settings: Settings?
  /// Parts missing or of the wrong kind, and bad settings, first in reading order first.
  var problems: [RecordProblem] = []
}

/// Reads `caseload.json` in one pass over its bytes, handing each record to a sink.
enum SnapshotDecoder {
  static let top = FieldSet([
    "format", "version", "sequence", "journal", "settings", "teams", "workers", "cases",
    "allocations", "sessions", "notes", "addenda", "actionsDone", "actionsClosed", "caseEvents",
  ])

  /// Reads the whole text; throws at the first fault of syntax or encoding.
  static func read(_ bytes: UnsafeBufferPointer<UInt8>, into sink: inout some SnapshotSink)
    throws(JSONSyntaxError) -> SnapshotHeader
  {
    try checkEncoding(bytes)
    var reader = RecordReader(JSONCursor(bytes))
    guard reader.cursor.peek() == 0x7B else {
      let kind = reader.cursor.kindWords()
      try reader.cursor.skipValue()
      try reader.cursor.finish()
      let words = kind == "null" ? "null" : kind
      return SnapshotHeader(
        refusal: "is not a caseload store (it holds \(words), not a JSON object)")
    }
    var header = SnapshotHeader()
    var format: String?
    var version: JSONNumber?
    let seen = try reader.object(top) { r, field throws(JSONSyntaxError) in
      switch field {
      case 0:
        if r.cursor.peek() == 0x22 { format = try r.string() } else { try r.cursor.skipValue() }
      case 1:
        if let byte = r.cursor.peek(), byte == 0x2D || (0x30...0x39).contains(byte) {
          version = try r.cursor.number()
        } else {
          try r.cursor.skipValue()
        }
      case 2: header.sequence = try changeNumber(&r, sequence: true)
      case 3: header.journal = try changeNumber(&r, sequence: false)
      case 4: header.settings = try Decode.settings(&r)
      default: try records(field, &r, &sink)
      }
    }
    reader.require(seen ?? 0, top, [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
    try reader.cursor.finish()
    guard format == SnapshotFormat.name else {
      return SnapshotHeader(
        refusal: "is not a caseload store (it has no \"format\":\"caseload\")")
    }
    guard let number = version,
      let version = number.integer ?? reader.cursor.double(number).flatMap(Int.init(exactly:))
    else {
      return SnapshotHeader(refusal: "has no format version number")
    }
    guard version <= SnapshotFormat.version else {
      return SnapshotHeader(
        refusal: "was written by a newer caseload (version \(version)); upgrade caseload")
    }
    guard version == SnapshotFormat.version else {
      return SnapshotHeader(refusal: "has an unknown format version \(version)")
    }
    header.problems = reader.problems
    return header
  }

  /// Refuses text that is not UTF-8 before reading it as JSON.
  private static func checkEncoding(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) {
    let count = bytes.count
    if count >= 2, (bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE)
    {
      throw JSONSyntaxError(offset: 0, fault: .utf16)
    }
    if count >= 4, bytes[0] == 0, bytes[1] == 0, bytes[2] == 0xFE, bytes[3] == 0xFF {
      throw JSONSyntaxError(offset: 0, fault: .utf16)
    }
    if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
      throw JSONSyntaxError(offset: 0, fault: .byteOrderMark)
    }
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      throw JSONSyntaxError(offset: 0, fault: .empty)
    }
    // UTF-16 without a byte order mark has a NUL beside each ASCII character.
    if count >= 2, (bytes[0] == 0) != (bytes[1] == 0) {
      throw JSONSyntaxError(offset: 0, fault: .utf16)
    }
    if let base = bytes.baseAddress, let nul = memchr(base, 0, count) {
      throw JSONSyntaxError(
        offset: base.distance(to: nul.assumingMemoryBound(to: UInt8.self)), fault: .nul)
    }
  }

  /// `sequence` or `journal`: a whole number, worded as the range check words it when it is
  /// too large even to hold.
  private static func changeNumber(_ r: inout RecordReader, sequence: Bool)
    throws(JSONSyntaxError) -> Int?
  {
    guard let number = try r.number() else { return nil }
    let text = r.cursor.text(of: number).prefix(40)
    switch r.cursor.wholeNumber(number) {
    case .value(let value): return value
    case .fraction:
      r.report("\(text) is not a whole number")
      return nil
    case .tooLarge: break
    }
    let negative = text.hasPrefix("-")
    switch (sequence, negative) {
    case (true, true): r.report("\(text) must not be negative")
    case (true, false):
      r.report(
        "\(text) is more than \(StoreNumbers.lastSequence), the highest change number a store can hold"
      )
    case (false, true): r.report("\(text) must be 1 or more")
    case (false, false):
      r.report(
        "\(text) is more than \(StoreNumbers.lastSegment), the highest journal segment number")
    }
    return nil
  }

  /// Reads one of the record arrays, handing each record to the sink.
  private static func records(
    _ field: Int, _ r: inout RecordReader, _ sink: inout some SnapshotSink
  ) throws(JSONSyntaxError) {
    let name = top.names[field]
    var words = Interner()
    try r.list { r, index throws(JSONSyntaxError) in
      let mark = r.mark
      let start = r.cursor.at
      let root: [RecordReader.Step] = [.key(name), .index(index)]
      switch field {
      case 5:
        let (value, id) = try Decode.team(&r)
        sink.team(value, id: id, problem: r.takeProblem(since: mark, under: root))
      case 6:
        let (value, id) = try Decode.worker(&r)
        sink.worker(value, id: id, problem: r.takeProblem(since: mark, under: root))
      case 7:
        let (value, id) = try Decode.child(&r)
        sink.child(value, id: id, problem: r.takeProblem(since: mark, under: root))
      case 8:
        let (value, id) = try Decode.allocation(&r, &words)
        sink.allocation(value, id: id, problem: r.takeProblem(since: mark, under: root))
      case 9:
        let (keys, _, id) = try Decode.session(&r, whole: false)
        sink.session(
          keys, bytes: start..<r.cursor.at, id: id,
          problem: r.takeProblem(since: mark, under: root))
      case 10:
        let (keys, _, id) = try Decode.note(&r, whole: false)
        sink.note(
          keys, bytes: start..<r.cursor.at, id: id,
          problem: r.takeProblem(since: mark, under: root))
      case 11:
        let (keys, _, id) = try Decode.addendum(&r, whole: false)
        sink.addendum(
          keys, bytes: start..<r.cursor.at, id: id,
          problem: r.takeProblem(since: mark, under: root))
      case 12:
        let (value, id) = try Decode.done(&r)
        sink.done(value, id: id, problem: r.takeProblem(since: mark, under: root))
      case 13:
        let (value, id) = try Decode.closure(&r)
        sink.closure(value, id: id, problem: r.takeProblem(since: mark, under: root))
      default:
        let (value, id) = try Decode.event(&r)
        sink.event(value, id: id, problem: r.takeProblem(since: mark, under: root))
      }
    }
  }
}
