import Tagged

/// Every figure the rules use, kept in the store so an authority can change them.
public struct Settings: Hashable, Sendable, Codable {
  /// Weight points by category (SPEC 1.2).
  public var weights: [Case.Category: Double]
  /// Share of its weight a second or later sibling counts for with the same worker.
  public var siblingFactor: Double
  /// Weight points one full-time worker can hold.
  public var capacityPerFTE: Double
  /// Share of capacity an ASYE worker has in their first year.
  public var asyeCapacityFactor: Double
  /// Load (as a fraction of capacity) at which a worker turns amber.
  public var warnAt: Double
  /// Load above which a worker is over capacity.
  public var overAbove: Double
  /// Statutory visit interval by category; an assessment's entry is its completion timescale.
  public var visitIntervals: [Case.Category: Interval]
  /// Supervision frequency for ASYE workers: (service length up to which it applies, interval).
  public var asyeSupervision: [SupervisionStep]
  public var supervisionInterval: Interval
  /// Recorded oversight interval by category.
  public var oversightIntervals: [Case.Category: Interval]
  public var unallocatedWarnAfter: Interval
  public var unallocatedOverAfter: Interval
  /// How far back "social workers in the last 12 months" looks.
  public var workerHistoryWindow: Interval
  /// Social worker number (in the window) from which a move is warned about.
  public var workerCountWarnAt: Int
  /// A target leaving within this interval is warned about.
  public var leavingSoonWithin: Interval
  /// Bank holidays skipped by working-day timescales.
  public var bankHolidays: [Day]

  /// One step of a stepped supervision frequency.
  public struct SupervisionStep: Hashable, Sendable, Codable {
    /// Applies while the worker's service is shorter than this.
    public var until: Interval
    public var every: Interval

    public init(until: Interval, every: Interval) {
      self.until = until
      self.every = every
    }
  }

  public init(
    weights: [Case.Category: Double], siblingFactor: Double, capacityPerFTE: Double,
    asyeCapacityFactor: Double, warnAt: Double, overAbove: Double,
    visitIntervals: [Case.Category: Interval], asyeSupervision: [SupervisionStep],
    supervisionInterval: Interval, oversightIntervals: [Case.Category: Interval],
    unallocatedWarnAfter: Interval, unallocatedOverAfter: Interval, workerHistoryWindow: Interval,
    workerCountWarnAt: Int, leavingSoonWithin: Interval, bankHolidays: [Day]
  ) {
    self.weights = weights
    self.siblingFactor = siblingFactor
    self.capacityPerFTE = capacityPerFTE
    self.asyeCapacityFactor = asyeCapacityFactor
    self.warnAt = warnAt
    self.overAbove = overAbove
    self.visitIntervals = visitIntervals
    self.asyeSupervision = asyeSupervision
    self.supervisionInterval = supervisionInterval
    self.oversightIntervals = oversightIntervals
    self.unallocatedWarnAfter = unallocatedWarnAfter
    self.unallocatedOverAfter = unallocatedOverAfter
    self.workerHistoryWindow = workerHistoryWindow
    self.workerCountWarnAt = workerCountWarnAt
    self.leavingSoonWithin = leavingSoonWithin
    self.bankHolidays = bankHolidays
  }

  /// The defaults of SPEC 1.2 to 1.4, with no bank holidays.
  public static let defaults = Settings(
    weights: [
      .assessment: 4, .childInNeed: 4, .childProtection: 6, .childInCare: 5, .careLeaver: 3,
      .courtProceedings: 8,
    ],
    siblingFactor: 0.5,
    capacityPerFTE: 85,
    asyeCapacityFactor: 0.9,
    warnAt: 0.85,
    overAbove: 1.0,
    visitIntervals: [
      .childProtection: .workingDays(10), .childInCare: .weeks(6), .childInNeed: .weeks(4),
      .careLeaver: .weeks(8), .courtProceedings: .workingDays(10), .assessment: .workingDays(45),
    ],
    asyeSupervision: [
      SupervisionStep(until: .weeks(6), every: .weeks(1)),
      SupervisionStep(until: .months(6), every: .weeks(2)),
    ],
    supervisionInterval: .months(1),
    oversightIntervals: [
      .childProtection: .weeks(4), .courtProceedings: .weeks(4), .assessment: .weeks(8),
      .childInNeed: .weeks(8), .childInCare: .weeks(8), .careLeaver: .weeks(8),
    ],
    unallocatedWarnAfter: .weeks(2),
    unallocatedOverAfter: .weeks(4),
    workerHistoryWindow: .months(12),
    workerCountWarnAt: 3,
    leavingSoonWithin: .weeks(4),
    bankHolidays: []
  )
}
