import CaseloadCore
import Foundation
import Synchronization
import SystemPackage
import Testing

@testable import CaseloadUI

/// A disk that can be made to fail every write, as a full disk or a read-only file system
/// does, and then be well again.
final class FailingDisk: Sendable {
  private let failure = Mutex<Errno?>(nil)

  func fail(with errno: Errno?) { failure.withLock { $0 = errno } }

  var io: StoreIO {
    var io = StoreIO.system
    let system = StoreIO.system
    io.write = { fd, bytes, offset throws(Errno) in
      if let errno = self.failure.withLock({ $0 }) { throw errno }
      return try system.write(fd, bytes, offset)
    }
    return io
  }
}

/// The board on a real file store whose disk fails: the save is refused with a notice, the
/// screen stays open with everything typed, nothing reaches the files, and the same key saves
/// once the disk is well (SPEC 4, Failures).
@Suite("a save that fails on disk keeps the entry open for a retry")
struct CommitFailureTests {
  struct Setup {
    let folder: String
    let disk = FailingDisk()
    var runtime: AppRuntime

    init() throws {
      folder =
        FileManager.default.temporaryDirectory
        .appendingPathComponent("caseload-ui-\(UUID().uuidString)").path
      try FileStore.create(at: folder, with: Driver.demoCaseload)
      let store = try FileStore.open(
        at: folder, user: "pm.hughes", clock: { Driver.now }, io: disk.io)
      let counter = Counter()
      let context = AppContext(
        user: "pm.hughes", today: Driver.today, readOnly: false, clock: { Driver.now },
        newRecordID: { prefix in RecordID(rawValue: "\(prefix)-TEST\(counter.next())") })
      runtime = AppRuntime(store: store, context: context, team: "cin-cp-1")
      _ = runtime.handle(.resize(width: 100, height: 30))
    }

    mutating func press(_ keys: Key...) { for key in keys { _ = runtime.handle(key) } }
    mutating func type(_ text: String) { for character in text { press(.char(character)) } }
    var text: String {
      runtime.render(
        width: 100, height: 30, capabilities: TerminalCapabilities(unicode: false, colors: false)
      ).text
    }
    var journal: Data {
      FileManager.default.contents(atPath: folder + "/journal/000001.jsonl") ?? Data()
    }
    func reopened() throws -> FileStore {
      try FileStore.open(at: folder, readOnly: true, user: "t", clock: { Driver.now })
    }
  }

  @Test(arguments: [Errno.noSpace, .readOnlyFileSystem, .ioError])
  func aNoteThatCannotBeSavedStaysInTheEditor(_ errno: Errno) throws {
    var s = try Setup()
    defer { try? FileManager.default.removeItem(atPath: s.folder) }
    s.press(.tab, .char("n"))
    s.type("Seen with her brother")
    s.disk.fail(with: errno)
    s.press(.ctrl("s"))
    // The reason and that the typing is kept fit on an 80-column notice line, before the path.
    let notice = s.text.split(separator: "\n").first { $0.contains("Not saved") } ?? ""
    #expect(
      notice.prefix(80).contains("Not saved (\(errno)); your entry is kept, try again."),
      "\(s.text)")
    guard case .editor(let editor) = s.runtime.state.top else {
      Issue.record("the editor closed:\n\(s.text)")
      return
    }
    #expect(editor.fields.discussion.text == "Seen with her brother")
    #expect(s.journal.isEmpty)
    #expect(try s.reopened().caseload.notes.count == Driver.demoCaseload.notes.count)

    s.disk.fail(with: nil)
    s.press(.ctrl("s"))
    #expect(s.text.contains("Saved: note"), "\(s.text)")
    let notes = try s.reopened().caseload.notes.filter {
      $0.note.discussion == "Seen with her brother"
    }
    #expect(notes.count == 1)
  }

  @Test func aMoveThatCannotBeSavedKeepsItsReason() throws {
    var s = try Setup()
    defer { try? FileManager.default.removeItem(atPath: s.folder) }
    s.press(.tab, .char("r"), .home, .enter)
    s.type("Balancing")
    s.disk.fail(with: .noSpace)
    s.press(.enter, .char("y"))
    #expect(s.text.contains("Not saved (No space left on device); your entry is kept"), "\(s.text)")
    guard case .reassign(let flow) = s.runtime.state.top else {
      Issue.record("the reassignment closed:\n\(s.text)")
      return
    }
    #expect(flow.reason.text == "Balancing")
    #expect(s.journal.isEmpty)
    s.disk.fail(with: nil)
    s.press(.enter)
    if s.text.contains("[y]") { s.press(.char("y")) }
    #expect(s.text.contains("Saved: reassign"), "\(s.text)")
    #expect(try s.reopened().sequence == 1)
  }
}
