/// Where a supervision record or an action is in a caseload's lists.
enum RecordPlace: Hashable, Sendable {
  case session(Int)
  case note(Int)
  case addendum(Int)
  case action(ActionPlace)
}

/// An action inside the record that set it: a session's entry, or an oversight note. Ordered as
/// `actionItems` lists them: every session's actions, in order, before every note's.
struct ActionPlace: Hashable, Sendable, Comparable {
  /// 0 for a session, 1 for a note, so sessions sort first.
  var kind: Int32
  var record: Int32
  /// The entry of a session; 0 for a note.
  var entry: Int32
  var action: Int32

  static func session(_ session: Int, entry: Int, action: Int) -> ActionPlace {
    ActionPlace(kind: 0, record: Int32(session), entry: Int32(entry), action: Int32(action))
  }

  static func note(_ note: Int, action: Int) -> ActionPlace {
    ActionPlace(kind: 1, record: Int32(note), entry: 0, action: Int32(action))
  }

  static func < (a: ActionPlace, b: ActionPlace) -> Bool {
    (a.kind, a.record, a.entry, a.action) < (b.kind, b.record, b.entry, b.action)
  }
}

/// One entry of one session.
struct EntryPlace: Hashable, Sendable {
  var session: Int32
  var entry: Int32
}

/// What is recorded about one case, found without reading any record.
struct CaseRecords: Hashable, Sendable {
  /// Oversight notes about it, in the order recorded.
  var notes: [Int32] = []
  /// Session entries about it, in the order recorded.
  var entries: [EntryPlace] = []
  /// Actions about it, in the order set.
  var actions: [ActionPlace] = []
  /// The latest day of recorded oversight: a session entry's date or a note's day.
  var lastOversight: Day?

  mutating func oversight(on day: Day) {
    if lastOversight.map({ $0 < day }) ?? true { lastOversight = day }
  }
}

/// What is recorded about one worker: their supervision sessions and the actions they own.
struct WorkerRecords: Hashable, Sendable {
  var sessions: [Int32] = []
  var actions: [ActionPlace] = []
  /// The date of their latest session.
  var lastSession: Day?
}

/// The lookups every screen and report needs, kept up to date by each change in the time the
/// change takes, so nothing scans the store: records by id, what is recorded by case and by
/// worker, actions by owner, addenda by target, workers by team, waiting cases by queue and
/// cases by family.
struct CaseloadIndexes: Sendable {
  var records = LayeredMap<RecordID, RecordPlace>()
  var byCase = LayeredMap<Case.ID, CaseRecords>()
  var byWorker = LayeredMap<Worker.ID, WorkerRecords>()
  /// Actions a manager owns, by user name.
  var managerActions = LayeredMap<String, [ActionPlace]>()
  var addendaByTarget = LayeredMap<RecordID, [Int32]>()
  /// The addendum that withdrew a record (the first, if more than one did).
  var withdrawals = LayeredMap<RecordID, Int32>()
  /// Sessions that carried an action forward, in order.
  var carried = LayeredMap<RecordID, [Int32]>()
  /// Workers of each team in store order.
  var workersByTeam = LayeredMap<Team.ID, [Worker.ID]>()
  /// Open cases with no worker by the queue they wait in (nil: no team's), in store order.
  var waiting = LayeredMap<Team.ID?, [Case.ID]>()
  /// Closed cases, with the day each closed.
  var closed = LayeredMap<Case.ID, Day>()
  /// Open and closed cases by family, in store order.
  var families = LayeredMap<Case.FamilyID, [Case.ID]>()
}
