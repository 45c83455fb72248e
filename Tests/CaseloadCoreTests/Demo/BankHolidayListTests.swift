import CaseloadCore
import Foundation
import Testing

@Suite("Bank holidays file")
struct BankHolidayListTests {
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let dataFile = repository.appendingPathComponent("Data/bank-holidays.json").path

  /// Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  static func easter(_ year: Int) -> Day? {
    let a = year % 19
    let b = year / 100
    let c = year % 100
    let d = b / 4
    let e = b % 4
    let f = (b + 8) / 25
    let g = (b - f + 1) / 3
    let h = (19 * a + b - d - g + 15) % 30
    let i = c / 4
    let k = c % 4
    let l = (32 + 2 * e + 2 * i - h - k) % 7
    let m = (a + 11 * h + 22 * l) / 451
    let month = (h + l - 7 * m + 114) / 31
    let day = (h + l - 7 * m + 114) % 31 + 1
    return Day(year: year, month: month, day: day)
  }

  /// The England and Wales rules, applied independently of the typed file.
  static func expected(_ year: Int) throws -> [Day] {
    func day(_ month: Int, _ day: Int) throws -> Day {
      try #require(Day(year: year, month: month, day: day))
    }
    func firstMonday(_ month: Int) throws -> Day {
      var d = try day(month, 1)
      while d.weekday != 1 { d = d.adding(days: 1) }
      return d
    }
    func lastMonday(_ month: Int, _ last: Int) throws -> Day {
      var d = try day(month, last)
      while d.weekday != 1 { d = d.adding(days: -1) }
      return d
    }
    func nextWeekday(_ d: Day, after taken: Set<Day>) -> Day {
      var d = d
      while d.isWeekend || taken.contains(d) { d = d.adding(days: 1) }
      return d
    }
    let sunday = try #require(Self.easter(year))
    let newYear = nextWeekday(try day(1, 1), after: [])
    let christmas = nextWeekday(try day(12, 25), after: [])
    let boxing = nextWeekday(try day(12, 26), after: [christmas])
    return [
      newYear, sunday.adding(days: -2), sunday.adding(days: 1), try firstMonday(5),
      try lastMonday(5, 31), try lastMonday(8, 31), christmas, boxing,
    ]
  }

  @Test("Easter Sundays behind the typed Good Fridays and Easter Mondays are the right ones")
  func easterDates() {
    #expect(Self.easter(2024) == Day(iso: "2024-03-31"))
    #expect(Self.easter(2025) == Day(iso: "2025-04-20"))
    #expect(Self.easter(2026) == Day(iso: "2026-04-05"))
    #expect(Self.easter(2027) == Day(iso: "2027-03-28"))
    #expect(Self.easter(2028) == Day(iso: "2028-04-16"))
  }

  @Test("Data/bank-holidays.json lists exactly the England and Wales days for 2024 to 2028")
  func dataFileMatchesTheRules() throws {
    let days = try BankHolidayList.load(from: Self.dataFile)
    let expected = try (2024...2028).flatMap { try Self.expected($0) }.sorted()
    #expect(days == expected)
    #expect(days.allSatisfy { !$0.isWeekend })
  }

  @Test("Substitute days: Boxing Day 2026 falls on a Monday, Christmas 2027 on Monday and Tuesday")
  func substituteDays() throws {
    let list = try BankHolidayList.decode(
      Data(contentsOf: URL(fileURLWithPath: Self.dataFile)), file: "bank-holidays.json")
    let names = Dictionary(
      uniqueKeysWithValues: list.holidays.map { ($0.date.description, $0.name) })
    #expect(names["2026-12-28"] == "Boxing Day (substitute day)")
    #expect(names["2027-12-27"] == "Christmas Day (substitute day)")
    #expect(names["2027-12-28"] == "Boxing Day (substitute day)")
    #expect(names["2028-01-03"] == "New Year's Day (substitute day)")
    #expect(list.region == "england-and-wales")
  }

  @Test("A list in any order loads oldest first")
  func sortsDays() throws {
    let text = """
      {"region": "england-and-wales", "source": "test", "holidays": [
        {"date": "2026-12-25", "name": "Christmas Day"},
        {"date": "2026-01-01", "name": "New Year's Day"}]}
      """
    let list = try BankHolidayList.decode(Data(text.utf8), file: "h.json")
    #expect(list.days.map(\.description) == ["2026-01-01", "2026-12-25"])
  }

  static let badFiles: [(text: String, message: String)] = [
    ("", "h.json: is not valid JSON"),
    ("{\"region\": ", "h.json: is not valid JSON"),
    ("null", "h.json: expected an object, found null"),
    ("42", "h.json: expected an object"),
    ("[]", "h.json: expected an object"),
    ("{\"region\": \"e\", \"source\": \"s\"}", "h.json: missing \"holidays\""),
    (
      "{\"region\": \"e\", \"source\": \"s\", \"holidays\": {}}",
      "h.json: holidays: expected a list"
    ),
    (
      "{\"region\": \"e\", \"source\": \"s\", \"holidays\": [{\"date\": \"2026-02-30\", \"name\": \"x\"}]}",
      "h.json: holidays[0].date: '2026-02-30' is not a date (YYYY-MM-DD)"
    ),
    (
      "{\"region\": \"e\", \"source\": \"s\", \"holidays\": [{\"date\": 20261225, \"name\": \"x\"}]}",
      "h.json: holidays[0].date: expected text"
    ),
    (
      "{\"region\": \"e\", \"source\": \"s\", \"holidays\": [{\"date\": \"2026-12-25\"}]}",
      "h.json: holidays[0]: missing \"name\""
    ),
    (
      "{\"region\": \"e\", \"source\": \"s\", \"holidays\": [{\"date\": \"2026-12-25\", \"name\": \" \"}]}",
      "h.json: holidays[0]: 2026-12-25 has no name"
    ),
    (
      """
      {"region": "e", "source": "s", "holidays": [{"date": "2026-12-25", "name": "Christmas Day"},
       {"date": "2026-12-26", "name": "Boxing Day"}, {"date": "2026-12-25", "name": "Again"}]}
      """,
      "h.json: holidays[2]: 2026-12-25 is already listed at holidays[0]"
    ),
  ]

  @Test("A bad file gives one line naming the file, the entry and the problem", arguments: badFiles)
  func badFile(text: String, message: String) {
    #expect {
      _ = try BankHolidayList.decode(Data(text.utf8), file: "h.json")
    } throws: { error in
      "\(error)" == message && !"\(error)".contains("\n")
    }
  }

  @Test("A missing file says so in one line")
  func missingFile() {
    let path = "/nonexistent-\(UUID().uuidString)/bank-holidays.json"
    #expect(
      throws: CaseloadError.io(
        path: path, operation: "read the bank holidays", reason: "No such file or directory")
    ) {
      _ = try BankHolidayList.load(from: path)
    }
  }

  @Test("A huge file is refused without reading it all")
  func hugeFile() throws {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("caseload-holidays-\(UUID().uuidString).json")
    defer { try? FileManager.default.removeItem(at: url) }
    try Data(repeating: UInt8(ascii: " "), count: BankHolidayList.sizeLimit + 10).write(to: url)
    #expect {
      _ = try BankHolidayList.load(from: url.path)
    } throws: { error in
      "\(error)" == "\(url.path): is larger than 1024 KiB, too big for a bank holidays file"
    }
  }
}
