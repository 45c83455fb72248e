extension RecordField {
  /// A full-time week, for FTE given in hours.
  public static let fullTimeHours = 37.0
  /// FTE accepted, as a fraction of full time (SPEC 1.1).
  public static let fteRange = 0.1...1.0
  /// A caseload cap accepted, in weight points.
  public static let capRange = 1.0...1000.0

  /// FTE as `0.6`, `60%` or hours out of 37 (`22.5`, `22.5 hours`); `hours` reads a bare
  /// number as hours, for a column headed "Hours". Rounded to two places.
  public static func fte(_ text: String, hours: Bool = false) throws(FieldProblem) -> Double {
    let trimmed = text.trimmed
    guard !trimmed.isEmpty else { throw FieldProblem("no FTE given") }
    var body = trimmed.lowercased()
    var unit = hours ? "hours" : ""
    if body.hasSuffix("%") {
      unit = "percent"
      body.removeLast()
    } else {
      for suffix in ["hours", "hour", "hrs", "hr", "h"] where body.hasSuffix(suffix) {
        unit = "hours"
        body.removeLast(suffix.count)
        break
      }
    }
    guard let number = decimal(body.trimmed) else {
      throw FieldProblem("'\(trimmed.visible)' is not an FTE; write 0.6, 60% or 22.5 hours")
    }
    let outOfRange = FieldProblem(
      "FTE '\(trimmed.visible)' is not between 0.1 and 1.0 (10% to 100%)")
    let fte: Double
    switch unit {
    case "percent":
      guard number <= 100 else { throw outOfRange }
      fte = number / 100
    case "hours":
      guard number <= fullTimeHours else {
        throw FieldProblem(
          "'\(trimmed.visible)' hours is more than the \(Int(fullTimeHours))-hour full-time week")
      }
      fte = number / fullTimeHours
    default:
      // A bare number over 1 can only be hours.
      guard number <= fullTimeHours else {
        throw FieldProblem(
          "'\(trimmed.visible)' is not an FTE: write 0.6, 60% or hours up to \(Int(fullTimeHours))")
      }
      fte = number <= 1 ? number : number / fullTimeHours
    }
    let rounded = (fte * 100).rounded() / 100
    guard fteRange.contains(rounded) else { throw outOfRange }
    return rounded
  }

  /// A caseload cap in weight points, 1 to 1000.
  public static func cap(_ text: String) throws(FieldProblem) -> Double {
    let trimmed = text.trimmed
    guard let number = decimal(trimmed) else {
      throw FieldProblem("'\(trimmed.visible)' is not a cap; write the weight points, such as 60")
    }
    guard capRange.contains(number) else {
      throw FieldProblem("a cap of \(trimmed.visible) is not between 1 and 1000 weight points")
    }
    return number
  }

  /// Digits with at most one decimal point, up to 12 characters: never an exponent, `nan` or
  /// `inf`, so nothing out of range reaches arithmetic.
  static func decimal(_ text: String) -> Double? {
    guard !text.isEmpty, text.count <= 12, text.first != ".", text.last != "." else { return nil }
    var points = 0
    for character in text {
      if character == "." {
        points += 1
      } else if !character.isASCIIDigit {
        return nil
      }
    }
    guard points <= 1, let value = Double(text), value.isFinite else { return nil }
    return value
  }
}
