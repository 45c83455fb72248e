import CaseloadCore
import Foundation
import Testing

@Suite("Readers while another process compacts")
struct ReadDuringCompactionTests {
  /// A compactor thread commits and compacts as fast as it can while this thread checks and
  /// opens the store over and over, and a reader opened at the start reads on: none may fail.
  @Test func aReaderNeverFailsBecauseAWriterIsCompacting() throws {
    let temp = try TemporaryDirectory()
    let path = try temp.makeStore()
    let early = try FileStore.open(
      at: path, readOnly: true, user: "bo", clock: StoreFixture.clock)
    let stop = StopFlag()
    let compactions = Collector<Int>()
    let writerFailures = Collector<String>()
    let finished = DispatchGroup()
    finished.enter()
    // Its own FileStore, so its lock and files are separate from the readers', as another
    // process's would be.
    Thread.detachNewThread {
      defer { finished.leave() }
      do {
        let store = try FileStore.open(at: path, user: "amara", clock: StoreFixture.clock)
        var round = 0
        while !stop.isSet {
          round += 1
          try store.commit(StoreFixture.note("R\(round)"))
          try store.compact()
          compactions.add(round)
        }
      } catch {
        writerFailures.add("\(error)")
      }
    }

    var failures: [String] = []
    var reads = 0
    // Bounded: long enough for hundreds of compactions to overlap the reads.
    let deadline = Date().addingTimeInterval(3)
    while Date() < deadline, failures.isEmpty, writerFailures.all.isEmpty {
      reads += 1
      failures += FileStore.check(at: path).map { "check: \($0)" }
      do {
        _ = try FileStore.open(at: path, readOnly: true, user: "cy", clock: StoreFixture.clock)
        _ = try early.refresh()
      } catch {
        failures.append("read \(reads): \(error)")
      }
    }
    stop.set()
    #expect(finished.wait(timeout: .now() + 60) == .success)

    #expect(failures == [])
    #expect(writerFailures.all == [])
    #expect(compactions.all.count > 1, "the compactor never got going")
    // The reader opened before the first compaction has read on through every segment.
    _ = try early.refresh()
    let latest = try FileStore.open(at: path, readOnly: true, user: "cy", clock: StoreFixture.clock)
    #expect(early.sequence == latest.sequence)
    #expect(early.caseload == latest.caseload)
  }
}

/// Set once by one thread, read by another.
private final class StopFlag: @unchecked Sendable {
  private let lock = NSLock()
  private var value = false

  func set() { lock.withLock { value = true } }
  var isSet: Bool { lock.withLock { value } }
}
