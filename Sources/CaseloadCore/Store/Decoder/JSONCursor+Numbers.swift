/// A number as written: where its text is, and its value as a whole number when it is one that
/// fits in an `Int`, so a range check comes before any arithmetic.
struct JSONNumber {
  var start: Int
  var end: Int
  /// The value when the text has no fraction or exponent and fits in an Int.
  var integer: Int?
  var isWhole: Bool
}

extension JSONCursor {
  /// Reads a number in JSON's grammar: `-`, digits without a leading zero, then an optional
  /// fraction and exponent.
  mutating func number() throws(JSONSyntaxError) -> JSONNumber {
    let start = at
    var negative = false
    if at < end, bytes[at] == 0x2D {
      negative = true
      at += 1
    }
    guard at < end, bytes[at] >= 0x30, bytes[at] <= 0x39 else { throw unexpected("a digit") }
    var value = 0
    var fits = true
    if bytes[at] == 0x30 {
      at += 1
    } else {
      while at < end, bytes[at] >= 0x30, bytes[at] <= 0x39 {
        let digit = Int(bytes[at] - 0x30)
        if fits {
          let (times, over) = value.multipliedReportingOverflow(by: 10)
          let (sum, over2) = times.addingReportingOverflow(negative ? -digit : digit)
          if over || over2 { fits = false } else { value = sum }
        }
        at += 1
      }
    }
    var whole = true
    if at < end, bytes[at] == 0x2E {
      whole = false
      at += 1
      guard at < end, bytes[at] >= 0x30, bytes[at] <= 0x39 else { throw unexpected("a digit") }
      while at < end, bytes[at] >= 0x30, bytes[at] <= 0x39 { at += 1 }
    }
    if at < end, bytes[at] == 0x65 || bytes[at] == 0x45 {
      whole = false
      at += 1
      if at < end, bytes[at] == 0x2B || bytes[at] == 0x2D { at += 1 }
      guard at < end, bytes[at] >= 0x30, bytes[at] <= 0x39 else { throw unexpected("a digit") }
      while at < end, bytes[at] >= 0x30, bytes[at] <= 0x39 { at += 1 }
    }
    return JSONNumber(start: start, end: at, integer: whole && fits ? value : nil, isWhole: whole)
  }

  /// What a number is as a whole number.
  enum Whole {
    case value(Int)
    /// Whole, but beyond an Int either way.
    case tooLarge
    case fraction
  }

  /// A number as a whole number: written as one (`12`), or with an exponent or a zero
  /// fraction that makes it one (`1e2`, `3.0`).
  func wholeNumber(_ number: JSONNumber) -> Whole {
    if let integer = number.integer { return .value(integer) }
    if number.isWhole { return .tooLarge }
    guard let value = double(number) else { return .tooLarge }
    guard value.rounded() == value else { return .fraction }
    return abs(value) < 0x1p62 ? .value(Int(value)) : .tooLarge
  }

  /// A number's text as written.
  func text(of number: JSONNumber) -> String {
    String(decoding: bytes[number.start..<number.end], as: UTF8.self)
  }

  /// A number's value as a Double: nil when it is too large for one (it would be infinite).
  func double(_ number: JSONNumber) -> Double? {
    if let integer = number.integer, abs(integer) < 1 << 53 { return Double(integer) }
    guard let value = Double(text(of: number)), value.isFinite else { return nil }
    return value
  }
}
