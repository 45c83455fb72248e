/// A made-up authority of any size, for benchmarks and tests (`caseload generate`).
public enum SyntheticStore {
  /// Exactly `workers` workers in teams of about ten, `cases` open cases (a few unallocated) and
  /// `notes` recorded discussions of cases, split between oversight notes and entries in
  /// supervision sessions. With no cases there is nothing to write notes about, so none are made.
  /// Builds each kind of record in one pass, so 2,000 workers, 20,000 cases and 200,000 notes
  /// take seconds.
  public static func make(workers: Int, cases: Int, notes: Int, today: Day, seed: UInt64 = 1)
    -> Caseload
  {
    var generator = SyntheticGenerator(today: today, seed: seed)
    generator.makeTeams(workers: max(workers, 0))
    generator.makeWorkers(max(workers, 0))
    generator.makeCases(max(cases, 0))
    generator.makeNotes(cases > 0 ? max(notes, 0) : 0)
    return generator.caseload
  }
}

/// The state of one synthetic build: the caseload so far and the lists that make it fast.
private struct SyntheticGenerator {
  let today: Day
  var rng: SplitMix64
  var caseload = Caseload()
  var teams: [Team] = []
  var workers: [Worker] = []
  var members: [[Int]] = []
  var caseIDs: [Case.ID] = []
  var casesOfWorker: [[Int]] = []
  var caseTeam: [Int] = []
  var caseHolder: [Int?] = []
  var caseOpened: [Day] = []
  var actionCount = 0

  init(today: Day, seed: UInt64) {
    self.today = today
    rng = SplitMix64(seed: seed)
  }

  static let kinds: [Team.Kind] = [
    .frontDoor, .childInNeedAndProtection, .childInNeedAndProtection, .childrenInCare,
    .careLeavers,
  ]

  static func categories(_ kind: Team.Kind) -> [(Case.Category, Double)] {
    switch kind {
    case .frontDoor, .dutyAndAssessment:
      return [(.assessment, 0.85), (.childInNeed, 0.1), (.childProtection, 0.05)]
    case .childrenInCare:
      return [(.childInCare, 0.82), (.courtProceedings, 0.13), (.careLeaver, 0.05)]
    case .careLeavers: return [(.careLeaver, 0.9), (.childInCare, 0.1)]
    case .childInNeedAndProtection, .other:
      return [
        (.childInNeed, 0.5), (.childProtection, 0.4), (.courtProceedings, 0.07),
        (.childInCare, 0.03),
      ]
    }
  }

  static func padded(_ prefix: String, _ number: Int, width: Int) -> String {
    let digits = String(number)
    return prefix + String(repeating: "0", count: max(0, width - digits.count)) + digits
  }

  mutating func makeTeams(workers: Int) {
    let count = max(1, (workers + 9) / 10)
    for index in 0..<count {
      let kind = Self.kinds[index % Self.kinds.count]
      let number = Self.padded("", index + 1, width: 3)
      let team = Team(
        id: Team.ID(rawValue: "team-\(number)"), name: "\(Self.teamName(kind)) \(number)",
        kind: kind, managers: ["manager-\(number)"])
      teams.append(team)
      caseload.insert(team)
    }
    members = Array(repeating: [], count: count)
  }

  static func teamName(_ kind: Team.Kind) -> String {
    switch kind {
    case .frontDoor: return "Front Door"
    case .dutyAndAssessment: return "Duty and Assessment"
    case .childInNeedAndProtection: return "Child in Need and Protection"
    case .childrenInCare: return "Children in Care"
    case .careLeavers: return "Leaving Care"
    case .other: return "Team"
    }
  }

  mutating func makeWorkers(_ count: Int) {
    for index in 0..<count {
      let team = index / 10
      let pool = rng.weighted(DemoNames.weightedPools)
      let name = pool.name(given: rng.pick(pool.given), family: rng.pick(pool.family))
      let asye = rng.chance(0.05)
      let role: Worker.Role = asye ? .asye : rng.chance(0.1) ? .seniorPractitioner : .socialWorker
      var worker = Worker(
        id: Worker.ID(rawValue: Self.padded("w", index + 1, width: 5)), name: name,
        team: teams[team].id, role: role, employment: rng.chance(0.3) ? .agency : .permanent,
        fte: rng.chance(0.1) ? rng.pick([0.6, 0.8]) : 1,
        started: today.adding(days: -(asye ? rng.int(30...300) : rng.int(60...4000))))
      if rng.chance(0.03) { worker.leaving = today.adding(days: rng.int(1...60)) }
      if rng.chance(0.03) {
        worker.absences = [
          Worker.Absence(
            from: today.adding(days: -rng.int(0...5)), to: today.adding(days: rng.int(0...10)),
            reason: "Annual leave")
        ]
      }
      workers.append(worker)
      members[team].append(index)
      caseload.insert(worker)
    }
    casesOfWorker = Array(repeating: [], count: count)
  }

