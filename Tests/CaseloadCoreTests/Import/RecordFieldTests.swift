import CaseloadCore
import Testing

@Suite("Field parsers: values as teams write them (SPEC 1.5)")
struct RecordFieldTests {
  @Test(
    "UK and ISO dates",
    arguments: [
      ("01/12/2026", "2026-12-01"), ("1/12/26", "2026-12-01"), ("1 Dec 2026", "2026-12-01"),
      ("1st December 2026", "2026-12-01"), ("01-Dec-26", "2026-12-01"), ("1.12.2026", "2026-12-01"),
      ("2026-12-01", "2026-12-01"), ("2026-12-01 00:00:00", "2026-12-01"),
      ("2026-12-01T09:30:00", "2026-12-01"), ("01/12/2026 09:30", "2026-12-01"),
      ("Tuesday 1 December 2026", "2026-12-01"), ("Dec 1, 2026", "2026-12-01"),
      ("29/02/2024", "2024-02-29"), ("3 Sept 2025", "2025-09-03"), ("5/6/98", "1998-06-05"),
      ("  23/11/2026 ", "2026-11-23"), ("2026/11/23", "2026-11-23"),
    ])
  func dates(_ text: String, _ expected: String) throws {
    #expect(try RecordField.day(text) == day(expected))
  }

  @Test(
    "dates that cannot be read say why",
    arguments: [
      ("31/02/2026", "'31/02/2026' is not a real date: February 2026 has 28 days"),
      ("12/31/2026", "'12/31/2026' is not a date: there is no month 31 (dates are day/month/year)"),
      ("yesterday", "'yesterday' is not a date; write it as 01/12/2026, 1 Dec 2026 or 2026-12-01"),
      ("", "no date given"),
      (
        "1 Smarch 2026",
        "'1 Smarch 2026' is not a date; write it as 01/12/2026, 1 Dec 2026 or 2026-12-01"
      ),
      ("1/1/1850", "'1/1/1850' is not a date we can use: the year 1850 is out of range"),
      ("1/1/202", "'1/1/202' is not a date; write it as 01/12/2026, 1 Dec 2026 or 2026-12-01"),
    ])
  func badDates(_ text: String, _ message: String) {
    #expect(throws: FieldProblem(message)) { try RecordField.day(text) }
  }

  @Test(
    "categories by their usual abbreviations",
    arguments: [
      ("CIN", Case.Category.childInNeed), ("child in need", .childInNeed),
      ("CP", .childProtection), ("CPP", .childProtection),
      ("Child Protection Plan", .childProtection),
      ("CLA", .childInCare), ("LAC", .childInCare), ("CiC", .childInCare),
      ("looked-after", .childInCare), ("CL", .careLeaver), ("Care leaver", .careLeaver),
      ("PLO", .courtProceedings), ("court", .courtProceedings), ("Proceedings", .courtProceedings),
      ("assessment", .assessment), ("C&F", .assessment), ("C&F assessment", .assessment),
      ("child-protection", .childProtection),
    ])
  func categories(_ text: String, _ expected: Case.Category) throws {
    #expect(try RecordField.category(text) == expected)
  }

