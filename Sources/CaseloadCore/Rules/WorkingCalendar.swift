/// Working days (not Saturday, Sunday or a bank holiday) and the dates that timescales fall on.
public struct WorkingCalendar: Sendable, Hashable {
  /// Bank holidays that fall on a weekday, sorted and distinct, so counting is a binary search.
  private let holidays: [Day]

  public init(bankHolidays: some Sequence<Day>) {
    // The store keeps its list sorted; checking that is cheaper than sorting on every call.
    var days = bankHolidays.filter { !$0.isWeekend }
    if !zip(days, days.dropFirst()).allSatisfy({ $0 < $1 }) {
      days = Array(Set(days)).sorted()
    }
    holidays = days
  }

  public func isWorkingDay(_ day: Day) -> Bool {
    !day.isWeekend && !isHoliday(day)
  }

  /// The day `n` working days after `day`; the start day itself does not count.
  /// A negative `n` counts back.
  public func adding(workingDays n: Int, to day: Day) -> Day {
    if n < 0 { return subtracting(workingDays: -n, from: day) }
    var current = day
    var remaining = n
    // Skip weekends arithmetically, then go on by as many days as holidays were passed.
    while remaining > 0 {
      let end = Self.adding(weekdays: remaining, to: current)
      remaining = holidayCount(after: current, through: end)
      current = end
    }
    return current
  }

  /// Working days after `from` up to and including `to`; negative when `to` is earlier.
  public func workingDays(from: Day, to: Day) -> Int {
    if to < from { return -workingDays(from: to, to: from) }
    return Self.weekdays(after: from, through: to) - holidayCount(after: from, through: to)
  }

  /// The date an interval after `day` ends on.
  public func date(_ interval: Interval, after day: Day) -> Day {
    switch interval {
    case .workingDays(let n): return adding(workingDays: n, to: day)
    case .days(let n): return day.adding(days: n)
    case .weeks(let n): return day.adding(days: 7 * n)
    case .months(let n): return day.adding(months: n)
    }
  }

  /// The date an interval before `day` starts on.
  public func date(_ interval: Interval, before day: Day) -> Day {
    switch interval {
    case .workingDays(let n): return adding(workingDays: -n, to: day)
    case .days(let n): return day.adding(days: -n)
    case .weeks(let n): return day.adding(days: -7 * n)
    case .months(let n): return day.adding(months: -n)
    }
  }

  // MARK: Counting

  private func subtracting(workingDays n: Int, from day: Day) -> Day {
    var current = day
    var remaining = n
    while remaining > 0 {
      current = current.adding(days: -1)
      if isWorkingDay(current) { remaining -= 1 }
    }
    return current
  }

  private func isHoliday(_ day: Day) -> Bool {
    let index = firstIndex(notBefore: day)
    return index < holidays.count && holidays[index] == day
  }

  /// Weekday bank holidays in the range (after, through].
  private func holidayCount(after start: Day, through end: Day) -> Int {
    guard start < end else { return 0 }
    return firstIndex(notBefore: end.adding(days: 1)) - firstIndex(notBefore: start.adding(days: 1))
  }

  private func firstIndex(notBefore day: Day) -> Int {
    var low = 0
    var high = holidays.count
    while low < high {
      let mid = (low + high) / 2
      if holidays[mid] < day { low = mid + 1 } else { high = mid }
    }
    return low
  }

  /// Monday to Friday days in (after, through].
  private static func weekdays(after start: Day, through end: Day) -> Int {
    guard start < end else { return 0 }
    return weekdaysUpTo(end) - weekdaysUpTo(start)
  }

  /// Monday to Friday days from a fixed Monday up to and including `day`.
  private static func weekdaysUpTo(_ day: Day) -> Int {
    // 1970-01-05 was a Monday (ordinal 4); floor division keeps earlier dates right.
    let offset = day.ordinal - 4
    let weeks = offset >= 0 ? offset / 7 : (offset - 6) / 7
    let inWeek = offset - weeks * 7  // 0 = Monday ... 6 = Sunday
    return weeks * 5 + min(inWeek + 1, 5)
  }

  private static func adding(weekdays n: Int, to day: Day) -> Day {
    // From a weekend, count as if from the Friday before: the next weekday is still Monday.
    var start = day
    if start.isWeekend { start = start.adding(days: -(start.weekday - 5)) }
    let weeks = n / 5
    var current = start.adding(days: weeks * 7)
    var rest = n % 5
    while rest > 0 {
      current = current.adding(days: 1)
      if !current.isWeekend { rest -= 1 }
    }
    return current
  }
}
