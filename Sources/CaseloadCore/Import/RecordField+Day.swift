extension RecordField {
  /// A calendar date as UK teams write it: `01/12/2026`, `1/12/26`, `1.12.2026`,
  /// `1 Dec 2026`, `1st December 2026`, `01-Dec-26`, or ISO `2026-12-01` (a time after it, as
  /// spreadsheets add, is ignored). Numbers are day/month/year; a two-digit year 00-68 is
  /// 2000-2068 and 69-99 is 1969-1999, as POSIX reads them.
  public static func day(_ text: String) throws(FieldProblem) -> Day {
    let trimmed = text.trimmed
    guard !trimmed.isEmpty else { throw FieldProblem("no date given") }
    let hint = "write it as 01/12/2026, 1 Dec 2026 or 2026-12-01"
    guard trimmed.count <= 40 else {
      throw FieldProblem("'\(trimmed.visible)' is not a date; \(hint)")
    }
    var tokens = dateTokens(trimmed)
    // "01/12/2026 09:30", "2026-12-01 00:00:00": the time of day is not wanted.
    if tokens.count > 3, tokens.last?.contains(":") == true { tokens.removeLast() }
    if let last = tokens.last, ["am", "pm"].contains(last.lowercased()), tokens.count > 3 {
      tokens.removeLast()
      if tokens.last?.contains(":") == true { tokens.removeLast() }
    }
    tokens.removeAll { weekdays.contains($0.lowercased()) }
    guard tokens.count == 3 else {
      throw FieldProblem("'\(trimmed.visible)' is not a date; \(hint)")
    }

    let parts: (day: String, month: String, year: String)
    if tokens[0].count == 4, tokens[0].allSatisfy(\.isASCIIDigit) {
      parts = (tokens[2], tokens[1], tokens[0])
    } else if month(named: tokens[0]) != nil {
      parts = (tokens[1], tokens[0], tokens[2])  // "Dec 1 2026", as some exports write it
    } else {
      parts = (tokens[0], tokens[1], tokens[2])
    }
    guard let dayNumber = number(ordinal(parts.day), digits: 1...2),
      let monthNumber = number(parts.month, digits: 1...2) ?? month(named: parts.month),
      var year = number(parts.year, digits: 2...4), parts.year.count != 3
    else { throw FieldProblem("'\(trimmed.visible)' is not a date; \(hint)") }
    if parts.year.count == 2 { year += year < 69 ? 2000 : 1900 }
    guard (1...12).contains(monthNumber) else {
      throw FieldProblem(
        "'\(trimmed.visible)' is not a date: there is no month \(monthNumber) (dates are day/month/year)"
      )
    }
    guard (1900...2199).contains(year) else {
      throw FieldProblem(
        "'\(trimmed.visible)' is not a date we can use: the year \(year) is out of range")
    }
    guard let day = Day(year: year, month: monthNumber, day: dayNumber) else {
      let days = Day.daysIn(month: monthNumber, year: year)
      throw FieldProblem(
        "'\(trimmed.visible)' is not a real date: \(monthNames[monthNumber - 1]) \(year) has \(days) days"
      )
    }
    return day
  }

  /// Splits on spaces, `/`, `-`, `.` and `,`, keeping a time such as `09:30` whole.
  private static func dateTokens(_ text: String) -> [String] {
    var tokens: [String] = []
    var current = ""
    for character in text {
      if character == " " || character == "/" || character == "-" || character == "."
        || character == "," || character == "T" && current.count == 2 && tokens.count == 2
      {
        if !current.isEmpty { tokens.append(current) }
        current = ""
      } else {
        current.append(character)
      }
    }
    if !current.isEmpty { tokens.append(current) }
    return tokens
  }

  /// "1st", "2nd", "23rd", "4th" without their suffix.
  private static func ordinal(_ token: String) -> String {
    let lower = token.lowercased()
    for suffix in ["st", "nd", "rd", "th"] where lower.hasSuffix(suffix) && lower.count > 2 {
      return String(token.dropLast(2))
    }
    return token
  }

  private static func number(_ token: String, digits: ClosedRange<Int>) -> Int? {
    guard digits.contains(token.count), token.allSatisfy(\.isASCIIDigit) else { return nil }
    return Int(token)
  }

  static func month(named token: String) -> Int? {
    let lower = token.lowercased()
    guard lower.count >= 3, lower.allSatisfy(\.isLetter) else { return nil }
    if lower == "sept" { return 9 }
    for (index, name) in monthNames.enumerated()
    where name.lowercased() == lower || name.lowercased().prefix(3) == lower {
      return index + 1
    }
    return nil
  }

  static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  private static let weekdays: Set<String> = [
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday",
  ]
}

extension Character {
  var isASCIIDigit: Bool { isASCII && isNumber }
}
