import Foundation
import SystemPackage
import Testing

@testable import CaseloadCore

/// Counts what the store reads through `StoreIO`, to prove reading is linear without timing it.
final class ReadCounter: @unchecked Sendable {
  private let lock = NSLock()
  private var total = 0

  var bytes: Int { lock.withLock { total } }
  func reset() { lock.withLock { total = 0 } }

  var io: StoreIO {
    var io = StoreIO.system
    io.read = { fd, buffer, offset throws(Errno) in
      let got = try StoreIO.systemRead(fd, buffer, offset)
      self.lock.withLock { self.total += got }
      return got
    }
    return io
  }
}

/// Defect 4 of issue 11: a long journal line cost the square of its length, because the
/// unfinished line was searched again after every piece read, and a line over the limit was
/// read for minutes before being refused. These prove, by counting bytes, that each byte is
/// read once and searched once, and that a line over the limit is refused after the limit
/// and one piece.
@Suite("Journal reading is linear: each byte read and searched once, long lines refused early")
struct JournalLinearityTests {
  /// A line, and the pieces it arrives in.
  @Test(arguments: [1, 7, 4096, 1 << 20])
  func aLongLineIsSearchedOnceWhateverThePieces(_ pieceSize: Int) throws {
    let length = pieceSize < 4096 ? 64 << 10 : 8 << 20
    let bytes = [UInt8](repeating: 0x79, count: length) + [0x0A]
    var scanner = LineScanner(limit: 64 << 20)
    var lines: [Int] = []
    for start in stride(from: 0, to: bytes.count, by: pieceSize) {
      let piece = Array(bytes[start..<min(start + pieceSize, bytes.count)])
      try scanner.feed(piece) { lines.append($0.count) }
    }
    #expect(lines == [length])
    // Searching the unfinished line again after each piece would make this the square.
    #expect(scanner.scanned == bytes.count)
    #expect(scanner.pending.isEmpty)
  }

  @Test func linesAcrossPieceBoundariesComeOutWholeAndEachByteIsSearchedOnce() throws {
    var text: [UInt8] = []
    var expected: [[UInt8]] = []
    for length in [0, 1, 5, 4095, 4096, 4097, 10_000, 3, 0, 70_000] {
      let line = (0..<length).map { UInt8(0x61 + $0 % 26) }
      expected.append(line)
      text += line + [0x0A]
    }
    text += Array("unfinished".utf8)
    var scanner = LineScanner(limit: 1 << 20)
    var lines: [[UInt8]] = []
    for start in stride(from: 0, to: text.count, by: 4096) {
      try scanner.feed(Array(text[start..<min(start + 4096, text.count)])) {
        lines.append(Array($0))
      }
    }
    #expect(lines == expected)
    #expect(scanner.scanned == text.count)
    #expect(scanner.pending == Array("unfinished".utf8))
  }

  @Test(arguments: [1000, 4096, 100_000])
  func aLineOverTheLimitIsRefusedOnceTheLimitIsPassed(_ pieceSize: Int) throws {
    let limit = 50_000
    var scanner = LineScanner(limit: limit)
    var fed = 0
    let piece = [UInt8](repeating: 0x79, count: pieceSize)
    #expect(throws: LineScanner.TooLong.self) {
      while fed < 10 * limit {
        fed += piece.count
        try scanner.feed(piece) { _ in Issue.record("no line ends") }
      }
    }
    #expect(fed > limit)
    #expect(fed <= limit + pieceSize)
    // A finished line one byte over is refused too; one at the limit is accepted.
    var exact = LineScanner(limit: limit)
    var seen = 0
    try exact.feed([UInt8](repeating: 0x79, count: limit) + [0x0A]) { seen = $0.count }
    #expect(seen == limit)
    var over = LineScanner(limit: limit)
    #expect(throws: LineScanner.TooLong.self) {
      try over.feed([UInt8](repeating: 0x79, count: limit + 1) + [0x0A]) { _ in }
    }
  }

  /// A 65 MiB line (sparse, so it costs no disk) under the standard 64 MiB limit.
  @Test func a65MiBLineIsRefusedAfterReadingAtMostTheLimitAndOnePiece() throws {
    let temp = try TemporaryDirectory()
    let path = try temp.makeStore()
    let segment = path + "/journal/000001.jsonl"
    #expect(truncate(segment, off_t(65 << 20)) == 0)
    let before = Disk.files(in: path)
    let limit = StoreLimits.standard.journalLineBytes
    let bound = limit + Int(JournalReader.pieceSize)
    let expected =
      "journal/000001.jsonl: line 1: is longer than 64 MiB, the most a journal line may be"
    let counter = ReadCounter()

    #expect(
      FileStore.check(at: path, limits: .standard, io: counter.io).map(\.description)
        == [expected])
    #expect(counter.bytes <= bound, "check read \(counter.bytes) bytes")
    for readOnly in [true, false] {
      counter.reset()
      let error = #expect(throws: CaseloadError.self) {
        try FileStore.open(
          at: path, readOnly: readOnly, user: "amara", clock: StoreFixture.clock, io: counter.io)
      }
      #expect(error?.description == path + "/" + expected)
      #expect(counter.bytes <= bound, "open read \(counter.bytes) bytes")
      #expect(counter.bytes > 0, "the segment was not read through StoreIO")
    }
    #expect(Disk.files(in: path) == before)
  }

  /// A real 8 MiB note, saved and read back: opening and checking read each byte once.
  @Test func aLongNoteIsReadOnceOnOpenAndOnCheck() throws {
    let temp = try TemporaryDirectory()
    let path = try temp.makeStore()
    let writer = try FileStore.open(at: path, user: "amara", clock: StoreFixture.clock)
    let text = String(repeating: "Long discussion. ", count: (8 << 20) / 17)
    let note = OversightNote(
      id: "N-LONG", note: CaseDiscussion(case: "C1", discussion: text, decision: "Agreed."),
      authorship: StoreFixture.by)
    try writer.commit(.recordNote(note))
    try writer.commit(StoreFixture.note("N3"))
    let size = Disk.files(in: path)["journal/000001.jsonl"]?.size ?? 0
    #expect(size > 8 << 20)

    let counter = ReadCounter()
    let reader = try FileStore.open(
      at: path, readOnly: true, user: "bo", clock: StoreFixture.clock, io: counter.io)
    #expect(reader.caseload.notes.contains { $0.id == "N-LONG" && $0.note.discussion == text })
    #expect(counter.bytes == size)
    counter.reset()
    #expect(FileStore.check(at: path, limits: .standard, io: counter.io) == [])
    #expect(counter.bytes == size)
    // A refresh with nothing new reads back only the last line, to see it is still there.
    counter.reset()
    #expect(try reader.refresh().isEmpty)
    #expect(counter.bytes < 1 << 10)
  }
}
