import CaseloadCore
import Foundation
import Testing

@Suite("Several writers on one store")
struct ConcurrentWritersTests {
  @Test func twoWritersCommitting200EachLoseNothing() throws {
    let temp = try TemporaryDirectory()
    let path = try temp.makeStore()
    let failures = Collector<String>()
    let finished = DispatchGroup()
    for writer in ["A", "B"] {
      finished.enter()
      // Each thread opens its own store: a separate open file description, so flock
      // excludes the other thread just as it would another process.
      Thread.detachNewThread {
        defer { finished.leave() }
        do {
          let store = try FileStore.open(at: path, user: writer, clock: StoreFixture.clock)
          for number in 1...200 {
            try store.commit(
              StoreFixture.note("\(writer)-\(number)", on: number % 2 == 0 ? "C1" : "C2"))
          }
        } catch {
          failures.add("\(writer): \(error)")
        }
      }
    }
    #expect(finished.wait(timeout: .now() + 120) == .success)
    #expect(failures.all == [])

    let store = try FileStore.open(at: path, user: "amara", clock: StoreFixture.clock)
    #expect(store.sequence == 400)
    let history = try store.changes(since: 0)
    #expect(history.map(\.sequence) == Array(1...400))
    #expect(history.filter { $0.by == "A" }.count == 200)
    #expect(history.filter { $0.by == "B" }.count == 200)
    let ids = Set(store.caseload.notes.map(\.id.rawValue))
    for writer in ["A", "B"] {
      for number in 1...200 { #expect(ids.contains("\(writer)-\(number)")) }
    }
    #expect(store.caseload.notes.count == 401)
    #expect(FileStore.check(at: path) == [])
  }
}
