import Tagged

/// One child known to the service.
public struct Case: Identifiable, Hashable, Sendable, Codable {
  /// The authority's child id, such as `C102938`.
  public typealias ID = Tagged<Case, String>
  /// Siblings share a family id.
  public typealias FamilyID = Tagged<FamilyTag, String>
  public enum FamilyTag {}

  public enum Category: String, Sendable, Codable, CaseIterable {
    case assessment
    case childInNeed = "child-in-need"
    case childProtection = "child-protection"
    case childInCare = "child-in-care"
    case careLeaver = "care-leaver"
    case courtProceedings = "court-proceedings"

    /// Short label for narrow columns.
    public var label: String {
      switch self {
      case .assessment: return "Assessment"
      case .childInNeed: return "CIN"
      case .childProtection: return "CP"
      case .childInCare: return "CiC"
      case .careLeaver: return "Care leaver"
      case .courtProceedings: return "Court"
      }
    }

    /// Cases that must never be left unallocated without an explicit confirmation.
    public var isProtected: Bool { self == .childProtection || self == .childInCare }

    /// Cases an ASYE worker should not be given without a warning.
    public var isHighRisk: Bool { self == .childProtection || self == .courtProceedings }
  }

  public var id: ID
  public var childName: String
  public var birthDate: Day
  public var family: FamilyID?
  public var category: Category
  public var opened: Day
  /// The allocated worker, or nil when the case is unallocated.
  public var worker: Worker.ID?
  /// The team whose queue the case sits in while unallocated; an allocated case belongs to
  /// its worker's team.
  public var team: Team.ID?
  public var lastVisit: Day?
  /// Replaces the category's visit interval (for example 3 months for a long-term placement).
  public var visitInterval: Interval?
  public var closed: Day?

  public init(
    id: ID, childName: String, birthDate: Day, family: FamilyID? = nil, category: Category,
    opened: Day, worker: Worker.ID? = nil, team: Team.ID? = nil, lastVisit: Day? = nil,
    visitInterval: Interval? = nil,
    closed: Day? = nil
  ) {
    self.id = id
    self.childName = childName
    self.birthDate = birthDate
    self.family = family
    self.category = category
    self.opened = opened
    self.worker = worker
    self.team = team
    self.lastVisit = lastVisit
    self.visitInterval = visitInterval
    self.closed = closed
  }

  public var isOpen: Bool { closed == nil }
}

/// One period during which a case was allocated (or left unallocated).
public struct Allocation: Hashable, Sendable, Codable {
  public var `case`: Case.ID
  /// nil while the case waited unallocated.
  public var worker: Worker.ID?
  public var from: Day
  /// nil for the current allocation.
  public var to: Day?
  public var reason: String
  /// OS user who made the allocation.
  public var by: String

  public init(
    case caseID: Case.ID, worker: Worker.ID?, from: Day, to: Day? = nil, reason: String, by: String
  ) {
    self.case = caseID
    self.worker = worker
    self.from = from
    self.to = to
    self.reason = reason
    self.by = by
  }
}

// Lets `[Case.Category: X]` encode as a JSON object keyed by category.
extension Case.Category: CodingKeyRepresentable {}
