import Foundation

/// Chooses a worker for a family of cases: continuity first, then the lowest load after the
/// move, never over capacity, and not an ASYE for high-risk work when anyone else has room.
struct TargetPicker {
  let rules: Rules
  let candidates: [Worker]
  /// Cases given so far in this plan, so each choice sees the loads left by the earlier ones.
  private(set) var given: [Worker.ID: [Case.ID]] = [:]

  init(rules: Rules, candidates: [Worker]) {
    self.rules = rules
    self.candidates = candidates
  }

  /// Workers of a team who can take new cases today, in name order.
  static func candidates(in team: Team.ID, excluding excluded: Worker.ID? = nil, rules: Rules)
    -> [Worker]
  {
    rules.caseload.workers(in: team)
      .filter { $0.id != excluded && !rules.isUnavailable($0) }
      .sorted(by: Worker.byName)
  }

  /// Picks a target for cases that go together; nil when no one can take them.
  mutating func pick(for cases: [Case], remember: Bool = true) -> (target: Worker.ID?, why: String)
  {
    guard !candidates.isEmpty else {
      return (nil, "no one can take cases")
    }
    let ids = cases.map(\.id)
    let withRoom = candidates.compactMap { worker -> (worker: Worker, load: WorkerLoad)? in
      let load = rules.load(of: worker.id, adding: given[worker.id, default: []] + ids)
      return load.band == .over ? nil : (worker, load)
    }
    guard !withRoom.isEmpty else { return (nil, "no one has room") }

    let highRisk = cases.contains { $0.category.isHighRisk }
    var pool = withRoom
    if highRisk {
      let qualified = withRoom.filter { $0.worker.role != .asye }
      if !qualified.isEmpty { pool = qualified }
    }
    let previous = Set(cases.flatMap { rules.socialWorkers(of: $0.id) })
    let continuing = pool.filter { previous.contains($0.worker.id) }

    let lightest: ([(worker: Worker, load: WorkerLoad)]) -> Worker? = { options in
      options.min { a, b in
        a.load.fraction != b.load.fraction
          ? a.load.fraction < b.load.fraction : Worker.byName(a.worker, b.worker)
      }?.worker
    }
    guard let chosen = lightest(continuing.isEmpty ? pool : continuing) else {
      return (nil, "no one has room")
    }
    // Short enough to read whole in the handover screen's column at 80 columns.
    var why = continuing.isEmpty ? "lowest load after move" : "child's previous worker"
    if highRisk, chosen.role == .asye { why = "ASYE: no one else has room" }
    if remember { given[chosen.id, default: []] += ids }
    return (chosen.id, why)
  }
}

extension Worker {
  /// Name order as a manager reads a list: ignoring case and accents, then by id.
  public static func byName(_ a: Worker, _ b: Worker) -> Bool {
    let (ka, kb) = (a.sortKey, b.sortKey)
    return ka != kb ? ka < kb : a.id.rawValue < b.id.rawValue
  }

  var sortKey: String {
    name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }
}
