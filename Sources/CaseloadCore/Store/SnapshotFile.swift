import Foundation

/// The contents of `caseload.json` as decoded, before it is trusted: a record that failed to
/// decode is kept as its error, so `check` can report every bad record, not just the first.
struct SnapshotFile: Decodable {
  static let format = "caseload"
  static let version = 1

  var sequence: Int?
  var journal: Int?
  var settings: Settings?
  var teams: [Decoded<Team>] = []
  var workers: [Decoded<Worker>] = []
  var cases: [Decoded<Case>] = []
  var allocations: [Decoded<Allocation>] = []
  var sessions: [Decoded<SupervisionSession>] = []
  var notes: [Decoded<OversightNote>] = []
  var addenda: [Decoded<Addendum>] = []
  var actionsDone: [Decoded<ActionDone>] = []
  var actionsClosed: [Decoded<ActionClosure>] = []
  var caseEvents: [Decoded<CaseEvent>] = []
  /// Top-level fields that could not be decoded at all.
  var fieldErrors: [any Error] = []

  enum Key: String, CodingKey, CaseIterable {
    case format, version, sequence, journal, settings, teams, workers, cases, allocations
    case sessions, notes, addenda, actionsDone, actionsClosed, caseEvents
  }

  /// The file is not a caseload store this version can read, so nothing else in it is looked at.
  struct HeaderError: Error {
    let problem: String
  }

  init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: Key.self)
    guard (try? c.decodeIfPresent(String.self, forKey: .format)) == Self.format else {
      throw HeaderError(problem: "is not a caseload store (it has no \"format\":\"caseload\")")
    }
    guard let version = try? c.decodeIfPresent(Int.self, forKey: .version) else {
      throw HeaderError(problem: "has no format version number")
    }
    guard version <= Self.version else {
      throw HeaderError(
        problem: "was written by a newer caseload (version \(version)); upgrade caseload")
    }
    guard version == Self.version else {
      throw HeaderError(problem: "has an unknown format version \(version)")
    }
    sequence = try field(c, .sequence)
    journal = try field(c, .journal)
    settings = try field(c, .settings)
    teams = try field(c, .teams) ?? []
    workers = try field(c, .workers) ?? []
    cases = try field(c, .cases) ?? []
    allocations = try field(c, .allocations) ?? []
    sessions = try field(c, .sessions) ?? []
    notes = try field(c, .notes) ?? []
    addenda = try field(c, .addenda) ?? []
    actionsDone = try field(c, .actionsDone) ?? []
    // Added after version 1 was first written: a store without them has no case events and no
    // actions closed yet.
    actionsClosed = c.contains(.actionsClosed) ? try field(c, .actionsClosed) ?? [] : []
    caseEvents = c.contains(.caseEvents) ? try field(c, .caseEvents) ?? [] : []
  }

  /// A trusted state wrapped so the same validation checks what is about to be written.
  init(caseload: Caseload, sequence: Int, journal: Int) {
    self.sequence = sequence
    self.journal = journal
    settings = caseload.settings
    teams = caseload.teams.values.map(Decoded.init)
    workers = caseload.workers.values.map(Decoded.init)
    cases = caseload.cases.values.map(Decoded.init)
    allocations = caseload.allocationsInStoreOrder.map(Decoded.init)
    sessions = caseload.sessions.map(Decoded.init)
    notes = caseload.notes.map(Decoded.init)
    addenda = caseload.addenda.map(Decoded.init)
    actionsDone = caseload.actionsDoneInStoreOrder.map(Decoded.init)
    actionsClosed = caseload.actionsClosedInStoreOrder.map(Decoded.init)
    caseEvents = caseload.eventsInStoreOrder.map(Decoded.init)
  }

  /// A field's value, or nil with its error kept. Text that is not JSON at all (which the
  /// decoder finds only when it reaches it) still fails the whole file.
  private mutating func field<T: Decodable>(_ c: KeyedDecodingContainer<Key>, _ key: Key) throws
    -> T?
  {
    do {
      return try c.decode(T.self, forKey: key)
    } catch let error as DecodingError {
      fieldErrors.append(error)
      return nil
    }
  }

  /// The state, when every record decoded; validation must have passed first.
  func makeCaseload() -> Caseload? {
    guard let settings, fieldErrors.isEmpty else { return nil }
    var caseload = Caseload(settings: settings)
    guard let teams = teams.values, let workers = workers.values, let cases = cases.values,
      let allocations = allocations.values, let sessions = sessions.values,
      let notes = notes.values, let addenda = addenda.values, let done = actionsDone.values,
      let closed = actionsClosed.values, let events = caseEvents.values
    else { return nil }
    for team in teams { caseload.insert(team) }
    for worker in workers { caseload.insert(worker) }
    for child in cases { caseload.insert(child) }
    for allocation in allocations { caseload.append(allocation) }
    for session in sessions { caseload.append(session) }
    for note in notes { caseload.append(note) }
    for addendum in addenda { caseload.append(addendum) }
    for action in done { caseload.append(action) }
    for action in closed { caseload.append(action) }
    for event in events { caseload.append(event) }
    return caseload
  }
}

