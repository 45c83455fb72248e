/// A Northfield team with the facts the demo needs beyond the team record.
struct TeamPlan {
  var team: Team
  /// The team manager's name as it appears in supervision attendees.
  var managerName: String
  /// How often each category arrives in this team.
  var categories: [(Case.Category, Double)]
  /// How often a family of each size arrives.
  var familySizes: [(Int, Double)]
  /// Teams that held a case before it reached this one, earliest first.
  var feeders: [Team.ID]

  var managerUser: String { team.managers.first ?? "manager" }
}

/// One Northfield worker and what they hold today.
struct StaffPlan {
  var worker: Worker
  /// Open cases held today; zero for a worker who has left.
  var caseload: Int
  /// Replaces the team's category mix (an ASYE gets no child protection work).
  var categories: [(Case.Category, Double)]?
  /// Days since the last supervision session (before the leaving date for a former worker).
  var sinceSupervision: Int
}

/// The fictional authority's teams and staff, dated relative to `today`.
struct NorthfieldRoster {
  static let frontDoor: Team.ID = "front-door"
  static let main: Team.ID = "cin-cp-1"
  static let inCare: Team.ID = "cic"
  static let leavingCare: Team.ID = "leaving-care"

  let teams: [TeamPlan]
  let staff: [StaffPlan]

