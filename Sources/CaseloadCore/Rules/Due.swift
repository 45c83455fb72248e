/// When something is next due, and whether that day has passed.
public struct Due: Hashable, Sendable {
  public var date: Day
  /// True once today is after the due date; on the due date itself it is not yet overdue.
  public var overdue: Bool

  public init(date: Day, today: Day) {
    self.date = date
    overdue = today > date
  }
}
