// The store's settings: every figure the rules use (SPEC 1.2 to 1.4).
extension Decode {
  static let settings = FieldSet([
    "weights", "siblingFactor", "capacityPerFTE", "asyeCapacityFactor", "warnAt", "overAbove",
    "visitIntervals", "asyeSupervision", "supervisionInterval", "oversightIntervals",
    "unallocatedWarnAfter", "unallocatedOverAfter", "workerHistoryWindow", "workerCountWarnAt",
    "leavingSoonWithin", "bankHolidays",
  ])

  static func settings(_ r: inout RecordReader) throws(JSONSyntaxError) -> Settings? {
    var weights: [Case.Category: Double]?
    var doubles: [Int: Double] = [:]
    var intervals: [Int: Interval] = [:]
    var byCategory: [Int: [Case.Category: Interval]] = [:]
    var steps: [Settings.SupervisionStep]?
    var countWarnAt: Int?
    var holidays: [Day]?
    guard
      let seen = try r.object(
        settings,
        { r, field throws(JSONSyntaxError) in
          switch field {
          case 0:
            weights = try Decode.byCategory(&r) { r throws(JSONSyntaxError) in try r.double() }
          case 1, 2, 3, 4, 5: doubles[field] = try r.double()
          case 6, 9:
            byCategory[field] = try Decode.byCategory(&r) { r throws(JSONSyntaxError) in
              try r.interval()
            }
          case 7:
            var list: [Settings.SupervisionStep] = []
            if try r.list({ r, _ throws(JSONSyntaxError) in
              if let step = try Decode.step(&r) { list.append(step) }
            }) {
              steps = list
            }
          case 13: countWarnAt = try r.int()
          case 15:
            var days: [Day] = []
            if try r.list({ r, _ throws(JSONSyntaxError) in
              if let day = try r.day() { days.append(day) }
            }) {
              holidays = days
            }
          default: intervals[field] = try r.interval()
          }
        })
    else { return nil }
    r.require(seen, settings, Array(settings.names.indices))
    guard !r.hasProblem, let weights, let steps, let countWarnAt, let holidays,
      let sibling = doubles[1], let capacity = doubles[2], let asye = doubles[3],
      let warnAt = doubles[4], let overAbove = doubles[5], let visits = byCategory[6],
      let oversight = byCategory[9], let supervision = intervals[8],
      let warnAfter = intervals[10], let overAfter = intervals[11], let window = intervals[12],
      let leaving = intervals[14]
    else { return nil }
    return Settings(
      weights: weights, siblingFactor: sibling, capacityPerFTE: capacity,
      asyeCapacityFactor: asye, warnAt: warnAt, overAbove: overAbove, visitIntervals: visits,
      asyeSupervision: steps, supervisionInterval: supervision, oversightIntervals: oversight,
      unallocatedWarnAfter: warnAfter, unallocatedOverAfter: overAfter,
      workerHistoryWindow: window, workerCountWarnAt: countWarnAt, leavingSoonWithin: leaving,
      bankHolidays: holidays)
  }

  /// `{"child-protection":..., ...}`: a value for some of the categories.
  static func byCategory<Value>(
    _ r: inout RecordReader, _ value: (inout RecordReader) throws(JSONSyntaxError) -> Value?
  ) throws(JSONSyntaxError) -> [Case.Category: Value]? {
    var result: [Case.Category: Value] = [:]
    var isObject = r.cursor.peek() == 0x7B
    try r.dictionary { r, key throws(JSONSyntaxError) in
      guard let category = Case.Category(rawValue: key) else {
        let choices = Case.Category.allCases.map(\.rawValue).joined(separator: ", ")
        r.report("is not a category (one of: \(choices))")
        try r.cursor.skipValue()
        isObject = false
        return
      }
      if let found = try value(&r) { result[category] = found }
    }
    return isObject ? result : nil
  }

  static let step = FieldSet(["until", "every"])

  static func step(_ r: inout RecordReader) throws(JSONSyntaxError) -> Settings.SupervisionStep? {
    var until: Interval?
    var every: Interval?
    guard
      let seen = try r.object(
        step,
        { r, field throws(JSONSyntaxError) in
          if field == 0 { until = try r.interval() } else { every = try r.interval() }
        })
    else { return nil }
    r.require(seen, step, [0, 1])
    guard let until, let every else { return nil }
    return Settings.SupervisionStep(until: until, every: every)
  }
}