  /// Shares cases out unevenly, as real caseloads are, keeping about 1 in 40 unallocated.
  mutating func makeCases(_ count: Int) {
    let unallocated = workers.isEmpty ? count : count / 40
    let allocated = count - unallocated
    let weights = workers.map { $0.fte * rng.double(0.6...1.4) }
    let total = weights.reduce(0, +)
    var quotas = weights.map { Int(Double(allocated) * $0 / total) }
    var left = allocated - quotas.reduce(0, +)
    var index = 0
    while left > 0 {
      quotas[index % quotas.count] += 1
      left -= 1
      index += 1
    }
    var holders: [Int?] = []
    holders.reserveCapacity(count)
    for (worker, quota) in quotas.enumerated() {
      holders += Array(repeating: worker, count: quota)
    }
    holders += Array(repeating: nil, count: unallocated)

    var family: (id: Case.FamilyID, surname: String, pool: NamePool, holder: Int?)?
    for (number, holder) in holders.enumerated() {
      let teamIndex = holder.map { $0 / 10 } ?? rng.int(0...(teams.count - 1))
      let category = rng.weighted(Self.categories(teams[teamIndex].kind))
      if family == nil || family?.holder != holder || !rng.chance(0.25) {
        let pool = rng.weighted(DemoNames.weightedPools)
        family = (
          Case.FamilyID(rawValue: Self.padded("F", number + 1, width: 6)), rng.pick(pool.family),
          pool, holder
        )
      }
      let kin = family ?? (Case.FamilyID(rawValue: "F0"), "Smith", DemoNames.british, holder)
      let age = category == .careLeaver ? rng.int(6570...7900) : rng.int(30...6200)
      let birth = today.adding(days: -age)
      let opened = max(
        birth,
        today.adding(days: -(category == .assessment ? rng.int(1...60) : rng.int(20...1500))))
      let child = Case(
        id: Case.ID(rawValue: Self.padded("C", 100_000 + number, width: 6)),
        childName: kin.pool.name(given: rng.pick(kin.pool.given), family: kin.surname),
        birthDate: birth, family: kin.id, category: category, opened: opened,
        worker: holder.map { workers[$0].id }, team: holder == nil ? teams[teamIndex].id : nil,
        lastVisit: max(opened, today.adding(days: -rng.int(1...40))))
      caseload.insert(child)
      caseIDs.append(child.id)
      caseTeam.append(teamIndex)
      caseHolder.append(holder)
      caseOpened.append(opened)
      if let holder { casesOfWorker[holder].append(number) }
      appendHistory(of: child, teamIndex: teamIndex)
    }
  }

  /// One to three allocations, the earlier ones with colleagues in the same team.
  private mutating func appendHistory(of child: Case, teamIndex: Int) {
    let span = child.opened.days(until: today)
    let entries = span < 3 ? 1 : rng.int(1...3)
    var starts = [child.opened]
    for _ in 1..<entries {
      starts.append(child.opened.adding(days: rng.int(1...(span - 1))))
    }
    starts = Array(Set(starts)).sorted()
    let colleagues = members[teamIndex]
    let manager = teams[teamIndex].managers.first ?? "manager"
    for (position, from) in starts.enumerated() {
      let last = position == starts.count - 1
      let worker =
        last ? child.worker : colleagues.isEmpty ? nil : workers[rng.pick(colleagues)].id
      caseload.append(
        Allocation(
          case: child.id, worker: worker, from: from,
          to: last ? nil : starts[position + 1],
          reason: position == 0 ? "Allocated on opening" : "Caseload balancing", by: manager))
    }
  }

  /// Four in ten notes are entries in monthly supervision sessions, the rest oversight notes.
  mutating func makeNotes(_ count: Int) {
    let entries = workers.isEmpty ? 0 : count * 2 / 5
    makeSessions(entries: entries)
    makeOversightNotes(count - entries)
  }

