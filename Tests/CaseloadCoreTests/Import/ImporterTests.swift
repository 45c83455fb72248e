import CaseloadCore
import Testing

@Suite("Import: the sample files and their variants (SPEC 1.5)")
struct ImporterTests {
  @Test("the sample files bring in a team of 8 workers and 60 cases in one change")
  func sampleFiles() throws {
    let plan = try Importer.plan(
      workers: try ImportFixture.sample("workers.csv"),
      cases: try ImportFixture.sample("cases.csv"),
      into: ImportFixture.store, team: nil, today: ImportFixture.today)
    #expect(plan.batch.addWorkers.count == 8)
    #expect(plan.batch.addCases.count == 60)
    #expect(plan.batch.files == ["workers.csv", "cases.csv"])
    let (state, _) = try ImportFixture.applying(.importRecords(plan.batch), to: ImportFixture.store)
    let zoe = try #require(state.worker("zoe.okonkwo-hart"))
    #expect(zoe.name == "Zoë Okonkwo-Hart")
    #expect(zoe.role == .seniorPractitioner)
    #expect(zoe.started == day("2019-09-04"))
    let lukasz = try #require(state.worker("lukasz.wisniewski"))
    #expect(lukasz.employment == .agency)
    #expect(lukasz.leaving == day("2029-06-30"))
    #expect(state.worker("amara.okafor")?.fte == 0.81)  // 30 hours out of 37
    #expect(state.worker("fatima.benali")?.role == .familySupportWorker)
    #expect(state.worker("lan.nguyen")?.role == .asye)
    #expect(state.cases.values.contains { $0.childName.hasSuffix(", known as KJ") })
    #expect(state.unallocatedCases(in: "riverside").count == 4)
    #expect(state.cases.values.allSatisfy { state.events(of: $0.id).map(\.kind) == [.imported] })
    #expect(
      plan.report.first?.hasPrefix("workers.csv: 8 rows; columns Social Worker = name") == true)
  }

  @Test("other headers, ISO dates, a BOM, CRLF, quoted commas and newlines, and --map")
  func variants() throws {
    let workers =
      "\u{FEFF}Worker,Username,Role,Employment,Hours,Started,Leaving date,Team\r\n"
      + "\"Okafor, Amara\",aokafor,SP,Permanent,18.5,2016-10-17,,Riverside CIN/CP\r\n"
      + "Chen Wei,cwei,NQSW,Agency,37,2026-09-01,2027-03-31,riverside\r\n"
    let cases =
      "\u{FEFF}LCS ID,Name,Date of Birth,Family ID,Case Type,Start Date,Key worker,Last Visit,Notes\r\n"
      + "L1,\"Brown, Ava\",2015-02-01,F1,CPP,2026-06-01,aokafor,2026-11-10,\"said: \"\"fine\"\"\r\nsee file\"\r\n"
      + "L2,Ben Brown,2017-03-03,F1,LAC,2026-06-01,Chen Wei,,\r\n"
    let plan = try ImportFixture.plan(
      workers: workers, cases: cases, map: ["Key worker": "worker"])
    let (state, _) = try ImportFixture.applying(.importRecords(plan.batch), to: ImportFixture.store)
    let amara = try #require(state.worker("aokafor"))
    #expect(amara.name == "Okafor, Amara")
    #expect(amara.role == .seniorPractitioner)
    #expect(amara.fte == 0.5)
    #expect(state.worker("cwei")?.role == .asye)
    #expect(state.worker("cwei")?.leaving == day("2027-03-31"))
    let ava = try #require(state.case("L1"))
    #expect(ava.childName == "Brown, Ava")
    #expect(ava.category == .childProtection)
    #expect(ava.worker == "aokafor")
    #expect(ava.lastVisit == day("2026-11-10"))
    #expect(state.case("L2")?.worker == "cwei")
    #expect(state.case("L2")?.category == .childInCare)
    #expect(state.case("L2")?.family == "F1")
    #expect(plan.report.contains { $0.hasSuffix("left out: Notes") })
  }

  @Test("workers with no id column get one made from their name, and cases find them by name")
  func idsFromNames() throws {
    let plan = try ImportFixture.plan(
      workers: "Name,Role\nSiobhán O'Brien,SW\nNguyễn Thị Lan,ASYE\n",
      cases: "ID,Child,DOB,Status,Opened,Social Worker\nC1,Ava,1/2/15,CIN,1/6/26,siobhan o'brien\n")
    #expect(plan.batch.addWorkers.map(\.id) == ["siobhan.obrien", "nguyen.thi.lan"])
    #expect(plan.batch.addCases.first?.worker == "siobhan.obrien")
  }

  @Test("a dry run's plan says what it adds; nothing new in the files is an empty plan")
  func nothingNew() throws {
    let plan = try ImportFixture.plan(workers: ImportFixture.workers, cases: ImportFixture.cases)
    #expect(
      plan.batch.summary == "import of workers.csv, cases.csv: 2 workers added, 4 cases added")
    let (state, _) = try ImportFixture.applying(.importRecords(plan.batch), to: ImportFixture.store)
    let again = try ImportFixture.plan(
      workers: ImportFixture.workers, cases: ImportFixture.cases, into: state)
    #expect(again.isEmpty)
    #expect(again.report.contains("unchanged: 2 workers"))
    #expect(again.report.contains("unchanged: 4 cases"))
  }
}
