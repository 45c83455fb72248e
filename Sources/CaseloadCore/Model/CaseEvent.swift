/// Something that happened to a case besides a move between workers (those are allocations):
/// its arrival, a visit, a category change, closure, a transfer, an import's update. Kept in the
/// snapshot so `caseload history` shows them after the journal is compacted.
public struct CaseEvent: Hashable, Sendable, Codable {
  public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
    /// A referral arrived and the case was added.
    case added
    /// The case was added by an import.
    case imported
    /// An import changed the case's details.
    case updated
    case visit
    case category
    case closed
    /// A closure was undone.
    case reopened
    case transferred
  }

  public var `case`: Case.ID
  public var kind: Kind
  /// The day it happened: the visit or closure date, else the day it was recorded.
  public var date: Day
  public var reason: String?
  public var category: Edit<Case.Category>?
  public var team: Edit<Team.ID?>?
  /// Only for a visit: whether the child was seen alone.
  public var seenAlone: Bool?
  /// What an import changed, in words, when more than the category.
  public var detail: String?
  public var authorship: Authorship

  public init(
    case caseID: Case.ID, kind: Kind, date: Day, reason: String? = nil,
    category: Edit<Case.Category>? = nil, team: Edit<Team.ID?>? = nil, seenAlone: Bool? = nil,
    detail: String? = nil, authorship: Authorship
  ) {
    self.case = caseID
    self.kind = kind
    self.date = date
    self.reason = reason
    self.category = category
    self.team = team
    self.seenAlone = seenAlone
    self.detail = detail
    self.authorship = authorship
  }
}
