/// A RAG band: ok (green), warn (amber), over (red).
public enum LoadBand: String, Hashable, Sendable, Comparable, CaseIterable {
  case ok
  case warn
  case over

  public static func < (lhs: LoadBand, rhs: LoadBand) -> Bool {
    allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
  }

  /// The band of a load given as a fraction of capacity (SPEC 1.2).
  public init(fraction: Double, settings: Settings) {
    // Sums of weights are not exact in binary; a hair's breadth must not change the colour.
    let slack = 1e-9
    if fraction < settings.warnAt - slack {
      self = .ok
    } else if fraction <= settings.overAbove + slack {
      self = .warn
    } else {
      self = .over
    }
  }
}

/// A worker's weighted load against their capacity, as the load bar shows it.
public struct WorkerLoad: Hashable, Sendable {
  public var worker: Worker.ID
  /// Open cases held; always shown beside the bar.
  public var caseCount: Int
  public var points: Double
  public var capacity: Double
  public var fraction: Double
  /// The figure every bar, warning and report shows: the fraction as a whole percentage,
  /// rounded to nearest but never across a band's edge, so `85%` is never shown without the
  /// warn marker and `100%` never for a load that is over. At most 9999.
  public var percent: Int
  public var band: LoadBand

  public init(
    worker: Worker.ID, caseCount: Int, points: Double, capacity: Double, settings: Settings
  ) {
    self.worker = worker
    self.caseCount = caseCount
    self.points = points
    self.capacity = capacity
    if capacity > 0 {
      fraction = points / capacity
    } else {
      fraction = points > 0 ? .infinity : 0
    }
    band = LoadBand(fraction: fraction, settings: settings)
    percent = Self.percent(fraction, band: band, settings: settings)
  }
}

extension WorkerLoad {
  /// The shown percentage of a fraction in a band; see `percent`.
  static func percent(_ fraction: Double, band: LoadBand, settings: Settings) -> Int {
    // A worker with no capacity but some cases is shown as far over, not as a crash.
    guard fraction.isFinite else { return fraction > 0 ? 9999 : 0 }
    // The small nudge keeps 0.29 from showing as 28% through binary rounding.
    var shown = Int((min(max(fraction, 0), 99.99) * 100 + 1e-9).rounded())
    func edge(_ share: Double, _ rule: FloatingPointRoundingRule) -> Int {
      share.isFinite ? Int((min(max(share, 0), 99.99) * 100).rounded(rule)) : 9999
    }
    let warnEdge = edge(settings.warnAt, .up)
    let overEdge = edge(settings.overAbove, .down)
    switch band {
    case .ok: shown = min(shown, warnEdge - 1)
    case .warn: shown = min(max(shown, warnEdge), overEdge)
    case .over: shown = max(shown, overEdge + 1)
    }
    return max(0, min(9999, shown))
  }
}

extension Rules {
  /// The load of a worker today, optionally as it would be after cases are added or removed.
  public func load(of worker: Worker.ID, adding: [Case.ID] = [], removing: [Case.ID] = [])
    -> WorkerLoad
  {
    let weighted = weightedCases(of: worker, adding: adding, removing: removing)
    let capacity = caseload.worker(worker).map(capacity(of:)) ?? settings.capacityPerFTE
    return WorkerLoad(
      worker: worker, caseCount: weighted.count,
      points: weighted.reduce(0) { $0 + $1.points }, capacity: capacity, settings: settings)
  }

  /// Weight points a worker can hold today: their cap, or their FTE share reduced in an ASYE's
  /// first year.
  public func capacity(of worker: Worker) -> Double {
    if let cap = worker.cap { return cap }
    var capacity = settings.capacityPerFTE * worker.fte
    if worker.role == .asye, today < worker.started.adding(months: 12) {
      capacity *= settings.asyeCapacityFactor
    }
    return capacity
  }

  /// The worker's open cases, each with the points it counts for: a second or later sibling
  /// with the same worker counts at the sibling factor, the heaviest of the family in full.
  public func weightedCases(
    of worker: Worker.ID, adding: [Case.ID] = [], removing: [Case.ID] = []
  ) -> [(case: Case, points: Double)] {
    var ids = caseload.casesByWorker[worker] ?? []
    if !removing.isEmpty {
      let removed = Set(removing)
      ids.removeAll { removed.contains($0) }
    }
    for id in adding where !ids.contains(id) { ids.append(id) }
    let held = ids.compactMap { caseload.cases[$0] }.filter(\.isOpen)

    var heaviest: [Case.FamilyID: Case] = [:]
    for child in held {
      guard let family = child.family else { continue }
      if let current = heaviest[family], !outweighs(child, current) { continue }
      heaviest[family] = child
    }
    return held.map { child in
      let full = weight(of: child.category)
      guard let family = child.family, heaviest[family]?.id != child.id else {
        return (child, full)
      }
      return (child, full * settings.siblingFactor)
    }
  }

  /// Which sibling counts in full: the heaviest, then the earliest opened, then the lowest id,
  /// so the figure never depends on store order.
  func outweighs(_ a: Case, _ b: Case) -> Bool {
    let (wa, wb) = (weight(of: a.category), weight(of: b.category))
    if wa != wb { return wa > wb }
    if a.opened != b.opened { return a.opened < b.opened }
    return a.id.rawValue < b.id.rawValue
  }
}
