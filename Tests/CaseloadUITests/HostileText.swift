import Testing

/// A test argument holding control characters, printed escaped so that a test log never sends
/// them to the terminal of the person reading it.
struct HostileText: Sendable, CustomTestStringConvertible {
  var raw: String
  var expected: String
  var width = 0

  init(_ raw: String, _ expected: String) {
    self.raw = raw
    self.expected = expected
  }

  init(_ raw: String, width: Int) {
    self.raw = raw
    self.expected = ""
    self.width = width
  }

  var testDescription: String { raw.debugDescription }
}
