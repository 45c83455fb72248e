/// A note, session or addendum withdrawn by the undo of recording it. The record stays on
/// file and is shown as "withdrawn by X on D"; the addendum that withdrew it says why.
public struct Withdrawal: Hashable, Sendable {
  /// The record withdrawn.
  public var record: RecordID
  /// The addendum that withdrew it.
  public var addendum: RecordID
  public var text: String
  public var authorship: Authorship

  public init(record: RecordID, addendum: RecordID, text: String, authorship: Authorship) {
    self.record = record
    self.addendum = addendum
    self.text = text
    self.authorship = authorship
  }

  /// Who withdrew it (OS user).
  public var by: String { authorship.author }
  /// The day it was withdrawn (UTC).
  public var on: Day { authorship.recorded.utcDay }
  /// "withdrawn by pm.hughes on 2026-11-23".
  public var summary: String { "withdrawn by \(by) on \(on)" }
}

extension Caseload {
  /// How a record was withdrawn; nil while it stands. Works for notes, sessions and addenda.
  public func withdrawal(of record: RecordID) -> Withdrawal? {
    withdrawalPosition(of: record).map {
      let addendum = addenda[Int($0)]
      return Withdrawal(
        record: record, addendum: addendum.id, text: addendum.text,
        authorship: addendum.authorship)
    }
  }

  /// How an addendum was withdrawn; nil while it stands.
  public func withdrawn(addendum: RecordID) -> Withdrawal? { withdrawal(of: addendum) }

  public func isWithdrawn(_ record: RecordID) -> Bool { withdrawalPosition(of: record) != nil }
}
