/// The rules of SPEC 1.2 to 1.4 for one store on one day, with the working calendar built once
/// so that a screen or report can ask about thousands of cases cheaply.
public struct Rules: Sendable {
  public let caseload: Caseload
  public let today: Day
  public let calendar: WorkingCalendar

  public init(_ caseload: Caseload, today: Day) {
    self.caseload = caseload
    self.today = today
    calendar = caseload.calendar
  }

  var settings: Settings { caseload.settings }

  // A store whose settings lack a category falls back to the SPEC default for it rather than
  // dropping the case from every timescale.

  func weight(of category: Case.Category) -> Double {
    settings.weights[category] ?? Settings.defaults.weights[category] ?? 0
  }

  func visitInterval(for category: Case.Category) -> Interval? {
    settings.visitIntervals[category] ?? Settings.defaults.visitIntervals[category]
  }

  func oversightInterval(for category: Case.Category) -> Interval? {
    settings.oversightIntervals[category] ?? Settings.defaults.oversightIntervals[category]
  }

  /// The first day of the "last 12 months" that continuity looks back over.
  var historyWindowStart: Day { calendar.date(settings.workerHistoryWindow, before: today) }

  /// True when a worker can take new cases today: not away, gone, or about to go.
  public func canTakeNewCases(_ worker: Worker) -> Bool { !isUnavailable(worker) }

  /// True when a worker cannot take new cases today: away, gone, or about to go.
  func isUnavailable(_ worker: Worker) -> Bool {
    if worker.absence(on: today) != nil { return true }
    guard let leaving = worker.leaving else { return false }
    return leaving <= calendar.date(settings.leavingSoonWithin, after: today)
  }
}

extension Caseload {
  /// A working calendar with the store's bank holidays.
  public var calendar: WorkingCalendar { WorkingCalendar(bankHolidays: settings.bankHolidays) }

  /// The rules as they stand on `today`; build once and ask many questions.
  public func rules(today: Day) -> Rules { Rules(self, today: today) }
}
