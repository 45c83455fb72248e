/// The fictional authority "Northfield" (SPEC 5): four teams, about 30 workers and 450 children,
/// whose main team is stretched in the ways a practice manager will recognise.
public enum NorthfieldDemo {
  /// Child in Need and Protection 1, the team the demo opens on.
  public static let mainTeam: Team.ID = NorthfieldRoster.main

  /// The whole authority as it stands on `today`; every date is relative to it, and the same
  /// `today` always gives the same store.
  public static func make(today: Day, bankHolidays: [Day]) -> Caseload {
    var builder = NorthfieldBuilder(today: today)
    let placed = builder.tellStory()
    builder.fillCaseloads(placed: placed)
    builder.addClosedAssessments()
    builder.makeVisitsLate([
      ("zoe.harrington", 2), ("ffion.pritchard", 2), ("lukasz.wisniewski", 1),
    ])
    let record = builder.supervision()
    return builder.caseload(record, bankHolidays: bankHolidays)
  }
}

extension NorthfieldBuilder {
  /// Places the cases the story needs; returns how many each worker was given.
  mutating func tellStory() -> [Worker.ID: Int] {
    guard let main = roster.team(NorthfieldRoster.main),
      let door = roster.team(NorthfieldRoster.frontDoor)
    else { return [:] }
    var placed: [Worker.ID: Int] = [:]
    func place(_ request: FamilyRequest) -> FamilyRequest {
      for case let holder? in request.holders { placed[holder, default: 0] += 1 }
      return request
    }

    // Three siblings split between two workers.
    addFamily(
      place(
        FamilyRequest(
          team: main, holders: ["chidi.okonkwo", "chidi.okonkwo", "nguyen.thi.lan"],
          category: .childInNeed)))

    // Children who went through agency and departing workers: three or four in a year.
    let churn: [(Worker.ID, [Worker.ID], Case.Category)] = [
      ("zoe.harrington", ["kateryna.bondar", "daniel.osei"], .childProtection),
      ("chidi.okonkwo", ["kateryna.bondar", "daniel.osei"], .childInNeed),
      ("kwame.asante", ["kateryna.bondar", "daniel.osei"], .childProtection),
      ("siobhan.gallagher", ["kateryna.bondar", "daniel.osei"], .courtProceedings),
      ("aisha.siddiqui", ["kateryna.bondar", "helen.price"], .childInNeed),
      ("nguyen.thi.lan", ["kateryna.bondar", "helen.price"], .childProtection),
    ]
    for (holder, formers, category) in churn {
      addFamily(
        place(
          FamilyRequest(team: main, holders: [holder], category: category, formerHolders: formers)))
    }

    // The main team's queue, waiting from 3 days to 6 weeks.
    let queue: [(days: Int, children: Int, category: Case.Category, transferIn: Bool)] = [
      (3, 1, .childInNeed, false), (8, 1, .childProtection, false), (12, 1, .childInNeed, false),
      (17, 2, .childInNeed, false), (23, 1, .childInNeed, false), (42, 1, .childProtection, true),
    ]
    for entry in queue {
      addFamily(
        FamilyRequest(
          team: main, holders: Array(repeating: nil, count: entry.children),
          category: entry.category, queuedSince: today.adding(days: -entry.days),
          transferIn: entry.transferIn))
    }
    // New contacts at the front door, not yet picked up.
    for days in [1, 2] {
      addFamily(
        FamilyRequest(
          team: door, holders: [nil], category: .assessment,
          queuedSince: today.adding(days: -days), transferIn: true))
    }
    return placed
  }

  /// The finished store, built through Caseload's own insert and append.
  func caseload(_ record: NorthfieldSupervision, bankHolidays: [Day]) -> Caseload {
    var settings = Settings.defaults
    settings.bankHolidays = Array(Set(bankHolidays)).sorted()
    var caseload = Caseload(settings: settings)
    for plan in roster.teams { caseload.insert(plan.team) }
    for plan in roster.staff { caseload.insert(plan.worker) }
    for child in cases {
      caseload.insert(child)
      for allocation in histories[child.id] ?? [] { caseload.append(allocation) }
    }
    for session in record.sessions { caseload.append(session) }
    for note in record.notes { caseload.append(note) }
    for addendum in record.addenda { caseload.append(addendum) }
    for done in record.actionsDone { caseload.append(done) }
    return caseload
  }
}
