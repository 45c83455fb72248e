/// A team's workers and cases brought in from spreadsheets as one change (SPEC 1.5): what it
/// adds and what it updates, so undo can take it all back in one step.
public struct ImportBatch: Hashable, Sendable, Codable {
  /// The names of the files read, for the audit.
  public var files: [String]
  public var addWorkers: [Worker]
  public var updateWorkers: [WorkerUpdate]
  /// New cases, each with its worker (or its team's queue) as it starts.
  public var addCases: [Case]
  public var updateCases: [CaseUpdate]
  /// Only in the undo of an import: the workers and cases it had added.
  public var remove: Removal?
  public var recordedOn: Day

  public init(
    files: [String], addWorkers: [Worker] = [], updateWorkers: [WorkerUpdate] = [],
    addCases: [Case] = [], updateCases: [CaseUpdate] = [], remove: Removal? = nil,
    recordedOn: Day
  ) {
    self.files = files
    self.addWorkers = addWorkers
    self.updateWorkers = updateWorkers
    self.addCases = addCases
    self.updateCases = updateCases
    self.remove = remove
    self.recordedOn = recordedOn
  }

  public var isEmpty: Bool {
    addWorkers.isEmpty && updateWorkers.isEmpty && addCases.isEmpty && updateCases.isEmpty
      && (remove?.isEmpty ?? true)
  }

  /// The allocation reason and event reason an import's moves carry.
  public var reason: String { "import of \(files.joined(separator: ", "))" }
}

/// What a re-import changes on a case it already holds: only the fields that differ.
public struct CaseUpdate: Hashable, Sendable, Codable {
  public var `case`: Case.ID
  public var childName: Edit<String>?
  public var birthDate: Edit<Day>?
  public var family: Edit<Case.FamilyID?>?
  public var category: Edit<Case.Category>?
  public var worker: Edit<Worker.ID?>?
  /// The queue an unallocated case waits in.
  public var team: Edit<Team.ID?>?
  public var lastVisit: Edit<Day?>?

  public init(case caseID: Case.ID) { self.case = caseID }

  public var isEmpty: Bool {
    childName == nil && birthDate == nil && family == nil && category == nil && worker == nil
      && team == nil && lastVisit == nil
  }

  public var reversed: CaseUpdate {
    var back = self
    back.childName = childName?.reversed
    back.birthDate = birthDate?.reversed
    back.family = family?.reversed
    back.category = category?.reversed
    back.worker = worker?.reversed
    back.team = team?.reversed
    back.lastVisit = lastVisit?.reversed
    return back
  }
}

/// Records taken out again, only ever by undoing the change that added them; refused once
/// anything else refers to them.
public struct Removal: Hashable, Sendable, Codable {
  public var teams: [Team.ID]
  public var workers: [Worker.ID]
  public var cases: [Case.ID]

  public init(teams: [Team.ID] = [], workers: [Worker.ID] = [], cases: [Case.ID] = []) {
    self.teams = teams
    self.workers = workers
    self.cases = cases
  }

  public var isEmpty: Bool { teams.isEmpty && workers.isEmpty && cases.isEmpty }
}

/// The store's bank holidays replaced by another list (SPEC 1.3).
public struct HolidayChange: Hashable, Sendable, Codable {
  public var days: Edit<[Day]>
  /// Where the new list came from: the file's name and region.
  public var source: String

  public init(days: Edit<[Day]>, source: String) {
    self.days = days
    self.source = source
  }
}
