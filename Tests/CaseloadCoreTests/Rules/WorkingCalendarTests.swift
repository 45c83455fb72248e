import CaseloadCore
import Testing

@Suite("Working calendar")
struct WorkingCalendarTests {
  /// England and Wales bank holidays around Christmas 2026 and Easter 2027.
  static let holidays = [
    "2026-12-25", "2026-12-28", "2027-01-01", "2027-03-26", "2027-03-29",
  ].map(day)

  let calendar = WorkingCalendar(bankHolidays: holidays)

  @Test(
    "CP visit on Fri 18 Dec 2026 is due Tue 5 Jan 2027: 21-24 Dec are 1-4, Christmas Day and the Boxing Day substitute (Mon 28) are skipped, 29-31 Dec are 5-7, Fri 1 Jan is 8 when not a holiday, Mon 4 and Tue 5 Jan are 9 and 10"
  )
  func christmasWithTwoHolidays() {
    let calendar = WorkingCalendar(bankHolidays: ["2026-12-25", "2026-12-28"].map(day))
    #expect(calendar.adding(workingDays: 10, to: day("2026-12-18")) == day("2027-01-05"))
    #expect(calendar.date(.workingDays(10), after: day("2026-12-18")) == day("2027-01-05"))
  }

  @Test("with New Year's Day also a holiday the same visit moves to Wed 6 Jan 2027")
  func christmasAndNewYear() {
    #expect(calendar.adding(workingDays: 10, to: day("2026-12-18")) == day("2027-01-06"))
  }

  @Test("working days skip a weekend: Thu + 2 is Mon, Fri + 1 is Mon, Sat + 1 is Mon")
  func weekend() {
    #expect(calendar.adding(workingDays: 2, to: day("2026-11-19")) == day("2026-11-23"))
    #expect(calendar.adding(workingDays: 1, to: day("2026-11-20")) == day("2026-11-23"))
    #expect(calendar.adding(workingDays: 1, to: day("2026-11-21")) == day("2026-11-23"))
    #expect(calendar.adding(workingDays: 0, to: day("2026-11-21")) == day("2026-11-21"))
  }

  @Test("Easter 2027: Thu 25 Mar + 1 working day skips Good Friday, the weekend and Easter Monday")
  func easter() {
    #expect(calendar.adding(workingDays: 1, to: day("2027-03-25")) == day("2027-03-30"))
    #expect(calendar.workingDays(from: day("2027-03-25"), to: day("2027-03-30")) == 1)
  }

  @Test("a working day is a weekday that is not a bank holiday")
  func isWorkingDay() {
    #expect(calendar.isWorkingDay(day("2026-12-24")))
    #expect(!calendar.isWorkingDay(day("2026-12-25")))
    #expect(!calendar.isWorkingDay(day("2026-12-26")))
    #expect(!calendar.isWorkingDay(day("2026-12-27")))
    #expect(!calendar.isWorkingDay(day("2026-12-28")))
    #expect(calendar.isWorkingDay(day("2026-12-29")))
  }

  @Test("working days between two dates count the end day, not the start, and go negative back")
  func countBetween() {
    #expect(calendar.workingDays(from: day("2026-12-18"), to: day("2027-01-06")) == 10)
    #expect(calendar.workingDays(from: day("2027-01-06"), to: day("2026-12-18")) == -10)
    #expect(calendar.workingDays(from: day("2026-11-23"), to: day("2026-11-23")) == 0)
    #expect(calendar.workingDays(from: day("2026-11-20"), to: day("2026-11-22")) == 0)
  }

  @Test("counting back: 10 working days before Wed 6 Jan 2027 is Fri 18 Dec 2026")
  func countBack() {
    #expect(calendar.adding(workingDays: -10, to: day("2027-01-06")) == day("2026-12-18"))
    #expect(calendar.date(.workingDays(10), before: day("2027-01-06")) == day("2026-12-18"))
  }

  @Test(
    "adding working days matches stepping a day at a time, and counting them back agrees",
    arguments: [0, 1, 4, 5, 6, 10, 23, 45, 130])
  func addingAndCountingAgree(n: Int) {
    var start = day("2026-12-01")
    while start < day("2027-04-15") {
      let end = calendar.adding(workingDays: n, to: start)
      var stepped = start
      for _ in 0..<n {
        repeat { stepped = stepped.adding(days: 1) } while !calendar.isWorkingDay(stepped)
      }
      #expect(end == stepped, "from \(start)")
      #expect(calendar.workingDays(from: start, to: end) == n, "from \(start)")
      if n > 0 { #expect(calendar.isWorkingDay(end), "from \(start)") }
      start = start.adding(days: 1)
    }
  }

  @Test("calendar intervals: days, weeks, and months clamped to the end of a short month")
  func calendarIntervals() {
    #expect(calendar.date(.days(14), after: day("2026-11-23")) == day("2026-12-07"))
    #expect(calendar.date(.weeks(6), after: day("2026-11-02")) == day("2026-12-14"))
    #expect(calendar.date(.months(1), after: day("2027-01-31")) == day("2027-02-28"))
    #expect(calendar.date(.months(1), after: day("2028-01-31")) == day("2028-02-29"))
    #expect(calendar.date(.months(12), before: day("2026-11-23")) == day("2025-11-23"))
  }

  @Test("the bank holiday list may come unsorted, repeated, or with a weekend date")
  func untidyHolidays() {
    let untidy = WorkingCalendar(
      bankHolidays: ["2027-01-01", "2026-12-28", "2026-12-25", "2026-12-28", "2026-12-26"].map(day))
    #expect(untidy.adding(workingDays: 10, to: day("2026-12-18")) == day("2027-01-06"))
  }

  @Test("a store's calendar uses the bank holidays in its settings")
  func storeCalendar() {
    var settings = Settings.defaults
    settings.bankHolidays = Self.holidays
    let caseload = Caseload(settings: settings)
    #expect(caseload.calendar.adding(workingDays: 10, to: day("2026-12-18")) == day("2027-01-06"))
    #expect(Caseload().calendar.adding(workingDays: 10, to: day("2026-12-18")) == day("2027-01-01"))
  }
}
