import CaseloadCore
import Foundation
import Testing

/// Every bad snapshot of the corpus gets one line naming the file, the record and the problem,
/// however the store is opened, within a second, and no file of the store is touched (no lock
/// file is made either).
@Suite("Hostile corpus: every bad snapshot refused in one line, every file left as it was")
struct HostileCorpusTests {
  @Test func theCorpusIsLargeAndEachCaseNamedOnce() {
    #expect(HostileCorpus.all.count >= 300)
    #expect(Set(HostileCorpus.all.map(\.name)).count == HostileCorpus.all.count)
  }

  @Test(arguments: HostileCorpus.all)
  func refusedInOneLine(_ hostile: HostileCase) throws {
    let temp = try TemporaryDirectory()
    let path = try CorpusStore.write(hostile.make(CorpusStore.text), in: temp)
    let before = Disk.files(in: path)
    let started = Date()

    let problems = FileStore.check(at: path)
    #expect(problems.first?.description == hostile.expected)
    #expect(problems.allSatisfy { !$0.description.contains("\n") })
    let ways: [(readOnly: Bool, validation: StoreValidation)] = [
      (false, .beforeOpening), (true, .beforeOpening), (false, .afterOpening),
    ]
    for (readOnly, validation) in ways {
      let error = refusal(path, readOnly: readOnly, validation: validation)
      #expect(
        error?.description.hasPrefix(path + "/" + hostile.expected) == true,
        "\(readOnly ? "read-only" : "read-write"), \(validation): \(error?.description ?? "opened")"
      )
      #expect(error?.description.contains("\n") == false)
    }
    #expect(Date().timeIntervalSince(started) < 5, "took \(Date().timeIntervalSince(started)) s")
    #expect(Disk.files(in: path) == before)
    #expect(!Disk.exists(path + "/lock"))
  }

  /// Why the store cannot be used: refused at open, or (validated after opening) the problem
  /// its validation found, which every write is refused with.
  private func refusal(_ path: String, readOnly: Bool, validation: StoreValidation)
    -> CaseloadError?
  {
    do {
      let store = try FileStore.open(
        at: path, readOnly: readOnly, user: "amara", clock: StoreFixture.clock,
        validation: validation)
      guard !readOnly else {
        let deadline = Date().addingTimeInterval(10)
        while store.validationState == .running, Date() < deadline { usleep(500) }
        if case .failed(let error) = store.validationState { return error }
        return nil
      }
      try store.commit(StoreFixture.note("N77"))
      return nil
    } catch {
      return error as? CaseloadError
    }
  }
}

extension CorpusStore {
  /// A store folder holding `bytes` as its snapshot, an empty journal and no lock file.
  static func write(_ bytes: [UInt8], in temp: TemporaryDirectory) throws -> String {
    let path = temp.store
    let manager = FileManager.default
    try manager.createDirectory(
      atPath: path + "/journal", withIntermediateDirectories: true,
      attributes: [.posixPermissions: 0o700])
    chmod(path, 0o700)
    _ = manager.createFile(
      atPath: path + "/caseload.json", contents: Data(bytes),
      attributes: [.posixPermissions: 0o600])
    _ = manager.createFile(
      atPath: path + "/journal/000001.jsonl", contents: Data(),
      attributes: [.posixPermissions: 0o600])
    return path
  }
}