/// A record that decoded, or the reason it did not, with its id when that much could be read.
struct Decoded<Value: SnapshotRecord>: Decodable {
  var value: Value?
  var id: String?
  var error: (any Error)?

  init(_ value: Value) {
    self.value = value
    id = value.label
  }

  init(from decoder: any Decoder) throws {
    do {
      let value = try Value(from: decoder)
      self.value = value
      id = value.label
    } catch let error as DecodingError {
      self.error = error
      let container = try? decoder.container(keyedBy: AnyKey.self)
      id = (try? container?.decodeIfPresent(String.self, forKey: AnyKey(Value.labelKey))) ?? nil
    }
  }
}

extension Array where Element: DecodedRecord {
  /// Every record's value, or nil if any failed to decode.
  fileprivate var values: [Element.Stored]? {
    var result: [Element.Stored] = []
    result.reserveCapacity(count)
    for element in self {
      guard let value = element.stored else { return nil }
      result.append(value)
    }
    return result
  }
}

/// Lets `values` unwrap an array of `Decoded` whatever its record type.
protocol DecodedRecord {
  associatedtype Stored
  var stored: Stored? { get }
}

extension Decoded: DecodedRecord {
  var stored: Value? { value }
}

/// Any key, for reading one field of a record that failed to decode as a whole.
struct AnyKey: CodingKey {
  var stringValue: String
  var intValue: Int? { nil }
  init(_ name: String) { stringValue = name }
  init?(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { nil }
}

/// A record kind in the snapshot, and the field that names a record in messages.
protocol SnapshotRecord: Codable {
  static var labelKey: String { get }
  var label: String { get }
}

extension Team: SnapshotRecord {
  static var labelKey: String { "id" }
  var label: String { id.rawValue }
}

extension Worker: SnapshotRecord {
  static var labelKey: String { "id" }
  var label: String { id.rawValue }
}

extension Case: SnapshotRecord {
  static var labelKey: String { "id" }
  var label: String { id.rawValue }
}

extension Allocation: SnapshotRecord {
  static var labelKey: String { "case" }
  var label: String { self.case.rawValue }
}

extension SupervisionSession: SnapshotRecord {
  static var labelKey: String { "id" }
  var label: String { id.rawValue }
}

extension OversightNote: SnapshotRecord {
  static var labelKey: String { "id" }
  var label: String { id.rawValue }
}

extension Addendum: SnapshotRecord {
  static var labelKey: String { "id" }
  var label: String { id.rawValue }
}

extension ActionDone: SnapshotRecord {
  static var labelKey: String { "action" }
  var label: String { action.rawValue }
}

extension ActionClosure: SnapshotRecord {
  static var labelKey: String { "action" }
  var label: String { action.rawValue }
}

extension CaseEvent: SnapshotRecord {
  static var labelKey: String { "case" }
  var label: String { self.case.rawValue }
}

extension Caseload {
  /// Case events case by case in case order, each case's oldest first.
  var eventsInStoreOrder: [CaseEvent] {
    var result: [CaseEvent] = []
    for id in cases.keys { result += events[id] ?? [] }
    return result
  }

  /// Allocation history case by case in case order, so the snapshot diffs cleanly.
  var allocationsInStoreOrder: [Allocation] {
    var result: [Allocation] = []
    for id in cases.keys { result += allocations[id] ?? [] }
    return result
  }

  /// Completed actions in the order they were recorded.
  var actionsDoneInStoreOrder: [ActionDone] {
    actionsDone.values.sorted {
      ($0.authorship.recorded, $0.action.rawValue) < ($1.authorship.recorded, $1.action.rawValue)
    }
  }

  /// Closed actions in the order they were recorded.
  var actionsClosedInStoreOrder: [ActionClosure] {
    actionsClosed.values.sorted {
      ($0.authorship.recorded, $0.action.rawValue) < ($1.authorship.recorded, $1.action.rawValue)
    }
  }
}
