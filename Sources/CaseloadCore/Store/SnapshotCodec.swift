import Foundation

/// Writes a state as `caseload.json` (reading it back is `SnapshotLoader`'s).
enum SnapshotCodec {
  /// Writes the snapshot as text a person can read and diff: the header on the first line, then
  /// each array with one record per line. `flush` receives the text in pieces of about 1 MiB.
  static func encode(
    _ caseload: Caseload, sequence: Int, journal: Int, flush: ([UInt8]) throws -> Void
  ) throws {
    try withoutActuallyEscaping(flush) { flush in
      try encode(caseload, sequence: sequence, journal: journal, into: Writer(flush: flush))
    }
  }

  private static func encode(
    _ caseload: Caseload, sequence: Int, journal: Int, into writer: consuming Writer
  ) throws {
    writer.put(
      "{\"format\":\"\(SnapshotFormat.name)\",\"version\":\(SnapshotFormat.version),"
        + "\"sequence\":\(sequence),\"journal\":\(journal),\n\"settings\":")
    try writer.put(caseload.settings)
    writer.put(",\n")
    try writer.array("teams", caseload.teams.values)
    try writer.array("workers", caseload.workers.values)
    try writer.array("cases", caseload.cases.values)
    try writer.array("allocations", caseload.allocationsInStoreOrder)
    try writer.array("sessions", caseload.sessions)
    try writer.array("notes", caseload.notes)
    try writer.array("addenda", caseload.addenda)
    try writer.array("actionsDone", caseload.actionsDoneInStoreOrder)
    try writer.array("actionsClosed", caseload.actionsClosedInStoreOrder)
    try writer.array("caseEvents", caseload.eventsInStoreOrder, last: true)
    writer.put("}\n")
    try writer.finish()
  }

  static func tooLarge(size: Int64, limit: Int) -> String {
    "is \(StoreErrors.size(size)), more than the \(StoreErrors.size(limit)) a store may be; it is not a caseload store"
  }

  /// The encoder for records and journal lines: sorted keys so files diff cleanly.
  static func makeEncoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }

  private struct Writer {
    let flush: ([UInt8]) throws -> Void
    let encoder = SnapshotCodec.makeEncoder()
    var buffer: [UInt8] = []

    init(flush: @escaping ([UInt8]) throws -> Void) {
      self.flush = flush
      buffer.reserveCapacity(Self.pieceSize + 4096)
    }

    static let pieceSize = 1 << 20

    mutating func put(_ text: String) { buffer.append(contentsOf: text.utf8) }

    mutating func put(_ value: some Encodable) throws {
      buffer.append(contentsOf: try encoder.encode(value))
      if buffer.count >= Self.pieceSize {
        try flush(buffer)
        buffer.removeAll(keepingCapacity: true)
      }
    }

    mutating func array(
      _ name: String, _ records: some Collection<some Encodable>, last: Bool = false
    ) throws {
      put("\"\(name)\":[")
      var remaining = records.count
      if remaining > 0 { put("\n") }
      for record in records {
        try put(record)
        remaining -= 1
        put(remaining > 0 ? ",\n" : "\n")
      }
      put(last ? "]\n" : "],\n")
    }

    mutating func finish() throws {
      if !buffer.isEmpty { try flush(buffer) }
      buffer.removeAll()
    }
  }
}
