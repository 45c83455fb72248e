import Foundation

/// Who the picker chose for some cases, and why in a few words; no target when the manager
/// must decide (no one has room, or only an ASYE for child protection or court work).
struct TargetPick: Hashable, Sendable {
  var target: Worker.ID?
  var why: String
  var needsDecision: Bool { target == nil }
}

/// Chooses a worker for a family of cases: continuity first, then the lowest load after the
/// move, never over capacity, never anyone away or leaving soon, and never an ASYE for child
/// protection or court work (that is the manager's decision, with the warning in front of them).
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

  /// Picks a target for cases that go together; no target when the manager must decide.
  mutating func pick(for cases: [Case], remember: Bool = true) -> TargetPick {
    guard !candidates.isEmpty else {
      return TargetPick(target: nil, why: "no one can take cases")
    }
    let ids = cases.map(\.id)
    let withRoom = candidates.compactMap { worker -> (worker: Worker, load: WorkerLoad)? in
      let load = rules.load(of: worker.id, adding: given[worker.id, default: []] + ids)
      return load.band == .over ? nil : (worker, load)
    }
    guard !withRoom.isEmpty else { return TargetPick(target: nil, why: "no one has room") }

    let highRisk = cases.contains { $0.category.isHighRisk }
    var pool = withRoom
    if highRisk {
      pool = withRoom.filter { $0.worker.role != .asye }
      guard !pool.isEmpty else { return TargetPick(target: nil, why: "only an ASYE has room") }
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
      return TargetPick(target: nil, why: "no one has room")
    }
    // Short enough to read whole in the handover screen's column at 80 columns.
    let why = continuing.isEmpty ? "lowest load after move" : "child's previous worker"
    if remember { given[chosen.id, default: []] += ids }
    return TargetPick(target: chosen.id, why: why)
  }
}

extension Rules {
  /// The worker the rules would suggest for these cases in a team (as the queue and the handover
  /// plan do), or nil when the manager must decide.
  public func suggestedTarget(for caseIDs: [Case.ID], in team: Team.ID) -> Worker.ID? {
    let cases = caseIDs.compactMap { caseload.case($0) }
    let holders = Set(cases.compactMap(\.worker))
    var picker = TargetPicker(
      rules: self,
      candidates: TargetPicker.candidates(in: team, rules: self).filter {
        !holders.contains($0.id)
      })
    return picker.pick(for: cases, remember: false).target
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
