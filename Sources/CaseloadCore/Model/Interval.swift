import Tagged

/// A length of time as the regulations state it: working days, calendar days, weeks or months.
public enum Interval: Hashable, Sendable, CustomStringConvertible {
  case workingDays(Int)
  case days(Int)
  case weeks(Int)
  case months(Int)

  public var description: String {
    switch self {
    case .workingDays(let n): return "\(n) working days"
    case .days(let n): return "\(n) days"
    case .weeks(let n): return "\(n) weeks"
    case .months(let n): return "\(n) months"
    }
  }

  /// Text form used in the store: `10wd`, `14d`, `6w`, `3m`.
  public var code: String {
    switch self {
    case .workingDays(let n): return "\(n)wd"
    case .days(let n): return "\(n)d"
    case .weeks(let n): return "\(n)w"
    case .months(let n): return "\(n)m"
    }
  }

  /// The longest count accepted: ten years of days, so no due date leaves the calendar.
  public static let longest = 3660

  /// Parses `10wd`, `14d`, `6w` or `3m`: digits only (no sign), at most `longest`.
  public init?(code: String) {
    let units: [(String, (Int) -> Interval)] = [
      ("wd", Interval.workingDays), ("d", Interval.days), ("w", Interval.weeks),
      ("m", Interval.months),
    ]
    for (suffix, make) in units where code.hasSuffix(suffix) {
      let digits = code.dropLast(suffix.count)
      guard (1...4).contains(digits.utf8.count), digits.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
        let n = Int(digits), (0...Interval.longest).contains(n)
      else { return nil }
      self = make(n)
      return
    }
    return nil
  }
}

extension Interval: Codable {
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let value = Interval(code: text) else {
      throw DecodingError.dataCorruptedError(
        in: container,
        debugDescription:
          "'\(text.prefix(20))' is not an interval (0 to \(Interval.longest) then wd, d, w or m, such as 10wd, 14d, 6w, 3m)"
      )
    }
    self = value
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(code)
  }
}
