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
  /// Oversight notes and session entries about it, in the order recorded, packed one to a
  /// word: a case with a long history costs one small array, not two.
  private var recorded: [UInt64] = []
  /// Actions about it, in the order set.
  var actions: [ActionPlace] = []

  private static let sessionFlag: UInt64 = 1 << 63

  mutating func append(note position: Int) { recorded.append(UInt64(position)) }

  mutating func append(_ place: EntryPlace) {
    recorded.append(
      Self.sessionFlag | UInt64(UInt32(bitPattern: place.session)) << 31
        | UInt64(UInt32(bitPattern: place.entry)))
  }

  /// Positions in `notes`.
  var notes: [Int] {
    recorded.lazy.filter { $0 & Self.sessionFlag == 0 }.map { Int($0) }
  }

  var entries: [EntryPlace] {
    recorded.lazy.filter { $0 & Self.sessionFlag != 0 }.map {
      EntryPlace(session: Int32(($0 & ~Self.sessionFlag) >> 31), entry: Int32($0 & 0x7FFF_FFFF))
    }
  }

  var isEmpty: Bool { recorded.isEmpty }

  /// Those of the snapshot, then those recorded since.
  static func + (loaded: CaseRecords, added: CaseRecords) -> CaseRecords {
    CaseRecords(recorded: loaded.recorded + added.recorded, actions: loaded.actions + added.actions)
  }
}

/// What is recorded about one worker: their supervision sessions and the actions they own.
struct WorkerRecords: Hashable, Sendable {
  var sessions: [Int32] = []
  var actions: [ActionPlace] = []

  /// Those of the snapshot, then those recorded since.
  static func + (loaded: WorkerRecords, added: WorkerRecords) -> WorkerRecords {
    WorkerRecords(
      sessions: loaded.sessions + added.sessions, actions: loaded.actions + added.actions)
  }
}

/// The lookups every screen and report needs, kept up to date by each change in the time the
/// change takes, so nothing scans the store: supervision records (those of the snapshot indexed
/// on first use, those since as they come), the latest oversight of each case and supervision of
/// each worker, workers by team, waiting cases by queue, cases by family and closed cases.
struct CaseloadIndexes: Sendable {
  /// The snapshot's records, indexed on first use.
  var loaded: LoadedRecordIndexes?
  /// Records appended since the snapshot (all of them, for a state built in memory).
  var added = RecordIndexes()
  var lastOversight = LayeredMap<Case.ID, Day>()
  var lastSession = LayeredMap<Worker.ID, Day>()
  /// Workers of each team in store order.
  var workersByTeam = LayeredMap<Team.ID, [Worker.ID]>()
  /// Open cases with no worker by the queue they wait in (nil: no team's), in store order.
  var waiting = LayeredMap<Team.ID?, [Case.ID]>()
  /// Closed cases, with the day each closed.
  var closed = LayeredMap<Case.ID, Day>()
  /// Open and closed cases by family, in store order.
  var families = LayeredMap<Case.FamilyID, [Case.ID]>()
}