  private mutating func makeSessions(entries: Int) {
    // Four cases a session, more when that would reach back over two years of monthly sessions.
    let perSession = max(4, (entries + workers.count * 24 - 1) / max(workers.count * 24, 1))
    let sessionCount = (entries + perSession - 1) / perSession
    var sessions: [SupervisionSession] = []
    sessions.reserveCapacity(sessionCount)
    let offsets = workers.map { _ in rng.int(1...28) }
    var remaining = entries
    for number in 0..<sessionCount {
      let worker = number % workers.count
      let date = today.adding(days: -(offsets[worker] + (number / workers.count) * 30))
      let held = casesOfWorker[worker]
      let team = teams[worker / 10]
      var discussed: [CaseDiscussion] = []
      for _ in 0..<min(perSession, remaining) {
        let index = held.isEmpty ? rng.int(0...(caseIDs.count - 1)) : rng.pick(held)
        discussed.append(
          discussion(
            of: index, owner: workers[worker].id, on: date,
            manager: team.managers.first ?? "manager"))
      }
      remaining -= discussed.count
      sessions.append(
        SupervisionSession(
          id: RecordID(rawValue: Self.padded("S", number + 1, width: 7)),
          worker: workers[worker].id, date: date,
          attendees: [team.managers.first ?? "manager", workers[worker].name],
          discussion: rng.pick(Self.general), entries: discussed,
          authorship: Authorship(
            author: team.managers.first ?? "manager", recorded: time(on: date))))
    }
    // Oldest first, as a store that grew over time would hold them.
    sessions.sort { $0.date < $1.date }
    for session in sessions { caseload.append(session) }
  }

  private mutating func makeOversightNotes(_ count: Int) {
    var notes: [OversightNote] = []
    notes.reserveCapacity(count)
    for number in 0..<count {
      let index = number < caseIDs.count ? number : rng.int(0...(caseIDs.count - 1))
      let earliest = max(caseOpened[index], today.adding(days: -365))
      let date = earliest.adding(days: rng.int(0...max(0, earliest.days(until: today) - 1)))
      let team = teams[caseTeam[index]]
      let owner = caseHolder[index].map { workers[$0].id }
      notes.append(
        OversightNote(
          id: RecordID(rawValue: Self.padded("N", number + 1, width: 7)),
          note: discussion(
            of: index, owner: owner, on: date, manager: team.managers.first ?? "manager"),
          authorship: Authorship(
            author: team.managers.first ?? "manager", recorded: time(on: date))))
    }
    notes.sort { $0.authorship.recorded < $1.authorship.recorded }
    for note in notes { caseload.append(note) }
  }

  private mutating func discussion(
    of index: Int, owner: Worker.ID?, on date: Day, manager: String
  ) -> CaseDiscussion {
    var actions: [Action] = []
    if let owner, rng.chance(0.03) {
      actionCount += 1
      let action = Action(
        id: RecordID(rawValue: Self.padded("A", actionCount, width: 7)),
        text: rng.pick(Self.actions), owner: owner, due: date.adding(days: 14))
      actions.append(action)
      if action.due < today, rng.chance(0.7) {
        caseload.append(
          ActionDone(
            action: action.id, done: action.due,
            authorship: Authorship(author: manager, recorded: time(on: action.due))))
      }
    }
    return CaseDiscussion(
      case: caseIDs[index], discussion: rng.pick(Self.discussions),
      decision: rng.pick(Self.decisions), actions: actions)
  }

  private mutating func time(on day: Day) -> Timestamp {
    Timestamp(seconds: day.ordinal * 86_400 + rng.int(32_400...61_200))
  }

  static let general = [
    "Wellbeing fine. Workload high but manageable.", "Tired this month; agreed a lighter week.",
    "Development: CP chairing course booked.", "Back from leave; catching up.",
  ]
  static let discussions = [
    "Plan progressing; visits up to date.", "School and health report no new concerns.",
    "Family missed two appointments.", "Review held; plan agreed.", "Contact going well.",
    "Home conditions improved.", "Worries about school attendance.",
  ]
  static let decisions = [
    "Plan continues.", "Review in three months.", "Strategy discussion if things get worse.",
    "Step down to consider at review.", "Keep visits as they are.",
  ]
  static let actions = [
    "Update the chronology", "Chase school report", "Book the review", "Write up the visit",
  ]
}
