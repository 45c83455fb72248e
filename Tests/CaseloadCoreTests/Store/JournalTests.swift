import CaseloadCore
import Foundation
import SystemPackage
import Testing

/// Journal lines written by hand, as a crash, a bad edit or a bad copy might leave them.
enum Lines {
  static func visit(_ sequence: Int, case child: String = "C1") -> String {
    #"{"at":"2026-11-23T14:05:00Z","by":"amara","change":{"case":"\#(child)","kind":"visit","on":"2026-11-20"},"seq":\#(sequence)}"#
  }
}

/// A bad journal and the one line it must produce.
struct HostileJournal: Sendable, CustomTestStringConvertible {
  let name: String
  let lines: [String]
  let expected: String

  var testDescription: String { name }

  static let all: [HostileJournal] = [
    HostileJournal(
      name: "a gap", lines: [Lines.visit(1), Lines.visit(3)],
      expected: "journal/000001.jsonl: line 2: sequence 3 follows 1: change 2 is missing"),
    HostileJournal(
      name: "a duplicate sequence", lines: [Lines.visit(1), Lines.visit(1)],
      expected:
        "journal/000001.jsonl: line 2: sequence 1 repeats or goes back (the change before it is 1)"),
    HostileJournal(
      name: "a first change that is not the next", lines: [Lines.visit(5)],
      expected: "journal/000001.jsonl: line 1: sequence 5 follows 0: changes 1 to 4 are missing"),
    HostileJournal(
      name: "a bad line in the middle", lines: [Lines.visit(1), "not json", Lines.visit(2)],
      expected: "journal/000001.jsonl: line 2: column 2: is not valid JSON"),
    HostileJournal(
      name: "a blank line in the middle", lines: [Lines.visit(1), "", Lines.visit(2)],
      expected: "journal/000001.jsonl: line 2: is empty"),
    HostileJournal(
      name: "a wrong type", lines: [Lines.visit(1).replacing(#""seq":1"#, with: #""seq":"one""#)],
      expected: "journal/000001.jsonl: line 1: seq: expected a number but found text"),
    HostileJournal(
      name: "an unknown kind of change",
      lines: [Lines.visit(1).replacing(#""kind":"visit""#, with: #""kind":"teleport""#)],
      expected: "journal/000001.jsonl: line 1: change.kind: unknown change kind 'teleport'"),
    HostileJournal(
      name: "a NUL byte", lines: [Lines.visit(1).replacing("amara", with: "am\u{0}ra")],
      expected:
        "journal/000001.jsonl: line 1: column 38: holds a NUL byte; it is not a JSON text file"),
    HostileJournal(
      name: "a change that cannot be replayed", lines: [Lines.visit(1, case: "C99")],
      expected: "journal/000001.jsonl: line 1 (sequence 1): cannot be replayed: no case 'C99'"),
    HostileJournal(
      name: "escape codes in a journal line stay on one line",
      lines: [Lines.visit(1, case: #"C\u001b[2J\r"#)],
      expected:
        #"journal/000001.jsonl: line 1 (sequence 1): cannot be replayed: no case 'C\u{1b}[2J\u{d}'"#
    ),
    HostileJournal(
      name: "an impossible date",
      lines: [Lines.visit(1).replacing("2026-11-20", with: #"2026-02-30\n"#)],
      expected:
        #"journal/000001.jsonl: line 1: change.on: '2026-02-30\u{a}' is not a date (YYYY-MM-DD)"#),
    // Issue 11: what a decoder passes over unseen, and what a hostile hand can make.
    HostileJournal(
      name: "a field from a newer version",
      lines: [Lines.visit(1).replacing(#""on":"#, with: #""urgent":true,"on":"#)],
      expected:
        "journal/000001.jsonl: line 1: change.urgent: is not a field caseload knows; the line may have been written by a newer version of caseload, which this one cannot read safely"
    ),
    HostileJournal(
      name: "a journal line of a newer format version",
      lines: [Lines.visit(1).replacing(#""seq":1"#, with: #""seq":1,"version":2"#)],
      expected:
        "journal/000001.jsonl: line 1: version: is not a field caseload knows; the line may have been written by a newer version of caseload, which this one cannot read safely"
    ),
    HostileJournal(
      name: "a key given twice",
      lines: [Lines.visit(1).replacing(#""case":"C1""#, with: #""case":"C1","case":"C2""#)],
      expected:
        "journal/000001.jsonl: line 1: change.case: is given twice; a change says each thing once"),
  ]
}

/// A bad journal given as bytes, for what a String cannot hold.
struct HostileBytes: Sendable, CustomTestStringConvertible {
  let name: String
  let bytes: [UInt8]
  let expected: String

  var testDescription: String { name }

  static func line(_ text: String) -> [UInt8] { Array(text.utf8) + [0x0A] }

  static func visit(replacing old: String, with new: [UInt8]) -> [UInt8] {
    let text = Lines.visit(1)
    guard let range = text.range(of: old) else { return [] }
    return Array(text[..<range.lowerBound].utf8) + new + Array(text[range.upperBound...].utf8)
      + [0x0A]
  }

  static let all: [HostileBytes] = [
    HostileBytes(
      name: "a byte that is not UTF-8", bytes: visit(replacing: "amara", with: [0x61, 0xFF, 0x61]),
      expected: "journal/000001.jsonl: line 1: column 36: holds bytes that are not UTF-8 text"),
    HostileBytes(
      name: "an overlong UTF-8 encoding of a slash",
      bytes: visit(replacing: "amara", with: [0x61, 0xC0, 0xAF]),
      expected: "journal/000001.jsonl: line 1: column 36: holds bytes that are not UTF-8 text"),
    HostileBytes(
      name: "a UTF-8 encoded surrogate",
      bytes: visit(replacing: "amara", with: [0xED, 0xA0, 0x80]),
      expected: "journal/000001.jsonl: line 1: column 36: holds bytes that are not UTF-8 text"),
    HostileBytes(
      name: "nesting 100,000 deep",
      bytes: line(String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)),
      expected:
        "journal/000001.jsonl: line 1: column 514: is nested too deeply to be a caseload store"),
    HostileBytes(
      name: "a number too large to read",
      bytes: line(Lines.visit(1).replacing(#""seq":1"#, with: #""seq":1e400"#)),
      expected: "journal/000001.jsonl: line 1: holds a number too large to read"),
    HostileBytes(
      name: "a negative change number",
      bytes: line(Lines.visit(1).replacing(#""seq":1"#, with: #""seq":-1"#)),
      expected: "journal/000001.jsonl: line 1: sequence -1 is not a change number; they start at 1"),
    HostileBytes(
      name: "a line that is a list", bytes: line("[1,2]"),
      expected: "journal/000001.jsonl: line 1: it holds a list, not a JSON object"),
    HostileBytes(
      name: "a line that is null", bytes: line("null"),
      expected: "journal/000001.jsonl: line 1: it holds null, not a JSON object"),
    HostileBytes(
      name: "an empty object", bytes: line("{}"),
      expected: "journal/000001.jsonl: line 1: seq: is missing"),
    HostileBytes(
      name: "a line of spaces", bytes: line("   "),
      expected: "journal/000001.jsonl: line 1: is empty"),
  ]
}

@Suite("Journal: hostile lines, torn tails, several readers and writers")
struct JournalTests {
  private func store(_ temp: TemporaryDirectory, journal lines: [String]) throws -> String {
    let path = try temp.makeStore()
    try FileManager.default.removeItem(atPath: path + "/lock")
    try Disk.write(lines.map { $0 + "\n" }.joined(), to: path + "/journal/000001.jsonl")
    return path
  }

  @Test(arguments: HostileJournal.all)
  func aHostileJournalIsRefusedInOneLineAndLeftAlone(_ hostile: HostileJournal) throws {
    let temp = try TemporaryDirectory()
    expectRefused(try store(temp, journal: hostile.lines), hostile.expected)
  }

  @Test(arguments: HostileBytes.all)
  func aHostileLineOfBytesIsRefusedInOneLineAndLeftAlone(_ hostile: HostileBytes) throws {
    let temp = try TemporaryDirectory()
    let path = try store(temp, journal: [])
    try Disk.write(hostile.bytes, to: path + "/journal/000001.jsonl")
    expectRefused(path, hostile.expected)
  }

  /// A second segment that does not carry on from the first is a gap too.
  @Test func aGapBetweenSegmentsIsRefused() throws {
    let temp = try TemporaryDirectory()
    let path = try store(temp, journal: [Lines.visit(1), Lines.visit(2)])
    try Disk.write(Lines.visit(4) + "\n", to: path + "/journal/000002.jsonl")
    expectRefused(
      path, "journal/000002.jsonl: line 1: sequence 4 follows 2: change 3 is missing")
  }

  @Test func aMissingSegmentIsRefused() throws {
    let temp = try TemporaryDirectory()
    let path = try store(temp, journal: [])
    try FileManager.default.removeItem(atPath: path + "/journal/000001.jsonl")
    expectRefused(
      path,
      "journal/000001.jsonl: is missing, but caseload.json continues into it; restore it from a backup"
    )
  }

  @Test func aSegmentAfterAMissingOneIsRefusedRatherThanSkipped() throws {
    let temp = try TemporaryDirectory()
    let path = try store(temp, journal: [Lines.visit(1)])
    try Disk.write(Lines.visit(2) + "\n", to: path + "/journal/000003.jsonl")
    expectRefused(
      path,
      "journal/000003.jsonl: comes after the missing 000002.jsonl; restore the journal from a backup"
    )
  }

  @Test func aLineLongerThanTheLimitIsRefused() throws {
    let temp = try TemporaryDirectory()
    let path = try store(temp, journal: [Lines.visit(1)])
    expectRefused(
      path, "journal/000001.jsonl: line 1: is longer than 64 bytes, the most a journal line may be",
      limits: StoreLimits(snapshotBytes: 1 << 20, journalLineBytes: 64))
  }

  @Test func aChangeLargerThanTheLimitIsNotSaved() throws {
    let temp = try TemporaryDirectory()
    let path = try temp.makeStore()
    let store = try FileStore.open(
      at: path, user: "amara", clock: StoreFixture.clock,
      limits: StoreLimits(snapshotBytes: 1 << 20, journalLineBytes: 64))
    #expect(throws: CaseloadError.refused("the change is larger than 64 bytes and cannot be saved"))
    {
      try store.commit(StoreFixture.note("N2"))
    }
    #expect(Disk.text(path + "/journal/000001.jsonl").isEmpty)
  }

  @Test func aTornLastLineIsIgnoredThenRemovedByTheNextWriter() throws {
    let temp = try TemporaryDirectory()
    let path = try temp.makeStore()
    let first = try FileStore.open(at: path, user: "amara", clock: StoreFixture.clock)
    try first.commit(.recordVisit(case: "C1", on: StoreFixture.day("2026-11-20")))
    let saved = Disk.text(path + "/journal/000001.jsonl")
    // A crash half way through writing the second line.
    try Disk.append(
      #"{"at":"2026-11-23T14:05:00Z","by":"amara","chan"#, to: path + "/journal/000001.jsonl")

    #expect(FileStore.check(at: path) == [])
    let second = try FileStore.open(at: path, user: "bo", clock: StoreFixture.clock)
    #expect(second.sequence == 1)
    #expect(second.caseload == first.caseload)
    #expect(try second.refresh().isEmpty)

    let entry = try second.commit(StoreFixture.note("N2"))
    #expect(entry.sequence == 2)
    let journal = Disk.text(path + "/journal/000001.jsonl")
    #expect(journal.hasPrefix(saved))
    #expect(!journal.contains("chan\""))
    #expect(journal.split(separator: "\n").count == 2)
    #expect(try FileStore.open(at: path, user: "amara", clock: StoreFixture.clock).sequence == 2)
    #expect(try first.refresh().map(\.sequence) == [2])
  }

  @Test func refreshReturnsWhatOthersCommittedOnce() throws {
    let temp = try TemporaryDirectory()
    let path = try temp.makeStore()
    let amara = try FileStore.open(at: path, user: "amara", clock: StoreFixture.clock)
    let bo = try FileStore.open(at: path, user: "bo", clock: StoreFixture.clock)
    try amara.commit(StoreFixture.note("N2"))
    try amara.commit(StoreFixture.move("C4", from: nil, to: "W1"))
    let seen = try bo.refresh()
    #expect(seen.map(\.sequence) == [1, 2])
    #expect(seen.map(\.by) == ["amara", "amara"])
    #expect(bo.caseload == amara.caseload)
    #expect(try bo.refresh().isEmpty)
    #expect(try bo.commit(StoreFixture.note("N3")).sequence == 3)
  }

  @Test func aStaleReassignmentFailsWithAConflictInsteadOfOverwriting() throws {
    let temp = try TemporaryDirectory()
    let path = try temp.makeStore()
    let amara = try FileStore.open(at: path, user: "amara", clock: StoreFixture.clock)
    let bo = try FileStore.open(at: path, user: "bo", clock: StoreFixture.clock)
    try amara.commit(StoreFixture.move("C3", from: "W2", to: "W3"))
    // Bo still sees Łukasz holding C3 and moves it to Zoë.
    #expect(bo.caseload.case("C3")?.worker == "W2")
    #expect(
      throws: CaseloadError.conflict(
        "case C3 was moved by someone else and is now held by Siobhán Kelly; look again and retry")
    ) {
      try bo.commit(StoreFixture.move("C3", from: "W2", to: "W1"))
    }
    #expect(bo.caseload.case("C3")?.worker == "W3")
    #expect(try bo.refresh().map(\.by) == ["amara"])
    #expect(Disk.text(path + "/journal/000001.jsonl").split(separator: "\n").count == 1)
  }

  @Test func readOnlyTakesNoLockSavesNothingAndStillSeesOthers() throws {
    let temp = try TemporaryDirectory()
    let path = try temp.makeStore()
    try FileManager.default.removeItem(atPath: path + "/lock")
    let before = Disk.files(in: path)
    let reader = try FileStore.open(at: path, readOnly: true, user: "bo", clock: StoreFixture.clock)
    #expect(reader.isReadOnly)
    #expect(throws: CaseloadError.readOnly("the store is open read-only, so nothing can be saved"))
    {
      try reader.commit(StoreFixture.note("N2"))
    }
    #expect(throws: CaseloadError.readOnly("the store is open read-only, so nothing can be saved"))
    {
      try reader.compact()
    }
    #expect(Disk.files(in: path) == before)

    let writer = try FileStore.open(at: path, user: "amara", clock: StoreFixture.clock)
    #expect(Disk.exists(path + "/lock"))
    try writer.commit(StoreFixture.note("N2"))
    #expect(try reader.refresh().map(\.sequence) == [1])
    #expect(reader.caseload.notes(on: "C1").map(\.id) == ["N2"])
  }

  @Test func aReaderThatSawAChangeLaterTakenBackReloads() throws {
    let temp = try TemporaryDirectory()
    let path = try temp.makeStore()
    let watcher = Watcher()
    watcher.store = try FileStore.open(
      at: path, readOnly: true, user: "bo", clock: StoreFixture.clock)
    let system = StoreIO.system
    var io = system
    // The reader looks between the write and the failed sync, so it sees a line that the
    // writer then takes back and replaces with another of the same length.
    io.sync = { fd, kind throws(Errno) in
      guard watcher.failNextSync else { return try system.sync(fd, kind) }
      watcher.failNextSync = false
      watcher.seen = (try? watcher.store?.refresh().map(\.change)) ?? []
      throw .ioError
    }
    let writer = try FileStore.open(at: path, user: "amara", clock: StoreFixture.clock, io: io)
    watcher.failNextSync = true
    #expect(throws: CaseloadError.self) { try writer.commit(StoreFixture.note("N2")) }
    #expect(watcher.seen == [StoreFixture.note("N2")])
    try writer.commit(StoreFixture.note("N3"))

    let reader = try #require(watcher.store)
    #expect(try reader.refresh().map(\.change) == [StoreFixture.note("N3")])
    #expect(reader.caseload == writer.caseload)
    #expect(reader.caseload.notes(on: "C1").map(\.id) == ["N3"])
  }
}

/// Lets an injected system call reach a store on the test's own thread.
private final class Watcher: @unchecked Sendable {
  var store: FileStore?
  var failNextSync = false
  var seen: [Change] = []
}
