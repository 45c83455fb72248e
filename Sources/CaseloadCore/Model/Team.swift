import Tagged

/// A team of social workers and the OS users who manage it.
public struct Team: Identifiable, Hashable, Sendable, Codable {
  public typealias ID = Tagged<Team, String>

  /// What the team does, as a practice manager would say it.
  public enum Kind: String, Sendable, Codable, CaseIterable {
    case frontDoor = "front-door"
    case dutyAndAssessment = "duty-and-assessment"
    case childInNeedAndProtection = "child-in-need-and-protection"
    case childrenInCare = "children-in-care"
    case careLeavers = "care-leavers"
    case other
  }

  public var id: ID
  public var name: String
  public var kind: Kind
  /// OS user names of the team's managers.
  public var managers: [String]

  public init(id: ID, name: String, kind: Kind, managers: [String]) {
    self.id = id
    self.name = name
    self.kind = kind
    self.managers = managers
  }
}
