import CaseloadCore
import Testing

@Suite("Import refusals: all or nothing, one line per problem naming file, line and column")
struct ImportRefusalTests {
  struct Example: Sendable, CustomTestStringConvertible {
    var name: String
    var workers: String?
    var cases: String?
    var expected: [String]
    var testDescription: String { name }
  }

  static let header =
    "Mosaic ID,Child's Name,DOB,Sibling Group,Legal Status,Allocated Date,Allocated Worker,Last Seen\n"

  static let examples: [Example] = [
    Example(
      name: "unknown worker", workers: ImportFixture.workers,
      cases: header + "M1,Ava,01/02/2015,,CIN,01/06/2026,Nobody Known,\n",
      expected: [
        "cases.csv: line 2, column 'Allocated Worker': no worker 'Nobody Known' in the workers file or the store; add them or correct the name"
      ]),
    Example(
      name: "impossible date", workers: ImportFixture.workers,
      cases: header + "M1,Ava,31/02/2015,,CIN,01/06/2026,Amara Okafor,\n",
      expected: [
        "cases.csv: line 2, column 'DOB': '31/02/2015' is not a real date: February 2015 has 28 days"
      ]),
    Example(
      name: "unknown category", workers: ImportFixture.workers,
      cases: header + "M1,Ava,01/02/2015,,Early help,01/06/2026,Amara Okafor,\n",
      expected: [
        "cases.csv: line 2, column 'Legal Status': 'Early help' is not a category we know; write CIN, CP, CLA, care leaver, PLO or assessment"
      ]),
    Example(
      name: "duplicate child id", workers: ImportFixture.workers,
      cases: header + "M1,Ava,01/02/2015,,CIN,01/06/2026,Amara Okafor,\n"
        + "M1,Ben,01/02/2016,,CIN,01/06/2026,Amara Okafor,\n",
      expected: [
        "cases.csv: line 3, column 'Mosaic ID': child id M1 is listed twice (also line 2)"
      ]),
    Example(
      name: "a worker in two teams in the file",
      workers:
        "Name,Email,Team\nAmara Okafor,amara@x.example,riverside\nAmara Okafor,amara@x.example,cic\n",
      expected: [
        "workers.csv: line 3, column 'Email': Amara Okafor (amara) is in two teams: riverside (line 2) and cic"
      ]),
    Example(
      name: "missing required column", workers: ImportFixture.workers,
      cases: "Mosaic ID,Child's Name,Legal Status,Allocated Date\nM1,Ava,CIN,01/06/2026\n",
      expected: [
        "cases.csv: line 1: has no date of birth column (a header such as \"DOB\", \"date of birth\", \"born\", \"birth date\"); add one or use --map \"YOUR HEADER=born\""
      ]),
    Example(
      name: "a worker past their leaving date given cases",
      workers: "Name,Email,Leaving Date\nAmara Okafor,amara@x.example,20/11/2026\n",
      cases: header + "M1,Ava,01/02/2015,,CIN,01/06/2026,Amara Okafor,\n",
      expected: [
        "cases.csv: line 2: Amara Okafor (amara) left on 2026-11-20 and cannot be given case M1; allocate it to someone else in the file"
      ]),
    Example(
      name: "dates that cannot be right", workers: ImportFixture.workers,
      cases: header + "M1,Ava,01/02/2015,,CIN,01/12/2026,Amara Okafor,30/11/2026\n",
      expected: [
        "cases.csv: line 2, column 'Allocated Date': the opened date 2026-12-01 is in the future (today is 2026-11-23)",
        "cases.csv: line 2, column 'Last Seen': the last visit 2026-11-30 is in the future (today is 2026-11-23)",
      ]),
    Example(
      name: "a leaving date before the start",
      workers: "Name,Start Date,Contract End\nAmara Okafor,01/09/2026,31/08/2026\n",
      expected: [
        "workers.csv: line 2, column 'Contract End': the leaving date 2026-08-31 is before the start date 2026-09-01"
      ]),
    Example(
      name: "every problem in both files at once",
      workers: "Name,FTE\nAmara Okafor,2.5 days\nChen Wei,0.05\n",
      cases: header + "M1,,01/02/2015,,CIN,01/06/2026,,\n",
      expected: [
        "workers.csv: line 2, column 'FTE': '2.5 days' is not an FTE; write 0.6, 60% or 22.5 hours",
        "workers.csv: line 3, column 'FTE': FTE '0.05' is not between 0.1 and 1.0 (10% to 100%)",
        "cases.csv: line 2, column 'Child's Name': no child given",
      ]),
  ]

  @Test(arguments: examples)
  func refused(_ example: Example) throws {
    var store = ImportFixture.store
    store.insert(Team(id: "cic", name: "Children in Care", kind: .childrenInCare, managers: []))
    #expect(
      try ImportFixture.problems(
        workers: example.workers, cases: example.cases, into: store, team: "riverside")
        == example.expected)
  }

  @Test("a worker the store has in another team is refused, not moved by an import")
  func workerInAnotherTeam() throws {
    var store = ImportFixture.store
    store.insert(Team(id: "cic", name: "Children in Care", kind: .childrenInCare, managers: []))
    store.insert(
      Worker(
        id: "amara.okafor", name: "Amara Okafor", team: "cic", role: .socialWorker,
        employment: .permanent, started: day("2016-10-17")))
    #expect(
      try ImportFixture.problems(workers: ImportFixture.workers, into: store, team: "riverside")
        == [
          "workers.csv: line 2: Amara Okafor (amara.okafor) is in team cic in the store, not riverside; a worker is in one team (move them first with caseload worker set amara.okafor --team riverside)"
        ])
  }

  @Test("--team and --map that name nothing are refused")
  func badOptions() throws {
    #expect(
      try ImportFixture.problems(
        workers: ImportFixture.workers, team: "nope", map: ["Key worker": "worker"]) == [
          "--team: no team 'nope' in the store; add it with caseload team add",
          "--map: no column 'Key worker' in workers.csv",
        ])
    #expect(
      try ImportFixture.problems(workers: ImportFixture.workers, map: ["FTE": "shoe size"]) == [
        "workers.csv: line 1, column 'FTE': --map names 'shoesize', which is not a field of this file; use one of name, id, role, employment, FTE, hours, start, leaving, team, cap or ignore"
      ])
  }

  @Test("with several teams and no --team, a worker without a Team column has nowhere to go")
  func noTeam() throws {
    var store = ImportFixture.store
    store.insert(Team(id: "cic", name: "Children in Care", kind: .childrenInCare, managers: []))
    #expect(
      try ImportFixture.problems(workers: "Name\nAmara Okafor\n", into: store) == [
        "workers.csv: line 2: no team for this worker: give --team or add a Team column"
      ])
  }

  @Test("an import planned before another manager added the same case is refused at commit")
  func conflictAtCommit() throws {
    let plan = try ImportFixture.plan(workers: ImportFixture.workers, cases: ImportFixture.cases)
    var meanwhile = ImportFixture.store
    meanwhile.insert(
      Case(
        id: "M4", childName: "Dana Haddad", birthDate: day("2012-11-05"), category: .assessment,
        opened: day("2026-11-02"), team: "riverside"))
    #expect(
      throws: CaseloadError.conflict(
        "case id 'M4' is already used (Dana Haddad); check the child's id")
    ) { try meanwhile.check(.importRecords(plan.batch)) }
  }
}
