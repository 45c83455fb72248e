/// One family arriving in a team: who holds each child, and anything the story fixes.
struct FamilyRequest {
  var team: TeamPlan
  /// One entry per child; nil leaves the child unallocated in the team's queue.
  var holders: [Worker.ID?]
  var category: Case.Category
  /// Former workers who held the case in turn, each until they left, before the holder.
  var formerHolders: [Worker.ID] = []
  /// For an unallocated family: the day it joined the queue.
  var queuedSince: Day?
  /// For an unallocated family: it came from another authority, not through the front door.
  var transferIn = false
  /// The case opened after this day, so its holder had it fresh from the front door.
  var openedAfter: Day?
  /// For a front door assessment that is already finished: when it opened and closed.
  var closedAssessment: (opened: Day, closed: Day)?
}

/// Builds the Northfield records step by step from a fixed seed.
struct NorthfieldBuilder {
  let today: Day
  let roster: NorthfieldRoster
  var rng = SplitMix64(seed: 0x4E6F_7274_6866_6965)
  let workerByID: [Worker.ID: Worker]
  let workersByTeam: [Team.ID: [Worker]]
  var cases: [Case] = []
  var histories: [Case.ID: [Allocation]] = [:]
  private var usedCaseIDs: Set<Case.ID> = []
  private var usedNames: Set<String> = []
  /// Staff first names, kept off children so a note never reads "Zoë visited Zoë".
  private let staffFirstNames: Set<String>
  private var families = 0

  init(today: Day) {
    self.today = today
    roster = NorthfieldRoster(today: today)
    let workers = roster.staff.map(\.worker)
    workerByID = Dictionary(uniqueKeysWithValues: workers.map { ($0.id, $0) })
    workersByTeam = Dictionary(grouping: workers, by: \.team)
    usedNames = Set(workers.map(\.name))
    staffFirstNames = Set(
      (workers.map(\.name) + roster.teams.map(\.managerName)).compactMap {
        $0.split(separator: " ").first.map(String.init)
      })
  }

  // MARK: Families

  mutating func addFamily(_ request: FamilyRequest) {
    families += 1
    let familyID = Case.FamilyID(rawValue: "F\(String(families + 1000))")
    let size = request.holders.count
    let pool = rng.weighted(DemoNames.weightedPools)
    let surname = rng.pick(pool.family)
    var births = birthDates(of: size, category: request.category, team: request.team.team.id)
    var opened = familyOpened(category: request.category, eldest: births[0], request: request)
    if let span = request.closedAssessment {
      opened = span.opened
      births = births.map { min($0, opened.adding(days: -rng.int(30...5000))) }
    }
    let ids = caseIDs(count: size)

    // Siblings with the same worker share one history, reasons and all.
    var shared: [Worker.ID?: [Allocation]] = [:]
    for (index, holder) in request.holders.enumerated() {
      let childOpened = max(opened, births[index])
      if shared[holder] == nil {
        let segments = chain(
          opened: opened, holder: holder, request: request, eldestBirth: births[0])
        shared[holder] = allocations(
          segments, category: request.category, queue: request.team,
          transferIn: request.transferIn, siblings: size > 1)
      }
      var child = Case(
        id: ids[index], childName: childName(pool: pool, surname: surname),
        birthDate: births[index], family: size > 1 ? familyID : nil, category: request.category,
        opened: childOpened, worker: holder, team: holder == nil ? request.team.team.id : nil,
        lastVisit: lastVisit(category: request.category, opened: childOpened))
      // A settled long-term placement may be visited three-monthly (Care Planning
      // Regulations 2010, reg 28).
      if child.category == .childInCare, childOpened < today.adding(days: -730), rng.chance(0.3) {
        child.visitInterval = .months(3)
        child.lastVisit = today.adding(days: -rng.int(10...85))
      }
      var history = self.history(shared[holder] ?? [], of: child.id, opened: childOpened)
      if let span = request.closedAssessment {
        child.closed = span.closed
        child.lastVisit = childOpened.adding(
          days: rng.int(1...max(1, childOpened.days(until: span.closed))))
        // A closed case's last allocation ended the day it closed.
        if let last = history.indices.last { history[last].to = span.closed }
      }
      cases.append(child)
      histories[child.id] = history
    }
  }

  /// Birth dates, eldest first, spaced like siblings and old enough for the category.
  private mutating func birthDates(of size: Int, category: Case.Category, team: Team.ID) -> [Day] {
    var (youngest, oldest): (Int, Int)
    switch category {
    case .assessment: (youngest, oldest) = (0, 16)
    case .childInNeed: (youngest, oldest) = (1, 16)
    case .childProtection: (youngest, oldest) = (0, 15)
    case .courtProceedings: (youngest, oldest) = (0, 12)
    case .childInCare:
      (youngest, oldest) = team == NorthfieldRoster.leavingCare ? (16, 17) : (2, 17)
    case .careLeaver: (youngest, oldest) = (18, 21)
    }
    youngest = max(youngest, min(oldest, (size - 1) * 2 + 1))
    var day = today.adding(days: -rng.int((youngest * 365 + 30)...(oldest * 365 + 330)))
    var result = [day]
    for _ in 1..<max(size, 1) {
      day = min(day.adding(days: rng.int(420...1400)), today.adding(days: -rng.int(25...200)))
      result.append(day)
    }
    return result
  }

