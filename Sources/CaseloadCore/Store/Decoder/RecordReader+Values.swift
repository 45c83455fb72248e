// The values records are made of, each read and checked where it stands, with the same words
// for a bad one as the store has always used.
extension RecordReader {
  /// Text; nil (with the problem noted) when it is not text, or is null and `nullable`.
  mutating func string(nullable: Bool = false) throws(JSONSyntaxError) -> String? {
    guard let key = try stringKey(nullable: nullable) else { return nil }
    return cursor.text(of: key)
  }

  /// Checks the value is text and reads past it, keeping nothing: for texts decoded later.
  mutating func skipString(nullable: Bool = false) throws(JSONSyntaxError) {
    _ = try stringKey(nullable: nullable)
  }

  /// Where a string's characters are.
  mutating func stringKey(nullable: Bool = false) throws(JSONSyntaxError) -> JSONKey? {
    switch cursor.peek() {
    case 0x22: return try cursor.string()
    case 0x6E where nullable:
      try cursor.literal("null")
      return nil
    default:
      try wrongKind("text in quotes")
      return nil
    }
  }

  /// An id of any record kind.
  mutating func id<Tag>(
    _: Tagged<Tag, String>.Type = Tagged<Tag, String>.self, nullable: Bool = false
  )
    throws(JSONSyntaxError) -> Tagged<Tag, String>?
  {
    try string(nullable: nullable).map { Tagged(rawValue: $0) }
  }

  /// A calendar date, `YYYY-MM-DD`.
  mutating func day(nullable: Bool = false) throws(JSONSyntaxError) -> Day? {
    guard let key = try stringKey(nullable: nullable) else { return nil }
    if !key.escaped, let day = ISODate.day(cursor.bytes, key.start, key.end) { return day }
    let text = cursor.text(of: key)
    if let day = Day(iso: text) { return day }
    report("'\(text.prefix(40))' is not a date (YYYY-MM-DD)")
    return nil
  }

  /// A time in UTC, `YYYY-MM-DDTHH:MM:SSZ`.
  mutating func timestamp() throws(JSONSyntaxError) -> Timestamp? {
    guard let key = try stringKey() else { return nil }
    if !key.escaped, let time = ISODate.timestamp(cursor.bytes, key.start, key.end) {
      return time
    }
    let text = cursor.text(of: key)
    if let time = Timestamp(iso: text) { return time }
    report("'\(text.prefix(40))' is not a UTC time (YYYY-MM-DDTHH:MM:SSZ)")
    return nil
  }

  /// An interval as the store writes it: `10wd`, `14d`, `6w`, `3m`.
  mutating func interval() throws(JSONSyntaxError) -> Interval? {
    guard let text = try string() else { return nil }
    if let interval = Interval(code: text) { return interval }
    report(
      "'\(text.prefix(20))' is not an interval (0 to \(Interval.longest) then wd, d, w or m, such as 10wd, 14d, 6w, 3m)"
    )
    return nil
  }

  /// One of an enumeration's words.
  mutating func choice<Value: RawRepresentable & CaseIterable>(
    _: Value.Type, nullable: Bool = false
  ) throws(JSONSyntaxError) -> Value? where Value.RawValue == String {
    guard let text = try string(nullable: nullable) else { return nil }
    if let value = Value(rawValue: text) { return value }
    let choices = Value.allCases.map(\.rawValue).joined(separator: ", ")
    report("'\(text.prefix(40))' is not one of the allowed values: \(choices)")
    return nil
  }

  /// A number of any size a Double holds.
  mutating func double(nullable: Bool = false) throws(JSONSyntaxError) -> Double? {
    guard let number = try number(nullable: nullable) else { return nil }
    if let value = cursor.double(number) { return value }
    report("\(cursor.text(of: number).prefix(40)) is too large a number to read")
    return nil
  }

  /// A whole number that fits in an Int (`1e2` is 100).
  mutating func int() throws(JSONSyntaxError) -> Int? {
    guard let number = try number() else { return nil }
    switch cursor.wholeNumber(number) {
    case .value(let value): return value
    case .tooLarge:
      report("\(cursor.text(of: number).prefix(40)) is too large a number to read")
    case .fraction:
      report("\(cursor.text(of: number).prefix(40)) is not a whole number")
    }
    return nil
  }

  /// A number as written, for a caller that words its own range.
  mutating func number(nullable: Bool = false) throws(JSONSyntaxError) -> JSONNumber? {
    switch cursor.peek() {
    case let byte? where byte == 0x2D || (0x30...0x39).contains(byte): return try cursor.number()
    case 0x6E where nullable:
      try cursor.literal("null")
      return nil
    default:
      try wrongKind("a number")
      return nil
    }
  }

  mutating func bool(nullable: Bool = false) throws(JSONSyntaxError) -> Bool? {
    switch cursor.peek() {
    case 0x74:
      try cursor.literal("true")
      return true
    case 0x66:
      try cursor.literal("false")
      return false
    case 0x6E where nullable:
      try cursor.literal("null")
      return nil
    default:
      try wrongKind("true or false")
      return nil
    }
  }

  /// A list of texts.
  mutating func strings() throws(JSONSyntaxError) -> [String]? {
    var result: [String] = []
    let isList = try list { reader, _ throws(JSONSyntaxError) in
      if let text = try reader.string() { result.append(text) }
    }
    return isList ? result : nil
  }

  /// True when the value at the cursor is `null` (and reads past it).
  mutating func null() throws(JSONSyntaxError) -> Bool {
    guard cursor.peek() == 0x6E else { return false }
    try cursor.literal("null")
    return true
  }
}

/// Dates and times read straight from a string's bytes, exactly as `Day(iso:)` and
/// `Timestamp(iso:)` read them, without making a String first.
enum ISODate {
  static func day(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Day? {
    guard end - start == 10, bytes[start + 4] == 0x2D, bytes[start + 7] == 0x2D,
      let year = digits(bytes, start, 4), let month = digits(bytes, start + 5, 2),
      let day = digits(bytes, start + 8, 2)
    else { return nil }
    return Day(year: year, month: month, day: day)
  }

  static func timestamp(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
    -> Timestamp?
  {
    guard end - start == 20, bytes[start + 10] == 0x54, bytes[start + 19] == 0x5A,
      bytes[start + 13] == 0x3A, bytes[start + 16] == 0x3A,
      let day = day(bytes, start, start + 10), let hour = digits(bytes, start + 11, 2),
      let minute = digits(bytes, start + 14, 2), let second = digits(bytes, start + 17, 2),
      hour < 24, minute < 60, second < 61
    else { return nil }
    return Timestamp(seconds: day.ordinal * 86_400 + hour * 3600 + minute * 60 + second)
  }

  private static func digits(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int)
    -> Int?
  {
    var value = 0
    for index in start..<start + count {
      let byte = bytes[index]
      guard byte >= 0x30, byte <= 0x39 else { return nil }
      value = value * 10 + Int(byte - 0x30)
    }
    return value
  }
}
