import CaseloadCore

/// Who is at the keyboard, what day it is and how new records get their time and id:
/// fixed for a session and injected, so tests can pin them.
public struct AppContext: Sendable {
  public var user: String
  public var today: Day
  public var readOnly: Bool
  public var clock: @Sendable () -> Timestamp
  public var newRecordID: @Sendable (String) -> RecordID

  public init(
    user: String, today: Day, readOnly: Bool = false,
    clock: @escaping @Sendable () -> Timestamp,
    newRecordID: @escaping @Sendable (String) -> RecordID = { RecordID.new($0) }
  ) {
    self.user = user
    self.today = today
    self.readOnly = readOnly
    self.clock = clock
    self.newRecordID = newRecordID
  }

  /// Who made a record and when, for a record being saved now.
  public func authorship() -> Authorship { Authorship(author: user, recorded: clock()) }
}
