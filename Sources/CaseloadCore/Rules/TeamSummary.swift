/// One worker's line on the team board and in `caseload report`.
public struct WorkerRow: Hashable, Sendable {
  public var worker: Worker
  public var load: WorkerLoad
  public var badges: [Badge]
  /// Open cases whose statutory visit is overdue.
  public var visitsOverdue: Int
  /// Open cases whose recorded oversight is overdue.
  public var oversightOverdue: Int
  /// Open assessments past their completion timescale (45 working days by default).
  public var assessmentsOverdue: Int
  public var lastSupervision: Day?
  public var supervision: Due

  /// Everything overdue on the worker's cases: visits, oversight and assessments, as the
  /// board's Overdue column counts them.
  public var overdue: Int { visitsOverdue + oversightOverdue + assessmentsOverdue }

  public init(
    worker: Worker, load: WorkerLoad, badges: [Badge], visitsOverdue: Int, oversightOverdue: Int,
    assessmentsOverdue: Int, lastSupervision: Day?, supervision: Due
  ) {
    self.worker = worker
    self.load = load
    self.badges = badges
    self.visitsOverdue = visitsOverdue
    self.oversightOverdue = oversightOverdue
    self.assessmentsOverdue = assessmentsOverdue
    self.lastSupervision = lastSupervision
    self.supervision = supervision
  }
}

/// The figures of a team's summary line and its rows (SPEC 2.1).
public struct TeamSummary: Hashable, Sendable {
  public var team: Team
  /// In name order; a worker who has left is listed only while they still hold open cases.
  public var workers: [WorkerRow]
  public var workerCount: Int
  public var agencyCount: Int
  /// Agency workers as a share of the listed workers, 0 to 1.
  public var agencyShare: Double
  /// Open cases held by the listed workers plus the team's unallocated cases.
  public var openCases: Int
  /// Mean open-case count over the listed workers.
  public var averageCaseload: Double
  public var minCaseload: Int
  public var maxCaseload: Int
  /// Open cases waiting in the team's queue with no worker.
  public var unallocated: Int
  /// Open cases of the team (held or waiting) whose statutory visit is overdue.
  public var visitsOverdue: Int
  /// Open assessments of the team past their completion timescale.
  public var assessmentsOverdue: Int
  /// Open cases of the team (held or waiting) whose recorded oversight is overdue.
  public var oversightOverdue: Int
  /// Listed workers still in post whose supervision is overdue.
  public var supervisionsOverdue: Int

  public init(
    team: Team, workers: [WorkerRow], workerCount: Int, agencyCount: Int, agencyShare: Double,
    openCases: Int, averageCaseload: Double, minCaseload: Int, maxCaseload: Int, unallocated: Int,
    visitsOverdue: Int, assessmentsOverdue: Int, oversightOverdue: Int, supervisionsOverdue: Int
  ) {
    self.team = team
    self.workers = workers
    self.workerCount = workerCount
    self.agencyCount = agencyCount
    self.agencyShare = agencyShare
    self.openCases = openCases
    self.averageCaseload = averageCaseload
    self.minCaseload = minCaseload
    self.maxCaseload = maxCaseload
    self.unallocated = unallocated
    self.visitsOverdue = visitsOverdue
    self.assessmentsOverdue = assessmentsOverdue
    self.oversightOverdue = oversightOverdue
    self.supervisionsOverdue = supervisionsOverdue
  }
}
