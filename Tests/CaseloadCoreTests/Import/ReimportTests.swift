import CaseloadCore
import Testing

@Suite("Re-import and undo: a newer export updates what changed; undo takes it all back")
struct ReimportTests {
  static func imported() throws -> (Caseload, JournalEntry) {
    let plan = try ImportFixture.plan(workers: ImportFixture.workers, cases: ImportFixture.cases)
    return try ImportFixture.applying(.importRecords(plan.batch), to: ImportFixture.store)
  }

  /// The export a week later: M1 is now on a CP plan, M2 moved to Łukasz, M3 seen again, M4
  /// allocated, a new referral M5, and Amara's contract now ends.
  static let newerWorkers = """
    Social Worker,Email,Job Title,Agency?,FTE,Start Date,Contract End
    Amara Okafor,amara.okafor@riverside.example,Social Worker,No,1,17/10/2016,28/02/2027
    Łukasz Wiśniewski,lukasz.wisniewski@riverside.example,Social Worker,Yes,100%,12 Jan 2026,31/12/2026

    """
  static let newerCases = """
    Mosaic ID,Child's Name,DOB,Sibling Group,Legal Status,Allocated Date,Allocated Worker,Last Seen
    M1,Ava Brown,01/02/2015,SG1,CP,01/06/2026,Amara Okafor,10/11/2026
    M2,Ben Brown,3 Mar 2017,SG1,CIN,01/06/2026,Łukasz Wiśniewski,10/11/2026
    M3,Cai Ní Bhriain,2019-08-30,,CP,1/9/26,Łukasz Wiśniewski,21/11/2026
    M4,Dana Haddad,5/11/12,,C&F,02/11/2026,Amara Okafor,
    M5,Eli Mensah,7/7/2020,,CIN,20/11/2026,,

    """

  @Test(
    "re-importing a newer export updates worker, category, visit and leaving date, adds the new")
  func newerExport() throws {
    let (state, _) = try Self.imported()
    let plan = try ImportFixture.plan(
      workers: Self.newerWorkers, cases: Self.newerCases, into: state)
    #expect(
      plan.batch.summary
        == "import of workers.csv, cases.csv: 1 worker changed, 1 case added, 4 cases changed")
    #expect(
      plan.report.contains(
        "change worker amara.okafor (Amara Okafor): leaving none -> 2027-02-28"))
    #expect(plan.report.contains("change case M1 (Ava Brown): category CIN -> CP"))
    #expect(
      plan.report.contains(
        "change case M2 (Ben Brown): worker amara.okafor -> lukasz.wisniewski"))
    #expect(
      plan.report.contains("change case M3 (Cai Ní Bhriain): last visit 2026-11-18 -> 2026-11-21"))
    #expect(plan.report.contains("unchanged: 1 worker"))
    let (after, _) = try ImportFixture.applying(.importRecords(plan.batch), to: state, sequence: 3)
    #expect(after.cases.count == 5)
    #expect(after.workers.count == 2)
    #expect(after.case("M1")?.category == .childProtection)
    #expect(after.case("M2")?.worker == "lukasz.wisniewski")
    #expect(after.history(of: "M2").map(\.worker) == ["amara.okafor", "lukasz.wisniewski"])
    #expect(after.case("M3")?.lastVisit == day("2026-11-21"))
    #expect(after.case("M4")?.worker == "amara.okafor")
    #expect(after.worker("amara.okafor")?.leaving == day("2027-02-28"))
    #expect(after.events(of: "M1").map(\.kind) == [.imported, .updated])
    // The same export again changes nothing.
    #expect(
      try ImportFixture.plan(workers: Self.newerWorkers, cases: Self.newerCases, into: after)
        .isEmpty)
  }

  @Test("an older export never takes a visit back, and cases missing from it are left alone")
  func olderVisitsAndMissingCases() throws {
    let (state, _) = try Self.imported()
    let older = """
      Mosaic ID,Child's Name,DOB,Sibling Group,Legal Status,Allocated Date,Allocated Worker,Last Seen
      M3,Cai Ní Bhriain,2019-08-30,,CP,1/9/26,Łukasz Wiśniewski,01/10/2026

      """
    let plan = try ImportFixture.plan(cases: older, into: state)
    #expect(plan.isEmpty)
    #expect(
      plan.report.last
        == "left alone: 3 open cases of the same team not in cases.csv (M1, M2, M4); close them with caseload case close if they have ended"
    )
  }

  @Test("undo of a first import takes out every worker and case it added")
  func undoFirstImport() throws {
    let (state, entry) = try Self.imported()
    let change = try state.undo(
      of: entry, today: ImportFixture.today, now: ImportFixture.now, user: "tm",
      newID: { "unused" })
    let (undone, _) = try ImportFixture.applying(change, to: state, sequence: 3)
    #expect(undone == ImportFixture.store)
  }

  @Test("undo of a re-import puts back what it changed and takes out what it added")
  func undoReimport() throws {
    let (state, _) = try Self.imported()
    let plan = try ImportFixture.plan(
      workers: Self.newerWorkers, cases: Self.newerCases, into: state)
    let (after, entry) = try ImportFixture.applying(
      .importRecords(plan.batch), to: state, sequence: 3)
    let change = try after.undo(
      of: entry, today: ImportFixture.today, now: ImportFixture.now, user: "tm",
      newID: { "unused" })
    let (undone, _) = try ImportFixture.applying(change, to: after, sequence: 4)
    #expect(undone.case("M5") == nil)
    #expect(undone.case("M1")?.category == .childInNeed)
    #expect(undone.case("M2")?.worker == "amara.okafor")
    #expect(undone.case("M3")?.lastVisit == day("2026-11-18"))
    #expect(undone.case("M4")?.worker == nil)
    #expect(undone.worker("amara.okafor")?.leaving == nil)
    #expect(Set(undone.cases.keys) == Set(state.cases.keys))
  }

  @Test("undo of an import is refused once an imported case has a visit recorded since")
  func undoAfterVisit() throws {
    let (state, entry) = try Self.imported()
    let (visited, _) = try ImportFixture.applying(
      .recordVisit(Visit(case: "M1", on: day("2026-11-23"), recordedOn: ImportFixture.today)),
      to: state, sequence: 3)
    #expect(
      throws: CaseloadError.refused(
        "case M1 has had a visit recorded since it was added, so it cannot be taken out")
    ) {
      try visited.undo(
        of: entry, today: ImportFixture.today, now: ImportFixture.now, user: "tm",
        newID: { "unused" })
    }
  }
}
