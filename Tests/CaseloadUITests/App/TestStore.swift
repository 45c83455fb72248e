import CaseloadCore
import CaseloadUI
import Synchronization

/// A store in memory, applying changes exactly as the file store does, for view-model tests.
final class TestStore: CaseloadStore {
  private(set) var caseload: Caseload
  private(set) var sequence = 0
  private(set) var entries: [JournalEntry] = []
  var isReadOnly = false
  /// Set to make the next commit fail as a full disk would.
  var failNextCommit: CaseloadError?
  /// How validating the store stands; a failed one refuses every commit, as the file store does.
  var validationState = ValidationState.passed
  /// Changes "another manager" made, delivered on the next refresh.
  private var incoming: [JournalEntry] = []
  let clock: @Sendable () -> Timestamp

  init(_ caseload: Caseload, clock: @escaping @Sendable () -> Timestamp) {
    self.caseload = caseload
    self.clock = clock
  }

  /// Set to make the next refresh fail as a damaged journal would.
  var failNextRefresh: CaseloadError?

  func refresh() throws -> [JournalEntry] {
    if let failure = failNextRefresh {
      failNextRefresh = nil
      throw failure
    }
    defer { incoming = [] }
    return incoming
  }

  @discardableResult
  func commit(_ change: Change) throws -> JournalEntry {
    if let failure = failNextCommit {
      failNextCommit = nil
      throw failure
    }
    if case .failed(let problem) = validationState { throw problem }
    return try append(change, by: "tester")
  }

  /// Another manager's change, seen by the app on its next tick.
  func otherManager(_ change: Change, by user: String) throws {
    incoming.append(try append(change, by: user))
  }

  private func append(_ change: Change, by user: String) throws -> JournalEntry {
    let entry = JournalEntry(sequence: sequence + 1, at: clock(), by: user, change: change)
    try caseload.apply(entry)
    sequence += 1
    entries.append(entry)
    return entry
  }

  func changes(since sequence: Int) throws -> [JournalEntry] {
    entries.filter { $0.sequence > sequence }
  }

  var location: String { "memory" }

  func compact() throws {}
}

/// Drives the app as a user would: keys in, the screen as text out.
struct Driver {
  var runtime: AppRuntime
  let store: TestStore
  var width: Int
  var height: Int
  var capabilities = TerminalCapabilities(unicode: false, colors: false)
  private(set) var quit = false

  static let today = Day(year: 2026, month: 11, day: 23) ?? Day(ordinal: 0)
  static let now = Timestamp(
    seconds: (Day(year: 2026, month: 11, day: 23) ?? Day(ordinal: 0)).ordinal * 86_400 + 36_000)

  /// The Northfield demo on 2026-11-23, as the practice manager "pm.hughes".
  static func demo(
    width: Int = 80, height: Int = 24, readOnly: Bool = false, team: String? = "cin-cp-1",
    drafts: TestDrafts? = nil
  ) -> Driver {
    Driver(
      caseload: demoCaseload, width: width, height: height, readOnly: readOnly, team: team,
      drafts: drafts)
  }

  /// The demo, built once for every test (it is a value, so no test sees another's changes).
  static let demoCaseload: Caseload = {
    let holidays = [Day(year: 2026, month: 12, day: 25), Day(year: 2026, month: 12, day: 28)]
      .compactMap { $0 }
    return NorthfieldDemo.make(today: today, bankHolidays: holidays)
  }()

  init(
    caseload: Caseload, width: Int, height: Int, readOnly: Bool = false, team: String? = nil,
    drafts: TestDrafts? = nil
  ) {
    let now = Driver.now
    store = TestStore(caseload, clock: { now })
    let counter = Counter()
    let context = AppContext(
      user: "pm.hughes", today: Driver.today, readOnly: readOnly, clock: { now },
      newRecordID: { prefix in RecordID(rawValue: "\(prefix)-TEST\(counter.next())") })
    runtime = AppRuntime(
      store: store, context: context, team: team.map { Team.ID(rawValue: $0) }, drafts: drafts)
    self.width = width
    self.height = height
    _ = runtime.handle(.resize(width: width, height: height))
  }

  var state: AppState { runtime.state }
  var canvas: Canvas { runtime.render(width: width, height: height, capabilities: capabilities) }
  var lines: [String] { canvas.lines }
  var text: String { canvas.text }

  mutating func press(_ keys: Key...) { press(keys) }

  mutating func press(_ keys: [Key]) {
    for key in keys where runtime.handle(key) == .quit { quit = true }
  }

  /// Types text one character at a time.
  mutating func type(_ text: String) {
    press(text.map { Key.char($0) })
  }

  mutating func resize(width: Int, height: Int) {
    self.width = width
    self.height = height
    press(.resize(width: width, height: height))
  }

  mutating func tick() { _ = runtime.tick() }
}

/// Numbers record ids in tests so screens are stable.
final class Counter: Sendable {
  private let value = Mutex(0)
  func next() -> Int {
    value.withLock {
      $0 += 1
      return $0
    }
  }
}

/// Drafts in memory, for view-model tests; can be told to fail as a full disk would.
final class TestDrafts: DraftKeeper {
  private let state = Mutex<(drafts: [Draft.Target: SavedDraft], failing: Bool)>(([:], false))
  let problems: [String]

  init(_ drafts: [SavedDraft] = [], problems: [String] = []) {
    self.problems = problems
    state.withLock {
      $0.drafts = Dictionary(uniqueKeysWithValues: drafts.map { ($0.draft.target, $0) })
    }
  }

  var all: [Draft] { state.withLock { Array($0.drafts.values.map(\.draft)) } }

  func failFromNowOn() { state.withLock { $0.failing = true } }

  func load() -> (drafts: [SavedDraft], problems: [String]) {
    (state.withLock { $0.drafts.values.sorted { $0.saved > $1.saved } }, problems)
  }

  func keep(_ draft: Draft) throws {
    try state.withLock {
      if $0.failing {
        throw CaseloadError.io(
          path: "/drafts/x.json", operation: "keep the draft", reason: "No space left on device")
      }
      $0.drafts[draft.target] = SavedDraft(draft: draft, saved: Driver.now)
    }
  }

  func drop(_ target: Draft.Target) throws {
    state.withLock { _ = $0.drafts.removeValue(forKey: target) }
  }
}