  init(today: Day) {
    teams = [
      TeamPlan(
        team: Team(
          id: Self.frontDoor, name: "Front Door / MASH", kind: .frontDoor,
          managers: ["pm.adeyemi"]),
        managerName: "Tunde Adeyemi",
        categories: [(.assessment, 0.88), (.childInNeed, 0.07), (.childProtection, 0.05)],
        familySizes: [(1, 0.6), (2, 0.25), (3, 0.15)], feeders: []),
      TeamPlan(
        team: Team(
          id: Self.main, name: "Child in Need and Protection 1",
          kind: .childInNeedAndProtection, managers: ["pm.hughes", "demo"]),
        managerName: "Bronwen Hughes",
        categories: [
          (.childInNeed, 0.5), (.childProtection, 0.4), (.courtProceedings, 0.07),
          (.childInCare, 0.03),
        ],
        familySizes: [(1, 0.55), (2, 0.25), (3, 0.13), (4, 0.07)], feeders: [Self.frontDoor]),
      TeamPlan(
        team: Team(
          id: Self.inCare, name: "Children in Care", kind: .childrenInCare,
          managers: ["pm.kowalska"]),
        managerName: "Marta Kowalska",
        categories: [(.childInCare, 0.82), (.courtProceedings, 0.13), (.careLeaver, 0.05)],
        familySizes: [(1, 0.65), (2, 0.25), (3, 0.1)], feeders: [Self.frontDoor, Self.main]),
      TeamPlan(
        team: Team(
          id: Self.leavingCare, name: "Leaving Care", kind: .careLeavers,
          managers: ["pm.rahman"]),
        managerName: "Shabana Rahman",
        categories: [(.careLeaver, 0.9), (.childInCare, 0.1)],
        familySizes: [(1, 1)], feeders: [Self.inCare]),
    ]

    func ago(_ days: Int) -> Day { today.adding(days: -days) }
    func years(_ count: Int) -> Int { count * 365 }
    let (y, m, _) = today.components
    let monthEnd = Day(year: y, month: m, day: Day.daysIn(month: m, year: y)) ?? today

    func plan(
      _ id: Worker.ID, _ name: String, _ team: Team.ID, _ role: Worker.Role = .socialWorker,
      agency: Bool = false, fte: Double = 1, started: Int, leftAgo: Int? = nil, holds: Int = 0,
      supervised: Int, absences: [Worker.Absence] = [],
      categories: [(Case.Category, Double)]? = nil
    ) -> StaffPlan {
      StaffPlan(
        worker: Worker(
          id: id, name: name, team: team, role: role, employment: agency ? .agency : .permanent,
          fte: fte, started: ago(started), leaving: leftAgo.map(ago), absences: absences),
        caseload: holds, categories: categories, sinceSupervision: supervised)
    }

    let main = Self.main
    let door = Self.frontDoor
    let care = Self.inCare
    let leaving = Self.leavingCare
    var bartlomiej = plan(
      "bartlomiej.nowak", "Bartłomiej Nowak", main, agency: true, started: 244, holds: 17,
      supervised: 6)
    bartlomiej.worker.leaving = monthEnd

    staff = [
      // Child in Need and Protection 1: 12 workers, 5 agency, 222 cases (mean 18.5).
      plan(
        "zoe.harrington", "Zoë Harrington", main, agency: true, started: 330, holds: 28,
        supervised: 41,
        absences: [Worker.Absence(from: ago(90), to: ago(86), reason: "Sickness")]),
      plan("chidi.okonkwo", "Chidi Okonkwo", main, started: years(6), holds: 27, supervised: 12),
      plan(
        "lukasz.wisniewski", "Łukasz Wiśniewski", main, agency: true, started: 213, holds: 26,
        supervised: 20),
      plan(
        "siobhan.gallagher", "Siobhán Gallagher", main, .seniorPractitioner, started: years(9),
        holds: 20, supervised: 8),
      plan(
        "kwame.asante", "Kwame Asante", main, agency: true, started: 425, holds: 19,
        supervised: 38),
      plan("nguyen.thi.lan", "Nguyễn Thị Lan", main, started: years(4), holds: 18, supervised: 15),
      bartlomiej,
      plan(
        "ffion.pritchard", "Ffion Pritchard", main, started: years(12), holds: 16, supervised: 47,
        absences: [Worker.Absence(from: ago(4), to: today.adding(days: 10), reason: "Annual leave")]
      ),
      plan(
        "aisha.siddiqui", "Aisha Siddiqui", main, started: years(3), holds: 15, supervised: 22,
        absences: [
          Worker.Absence(
            from: today.adding(days: 14), to: today.adding(days: 18), reason: "Annual leave")
        ]),
      plan(
        "dora.szabo", "Dóra Szabó", main, agency: true, started: 152, holds: 14, supervised: 9),
      plan(
        "grainne.brennan", "Gráinne Brennan", main, fte: 0.6, started: years(13), holds: 12,
        supervised: 26),
      plan(
        "ifeoma.nwosu", "Ifeoma Nwosu", main, .asye, started: 122, holds: 10, supervised: 6,
        categories: [(.childInNeed, 1)]),

      // Front Door / MASH.
      plan(
        "adebayo.ogunleye", "Adebayo Ogunleye", door, .seniorPractitioner, started: years(10),
        holds: 12, supervised: 10),
      plan(
        "tomasz.zielinski", "Tomasz Zieliński", door, started: years(5), holds: 10, supervised: 17),
      plan(
        "yasmin.chowdhury", "Yasmin Chowdhury", door, started: years(3), holds: 11, supervised: 4),
      plan("ama.mensah", "Ama Mensah", door, agency: true, started: 240, holds: 13, supervised: 24),
      plan("rhys.llewellyn", "Rhys Llewellyn", door, started: years(6), holds: 8, supervised: 13),
      plan("hodan.warsame", "Hodan Warsame", door, started: years(2), holds: 8, supervised: 19),

      // Children in Care.
      plan("chen.jing", "陈静", care, started: years(8), holds: 16, supervised: 11),
      plan(
        "delroy.campbell", "Delroy Campbell", care, .seniorPractitioner, started: years(11),
        holds: 17, supervised: 5),
      plan(
        "madalina.popescu", "Mădălina Popescu", care, agency: true, started: 400, holds: 15,
        supervised: 36),
      plan(
        "niamh.osullivan", "Niamh O'Sullivan", care, started: years(5), holds: 14, supervised: 16),
      plan("imran.qureshi", "Imran Qureshi", care, started: years(7), holds: 15, supervised: 21),
      plan(
        "bethan.morgan", "Bethan Morgan", care, fte: 0.8, started: years(9), holds: 12,
        supervised: 9),
      plan("fatima.begum", "Fatima Begum", care, started: years(4), holds: 15, supervised: 25),
      plan(
        "marcus.thompson", "Marcus Thompson", care, agency: true, started: 290, holds: 14,
        supervised: 14),

      // Leaving Care.
      plan("ngozi.eze", "Ngozi Eze", leaving, started: years(9), holds: 12, supervised: 7),
      plan("liam.doherty", "Liam Doherty", leaving, started: years(4), holds: 11, supervised: 18),
      plan("sadia.islam", "Sadia Islam", leaving, started: years(6), holds: 10, supervised: 27),
      plan(
        "owain.jenkins", "Owain Jenkins", leaving, agency: true, started: 300, holds: 12,
        supervised: 12),

      // Former workers: they hold nothing now but stay for the children's histories.
      plan(
        "kateryna.bondar", "Kateryna Bondar", main, agency: true, started: 670, leftAgo: 275,
        supervised: 12),
      plan(
        "daniel.osei", "Daniel Osei", main, agency: true, started: 365, leftAgo: 122,
        supervised: 9),
      plan("helen.price", "Helen Price", main, started: years(12), leftAgo: 183, supervised: 15),
      plan(
        "mohammed.iqbal", "Mohammed Iqbal", main, .seniorPractitioner, started: years(15),
        leftAgo: 730, supervised: 20),
      plan(
        "sarah.whitfield", "Sarah Whitfield", door, started: years(11), leftAgo: 425,
        supervised: 10),
      plan(
        "precious.adjei", "Precious Adjei", care, started: years(13), leftAgo: 1095, supervised: 8),
      plan(
        "gareth.lewis", "Gareth Lewis", leaving, started: years(14), leftAgo: 548, supervised: 14),
    ]
  }

  func team(_ id: Team.ID) -> TeamPlan? { teams.first { $0.team.id == id } }
}