  private mutating func familyOpened(
    category: Case.Category, eldest: Day, request: FamilyRequest
  ) -> Day {
    if let queued = request.queuedSince {
      return request.transferIn ? queued : queued.adding(days: -rng.int(20...40))
    }
    if let first = request.formerHolders.first, let left = workerByID[first]?.leaving {
      return left.adding(days: -rng.int(150...240))
    }
    let daysAgo: Int
    if let after = request.openedAfter, after.days(until: today) > 40 {
      return today.adding(days: -rng.int(25...min(after.days(until: today) - 10, 720)))
    }
    switch request.team.feeders.isEmpty ? .assessment : category {
    case .assessment: daysAgo = rng.chance(0.06) ? rng.int(66...80) : rng.int(3...50)
    case .childInNeed: daysAgo = rng.int(40...720)
    case .childProtection: daysAgo = rng.int(30...540)
    case .courtProceedings: daysAgo = rng.int(90...420)
    case .childInCare: daysAgo = rng.int(150...3000)
    case .careLeaver:
      let entry = eldest.adding(days: rng.int(9...15) * 365)
      return min(max(entry, today.adding(days: -rng.int(2500...3285))), today.adding(days: -400))
    }
    let opened = today.adding(days: -daysAgo)
    return opened < eldest
      ? min(eldest.adding(days: rng.int(0...30)), today.adding(days: -3)) : opened
  }

  /// Unique ids like `C102938`; siblings registered together get neighbouring numbers.
  private mutating func caseIDs(count: Int) -> [Case.ID] {
    while true {
      let base = rng.int(100_000...(999_990 - count))
      let ids = (0..<count).map { Case.ID(rawValue: "C\(base + $0)") }
      if ids.allSatisfy({ !usedCaseIDs.contains($0) }) {
        usedCaseIDs.formUnion(ids)
        return ids
      }
    }
  }

  private mutating func childName(pool: NamePool, surname: String) -> String {
    // Some children carry a first name from outside their family name's heritage.
    var name = ""
    for _ in 0..<100 {
      let mixed = !pool.familyFirst && rng.chance(0.12)
      let given = mixed ? rng.pick(DemoNames.british.given) : rng.pick(pool.given)
      name = pool.name(given: given, family: surname)
      if !usedNames.contains(name), !staffFirstNames.contains(given) { break }
    }
    usedNames.insert(name)
    return name
  }

  private mutating func lastVisit(category: Case.Category, opened: Day) -> Day? {
    let daysAgo: Int
    switch category {
    case .childProtection, .courtProceedings: daysAgo = rng.int(1...9)
    case .childInNeed: daysAgo = rng.chance(0.1) ? rng.int(30...45) : rng.int(2...26)
    case .childInCare: daysAgo = rng.chance(0.08) ? rng.int(44...60) : rng.int(3...38)
    case .careLeaver: daysAgo = rng.chance(0.08) ? rng.int(58...80) : rng.int(5...54)
    case .assessment: daysAgo = rng.int(1...20)
    }
    let visit = today.adding(days: -daysAgo)
    if visit >= opened { return visit }
    return opened < today ? opened.adding(days: 1) : nil
  }

  // MARK: Caseloads

  /// Fills each current worker's caseload with families, apart from what the story placed.
  mutating func fillCaseloads(placed: [Worker.ID: Int]) {
    for plan in roster.staff where plan.caseload > 0 {
      guard let team = roster.team(plan.worker.team) else { continue }
      var remaining = plan.caseload - (placed[plan.worker.id] ?? 0)
      while remaining > 0 {
        let size = min(rng.weighted(team.familySizes), remaining)
        let category = rng.weighted(plan.categories ?? team.categories)
        // Care leavers and young people about to leave care arrive one at a time.
        let alone = category == .careLeaver || team.team.id == NorthfieldRoster.leavingCare
        let count = alone ? 1 : size
        // An ASYE is given new work, not a backlog; others get some of each.
        let fresh = plan.worker.role == .asye || rng.chance(0.4)
        addFamily(
          FamilyRequest(
            team: team, holders: Array(repeating: plan.worker.id, count: count),
            category: category, openedAfter: fresh ? plan.worker.started : nil))
        remaining -= count
      }
    }
  }

  /// Assessments the front door finished and closed in the last year or so, about two and a
  /// half a month for each worker, so their supervision has cases to talk about.
  mutating func addClosedAssessments() {
    guard let door = roster.team(NorthfieldRoster.frontDoor) else { return }
    for worker in workersByTeam[NorthfieldRoster.frontDoor] ?? [] {
      let end = min(worker.leaving ?? today, today).adding(days: -5)
      let start = max(worker.started, today.adding(days: -430))
      let months = max(start.days(until: end), 0) / 30
      for _ in 0..<(months * 5 / 2) {
        let length = rng.int(10...60)
        guard start.days(until: end) > length + 1 else { break }
        let opened = start.adding(days: rng.int(1...(start.days(until: end) - length)))
        addFamily(
          FamilyRequest(
            team: door, holders: [worker.id], category: .assessment,
            closedAssessment: (opened, opened.adding(days: length))))
      }
    }
  }

  /// Makes a few child-protection visits late for the named workers (their first CP cases).
  mutating func makeVisitsLate(_ lateVisits: [(Worker.ID, Int)]) {
    for (worker, count) in lateVisits {
      var late = 0
      for index in cases.indices where late < count {
        guard cases[index].worker == worker, cases[index].category == .childProtection else {
          continue
        }
        let visit = today.adding(days: -rng.int(17...30))
        cases[index].lastVisit = max(visit, cases[index].opened)
        late += 1
      }
    }
  }
}
