/// A count out of a total, such as cases with oversight in timescale out of open cases.
public struct Share: Hashable, Sendable {
  public var count: Int
  public var total: Int

  public init(count: Int, total: Int) {
    self.count = count
    self.total = total
  }

  /// 0 to 1; nil when there is nothing to count (a total of 0), never a division by zero.
  public var fraction: Double? { total == 0 ? nil : Double(count) / Double(total) }

  /// A whole percentage, nil when the total is 0.
  public var percent: Int? { fraction.map { Int(($0 * 100).rounded()) } }

  /// "75%", or "-" when there is nothing to count.
  public var percentText: String { percent.map { "\($0)%" } ?? "-" }

  public static func + (a: Share, b: Share) -> Share {
    Share(count: a.count + b.count, total: a.total + b.total)
  }
}

/// Assessments against their timescale (45 working days from the day the case became an
/// assessment, by default).
///
/// Completion is read from the case's recorded events: the category changed from assessment
/// (also by an import), or the case closed while an assessment. Only completions on record in
/// the last 12 months count; a case whose history was never recorded (imported, or the demo,
/// whose cases have no events) adds no completion, so both figures are 0 until they are
/// recorded. Open assessments come from the cases as they are today and need no history.
public struct AssessmentFigures: Hashable, Sendable {
  public var completedInTime: Int
  public var completedLate: Int
  /// Assessments open today.
  public var open: Int
  /// Assessments open today and past their timescale.
  public var openOverdue: Int

  public init(completedInTime: Int, completedLate: Int, open: Int, openOverdue: Int) {
    self.completedInTime = completedInTime
    self.completedLate = completedLate
    self.open = open
    self.openOverdue = openOverdue
  }

  public static let none = AssessmentFigures(
    completedInTime: 0, completedLate: 0, open: 0, openOverdue: 0)

  /// Completed within timescale out of all completed.
  public var completedOnTime: Share {
    Share(count: completedInTime, total: completedInTime + completedLate)
  }

  public static func + (a: AssessmentFigures, b: AssessmentFigures) -> AssessmentFigures {
    AssessmentFigures(
      completedInTime: a.completedInTime + b.completedInTime,
      completedLate: a.completedLate + b.completedLate, open: a.open + b.open,
      openOverdue: a.openOverdue + b.openOverdue)
  }
}

/// The case figures an inspector asks for (SPEC 1.7), for a team or one worker's cases.
public struct InspectionFigures: Hashable, Sendable {
  public var openCases: Int
  /// Open cases whose recorded management oversight is not overdue, out of open cases with an
  /// oversight timescale.
  public var oversight: Share
  /// Open cases whose statutory visit is not overdue, out of open cases with a visit timescale
  /// (an assessment has a completion timescale instead, and is not counted).
  public var visits: Share
  public var assessments: AssessmentFigures
  /// Open cases whose child has had this many social workers or more in the last 12 months
  /// (`workerCountWarnAt`, 3 by default).
  public var manyWorkers: Int
  public var openActions: Int
  public var overdueActions: Int

  public init(
    openCases: Int, oversight: Share, visits: Share, assessments: AssessmentFigures,
    manyWorkers: Int, openActions: Int, overdueActions: Int
  ) {
    self.openCases = openCases
    self.oversight = oversight
    self.visits = visits
    self.assessments = assessments
    self.manyWorkers = manyWorkers
    self.openActions = openActions
    self.overdueActions = overdueActions
  }
}

/// A worker's supervision as an inspector reads it.
public struct SupervisionRecord: Hashable, Sendable {
  public var last: Day?
  public var due: Due
  /// Days in the last six months on which their supervision was not overdue, out of the days
  /// in that window they were in post (see `Rules.supervisionOnSchedule(of:)`).
  public var onSchedule: Share

  public init(last: Day?, due: Due, onSchedule: Share) {
    self.last = last
    self.due = due
    self.onSchedule = onSchedule
  }
}

/// One worker's row of the inspection figures.
public struct InspectionRow: Hashable, Sendable {
  public var worker: Worker
  /// From `WorkerLoad`, as every other screen and report.
  public var load: WorkerLoad
  public var supervision: SupervisionRecord
  /// About the cases they hold; actions are those they own or that are about their cases.
  public var figures: InspectionFigures

  public init(
    worker: Worker, load: WorkerLoad, supervision: SupervisionRecord, figures: InspectionFigures
  ) {
    self.worker = worker
    self.load = load
    self.supervision = supervision
    self.figures = figures
  }
}

/// Children waiting for a worker and how long (calendar days since their wait began).
public struct Waiting: Hashable, Sendable {
  public var count: Int
  /// nil when no child is waiting.
  public var longestDays: Int?
  /// The middle wait; for an even number of children, the mean of the two middle ones,
  /// rounded down. nil when no child is waiting.
  public var medianDays: Int?

  public init(days: [Int]) {
    let sorted = days.sorted()
    count = sorted.count
    longestDays = sorted.last
    if sorted.isEmpty {
      medianDays = nil
    } else if sorted.count % 2 == 1 {
      medianDays = sorted[sorted.count / 2]
    } else {
      medianDays = (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }
  }
}

/// Inspection readiness for a team (SPEC 1.7): its figures, its unallocated children, its
/// workers' supervision, and a row per worker.
public struct Inspection: Hashable, Sendable {
  public var team: Team
  public var date: Day
  /// The team's open cases: those its listed workers hold and those waiting in its queue.
  public var figures: InspectionFigures
  public var unallocated: Waiting
  /// Listed workers still in post whose supervision is overdue today.
  public var supervisionsOverdue: Int
  /// Workers still in post, whose supervision is counted.
  public var supervisedWorkers: Int
  /// Every in-post worker's days on schedule added up, out of all their days in the window.
  public var supervisionOnSchedule: Share
  /// As the board lists them: in name order, a worker who has left only while holding cases.
  public var workers: [InspectionRow]
  /// How many social workers in 12 months count as many (`workerCountWarnAt`, 3 by default).
  public var manyWorkersAt: Int

  public init(
    team: Team, date: Day, figures: InspectionFigures, unallocated: Waiting,
    supervisionsOverdue: Int, supervisedWorkers: Int, supervisionOnSchedule: Share,
    workers: [InspectionRow], manyWorkersAt: Int
  ) {
    self.manyWorkersAt = manyWorkersAt
    self.team = team
    self.date = date
    self.figures = figures
    self.unallocated = unallocated
    self.supervisionsOverdue = supervisionsOverdue
    self.supervisedWorkers = supervisedWorkers
    self.supervisionOnSchedule = supervisionOnSchedule
    self.workers = workers
  }
}
