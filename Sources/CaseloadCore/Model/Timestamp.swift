import Foundation
import Tagged

/// An instant in UTC, to the second, stored as ISO 8601 (`2026-11-23T14:05:00Z`).
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Seconds since 1970-01-01T00:00:00Z.
  public let seconds: Int

  public init(seconds: Int) { self.seconds = seconds }
  public init(_ date: Date) { seconds = Int(date.timeIntervalSince1970.rounded(.down)) }

  public init?(iso text: some StringProtocol) {
    let text = String(text)
    guard text.utf8.count == 20, text.hasSuffix("Z"),
      let day = Day(iso: text.prefix(10)), text.dropFirst(10).first == "T"
    else { return nil }
    let parts = text.dropFirst(11).dropLast().split(
      separator: ":", omittingEmptySubsequences: false)
    // Two digits each, so no sign or space slips through Int's own parsing.
    guard parts.count == 3,
      parts.allSatisfy({ $0.utf8.count == 2 && $0.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }),
      let h = Int(parts[0]), let m = Int(parts[1]), let s = Int(parts[2]),
      (0..<24).contains(h), (0..<60).contains(m), (0..<61).contains(s)
    else { return nil }
    seconds = day.ordinal * 86_400 + h * 3600 + m * 60 + s
  }

  public var date: Date { Date(timeIntervalSince1970: TimeInterval(seconds)) }

  /// The UTC calendar date of this instant.
  public var utcDay: Day { Day(ordinal: Int((Double(seconds) / 86_400).rounded(.down))) }

  public var description: String {
    let day = utcDay
    let rest = seconds - day.ordinal * 86_400
    return String(
      format: "%@T%02d:%02d:%02dZ", day.description, rest / 3600, rest / 60 % 60, rest % 60)
  }

  public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.seconds < rhs.seconds }
}

extension Timestamp: Codable {
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let value = Timestamp(iso: text) else {
      throw DecodingError.dataCorruptedError(
        in: container,
        debugDescription: "'\(text.prefix(40))' is not a UTC time (YYYY-MM-DDTHH:MM:SSZ)")
    }
    self = value
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