  @Test func unknownCategory() {
    #expect(
      throws: FieldProblem(
        "'Early help' is not a category we know; write CIN, CP, CLA, care leaver, PLO or assessment"
      )
    ) { try RecordField.category("Early help") }
  }

  @Test(
    "roles by the usual words",
    arguments: [
      ("Social Worker", Worker.Role.socialWorker), ("SW", .socialWorker),
      ("Agency Social Worker", .socialWorker), ("Senior Practitioner", .seniorPractitioner),
      ("SP", .seniorPractitioner), ("ASYE", .asye), ("NQSW", .asye),
      ("Newly qualified social worker", .asye), ("Student", .student),
      ("student social worker", .student), ("Family Support Worker", .familySupportWorker),
      ("FSW", .familySupportWorker),
    ])
  func roles(_ text: String, _ expected: Worker.Role) throws {
    #expect(try RecordField.role(text) == expected)
  }

  @Test(
    "yes and no",
    arguments: [
      ("yes", true), ("Y", true), ("TRUE", true), ("no", false), ("n", false), ("False", false),
    ])
  func yesNo(_ text: String, _ expected: Bool) throws {
    #expect(try RecordField.yesNo(text) == expected)
    #expect(try RecordField.employment(text) == (expected ? .agency : .permanent))
  }

  @Test(
    "FTE as a fraction, a percentage or hours out of 37",
    arguments: [
      ("0.6", false, 0.6), ("1", false, 1.0), ("60%", false, 0.6), ("100 %", false, 1.0),
      ("22.5 hours", false, 0.61), ("37h", false, 1.0), ("30", false, 0.81), ("18.5", true, 0.5),
      ("37", true, 1.0),
    ])
  func fte(_ text: String, _ hours: Bool, _ expected: Double) throws {
    #expect(try RecordField.fte(text, hours: hours) == expected)
  }

  @Test(
    "FTE out of range or not a number is refused before any arithmetic",
    arguments: [
      ("0.05", "FTE '0.05' is not between 0.1 and 1.0 (10% to 100%)"),
      ("150%", "FTE '150%' is not between 0.1 and 1.0 (10% to 100%)"),
      ("45 hours", "'45 hours' hours is more than the 37-hour full-time week"),
      ("1e3", "'1e3' is not an FTE; write 0.6, 60% or 22.5 hours"),
      ("nan", "'nan' is not an FTE; write 0.6, 60% or 22.5 hours"),
      ("-0.5", "'-0.5' is not an FTE; write 0.6, 60% or 22.5 hours"),
      ("99999999999999", "'99999999999999' is not an FTE; write 0.6, 60% or 22.5 hours"),
      ("40", "'40' is not an FTE: write 0.6, 60% or hours up to 37"),
    ])
  func badFTE(_ text: String, _ message: String) {
    #expect(throws: FieldProblem(message)) { try RecordField.fte(text) }
  }

  @Test func caps() throws {
    #expect(try RecordField.cap("60") == 60)
    #expect(throws: FieldProblem("a cap of 0 is not between 1 and 1000 weight points")) {
      try RecordField.cap("0")
    }
    #expect(throws: FieldProblem("a cap of 5000 is not between 1 and 1000 weight points")) {
      try RecordField.cap("5000")
    }
  }

  @Test(
    "ids: no spaces, separators or control characters",
    arguments: [
      ("C102 938", "case id 'C102 938' has a space in it; use letters, digits and . - _ @ only"),
      ("a:b", "case id 'a:b' has ':' in it; use letters, digits and . - _ @ only"),
      (
        "a\u{1B}b",
        "case id 'a\\u{1b}b' has the control character \\u{1b} in it; use letters, digits and . - _ @ only"
      ),
      ("", "no case id given"),
    ])
  func badIDs(_ text: String, _ message: String) {
    #expect(throws: FieldProblem(message)) { try RecordField.id(text, "case id") }
  }

  @Test func namesKeepUnicodeAndRefuseControls() throws {
    #expect(try RecordField.name(" Nguyễn Thị Lan ") == "Nguyễn Thị Lan")
    #expect(try RecordField.id("siobhán.murphy") == "siobhán.murphy")
    #expect(
      throws: FieldProblem("the name has the control character \\u{1b} in it; write it on one line")
    ) {
      try RecordField.name("Zoë\u{1B}[2J")
    }
  }

  @Test func teamKinds() throws {
    #expect(try RecordField.teamKind("MASH") == .frontDoor)
    #expect(try RecordField.teamKind("CIN/CP") == .childInNeedAndProtection)
    #expect(try RecordField.teamKind("children-in-care") == .childrenInCare)
  }
}
