import CaseloadCore
import Testing

@Suite("Synthetic store for benchmarks")
struct SyntheticStoreTests {
  static let today = Day(year: 2026, month: 11, day: 23) ?? Day(ordinal: 0)
  let store = SyntheticStore.make(workers: 25, cases: 300, notes: 1_000, today: today)
  var today: Day { Self.today }

  static func noteCount(_ store: Caseload) -> Int {
    store.notes.count + store.sessions.reduce(0) { $0 + $1.entries.count }
  }

  @Test("25 workers, 300 cases and 1,000 notes come out exactly, in three teams of up to ten")
  func exactCounts() {
    #expect(store.workers.count == 25)
    #expect(store.cases.count == 300)
    #expect(store.cases.values.allSatisfy { $0.isOpen })
    #expect(Self.noteCount(store) == 1_000)
    #expect(store.teams.count == 3)
    #expect(store.teams.keys.allSatisfy { store.workers(in: $0).count <= 10 })
  }

  @Test("Notes are split between oversight notes and supervision session entries")
  func noteSplit() {
    let entries = store.sessions.reduce(0) { $0 + $1.entries.count }
    #expect(entries == 400)
    #expect(store.notes.count == 600)
    #expect(store.sessions.allSatisfy { (1...4).contains($0.entries.count) })
  }

  @Test("Some cases wait unallocated in a team's queue; the rest are spread unevenly")
  func spread() {
    let queued = store.unallocatedCases
    #expect(!queued.isEmpty && queued.count < 30)
    #expect(queued.allSatisfy { $0.team != nil })
    let counts = store.workers.keys.map { store.cases(of: $0).count }
    #expect(counts.reduce(0, +) + queued.count == 300)
    #expect(counts.min() ?? 0 > 0)
    #expect((counts.max() ?? 0) > (counts.min() ?? 0))
  }

  @Test("Each case has one to three allocations, from the day it opened to its worker now")
  func histories() {
    for child in store.cases.values {
      let history = store.history(of: child.id)
      #expect((1...3).contains(history.count))
      #expect(history.first?.from == child.opened)
      #expect(history.last?.to == nil && history.last?.worker == child.worker)
      #expect(
        zip(history, history.dropFirst()).allSatisfy { $0.to == $1.from && $0.from < $1.from })
    }
    #expect(store.allocations.values.contains { $0.count == 3 })
  }

  @Test("Siblings share a family and a worker")
  func siblings() {
    let families = Dictionary(grouping: store.cases.values, by: \.family).values
    let groups = families.filter { $0.count > 1 }
    #expect(!groups.isEmpty)
    #expect(groups.allSatisfy { Set($0.map(\.worker)).count == 1 })
  }

  @Test("Every record passes Caseload.check when replayed")
  func replays() throws {
    let rebuilt = try replayThroughCheck(store)
    #expect(rebuilt == store)
  }

  @Test("The same seed gives the same store; another seed a different one")
  func seeded() {
    #expect(SyntheticStore.make(workers: 25, cases: 300, notes: 1_000, today: today) == store)
    #expect(
      SyntheticStore.make(workers: 25, cases: 300, notes: 1_000, today: today, seed: 2) != store)
  }

  @Test(
    "Edge sizes still give exact counts",
    arguments: [(0, 10, 5), (1, 0, 0), (3, 1, 7), (10, 10, 0), (11, 50, 3)])
  func edgeSizes(workers: Int, cases: Int, notes: Int) throws {
    let small = SyntheticStore.make(workers: workers, cases: cases, notes: notes, today: today)
    #expect(small.workers.count == workers)
    #expect(small.cases.count == cases)
    #expect(Self.noteCount(small) == notes)
    let rebuilt = try replayThroughCheck(small)
    #expect(rebuilt == small)
  }

  @Test("With no cases there is nothing to note, and negative sizes give an empty store")
  func nothingToNote() {
    let empty = SyntheticStore.make(workers: 5, cases: 0, notes: 100, today: today)
    #expect(Self.noteCount(empty) == 0)
    let negative = SyntheticStore.make(workers: -1, cases: -1, notes: -1, today: today)
    #expect(negative.workers.isEmpty && negative.cases.isEmpty && negative.notes.isEmpty)
  }
}
