import CaseloadCore
import Foundation
import Testing

@Suite("Bank holidays from GOV.UK's bank-holidays.json as downloaded")
struct GovUKHolidaysTests {
  /// The shape GOV.UK serves at /bank-holidays.json, cut down to a few events.
  static let govUK = """
    {"england-and-wales":{"division":"england-and-wales","events":[
    {"title":"Christmas Day","date":"2026-12-25","notes":"","bunting":true},
    {"title":"Boxing Day","date":"2026-12-28","notes":"Substitute day","bunting":true},
    {"title":"New Year’s Day","date":"2027-01-01","notes":"","bunting":true}]},
    "scotland":{"division":"scotland","events":[
    {"title":"2nd January","date":"2027-01-04","notes":"Substitute day","bunting":true}]},
    "northern-ireland":{"division":"northern-ireland","events":[]}}
    """

  static func list(_ text: String, region: String? = nil) throws -> BankHolidayList {
    try BankHolidayList.decode(
      Data(text.utf8), file: "bank-holidays.json", name: "bank-holidays.json", region: region)
  }

  @Test("importing it moves a child protection visit due date past Christmas and New Year")
  func movesADueDate() throws {
    var f = Fixture(today: "2026-12-21")
    f.worker("W1")
    f.child("C1", .childProtection, worker: "W1", lastVisit: "2026-12-18")
    let child = try #require(f.caseload.case("C1"))
    #expect(f.caseload.visitDue(child, today: f.today)?.date == day("2027-01-01"))
    let days = try Self.list(Self.govUK).days
    try f.caseload.apply(
      JournalEntry(
        sequence: 1, at: Fixture.noon("2026-12-21"), by: "tm",
        change: .setBankHolidays(
          HolidayChange(days: Edit(from: [], to: days), source: "bank-holidays.json"))))
    // 21-24 Dec are 1-4; 25 and 28 Dec are holidays; 29-31 are 5-7; 1 Jan is a holiday;
    // 4, 5 and 6 Jan are 8-10.
    #expect(f.caseload.visitDue(child, today: f.today)?.date == day("2027-01-06"))
  }

  @Test("the region chooses the list; England and Wales by default")
  func regions() throws {
    #expect(try Self.list(Self.govUK).region == "england-and-wales")
    #expect(try Self.list(Self.govUK).holidays.map(\.name).last == "New Year’s Day")
    #expect(try Self.list(Self.govUK, region: "scotland").days == [day("2027-01-04")])
  }

  @Test("our own list is still read")
  func ownFormat() throws {
    let own =
      #"{"region":"england-and-wales","source":"x","holidays":[{"date":"2026-12-25","name":"Christmas Day"}]}"#
    #expect(try Self.list(own).days == [day("2026-12-25")])
  }

  @Test(
    "files that are neither are refused in one line",
    arguments: [
      (
        #"{"wales":{}}"#, nil as String?,
        "bank-holidays.json: is neither a caseload bank holiday list nor GOV.UK's bank-holidays.json with england-and-wales (it has wales)"
      ),
      (
        #"{"england-and-wales":{"events":[{"title":"X","date":"2026-13-01"}]}}"#, nil,
        "bank-holidays.json: england-and-wales: is not as GOV.UK writes it (england-and-wales.events[0].date: '2026-13-01' is not a date (YYYY-MM-DD))"
      ),
      (
        Self.govUK, "wales",
        "--region 'wales' is not one of england-and-wales, scotland, northern-ireland"
      ),
    ])
  func refused(_ text: String, _ region: String?, _ message: String) {
    #expect {
      try Self.list(text, region: region)
    } throws: { error in
      "\(error)" == message
    }
  }
}
