import Tagged

/// A member of a team who can hold cases.
public struct Worker: Identifiable, Hashable, Sendable, Codable {
  public typealias ID = Tagged<Worker, String>

  public enum Role: String, Sendable, Codable, CaseIterable {
    case socialWorker = "social-worker"
    case seniorPractitioner = "senior-practitioner"
    /// Assessed and Supported Year in Employment: a newly qualified social worker.
    case asye
    case student
    case familySupportWorker = "family-support-worker"
  }

  public enum Employment: String, Sendable, Codable, CaseIterable {
    case permanent
    case agency
  }

  /// A period away from work, inclusive at both ends.
  public struct Absence: Hashable, Sendable, Codable {
    public var from: Day
    public var to: Day
    public var reason: String

    public init(from: Day, to: Day, reason: String) {
      self.from = from
      self.to = to
      self.reason = reason
    }

    public func covers(_ day: Day) -> Bool { from <= day && day <= to }
  }

  public var id: ID
  public var name: String
  public var team: Team.ID
  public var role: Role
  public var employment: Employment
  /// Full-time equivalent, 0.1 to 1.0.
  public var fte: Double
  public var started: Day
  /// Agency contract end or end of notice.
  public var leaving: Day?
  public var absences: [Absence]
  /// Capacity in weight points; overrides the FTE-based capacity when set.
  public var cap: Double?

  public init(
    id: ID, name: String, team: Team.ID, role: Role, employment: Employment, fte: Double = 1,
    started: Day, leaving: Day? = nil, absences: [Absence] = [], cap: Double? = nil
  ) {
    self.id = id
    self.name = name
    self.team = team
    self.role = role
    self.employment = employment
    self.fte = fte
    self.started = started
    self.leaving = leaving
    self.absences = absences
    self.cap = cap
  }

  public func absence(on day: Day) -> Absence? { absences.first { $0.covers(day) } }

  public func hasLeft(on day: Day) -> Bool { leaving.map { $0 < day } ?? false }

  enum CodingKeys: String, CodingKey {
    case id, name, team, role, employment, fte, started, leaving, absences, cap
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(ID.self, forKey: .id)
    name = try c.decode(String.self, forKey: .name)
    team = try c.decode(Team.ID.self, forKey: .team)
    role = try c.decode(Role.self, forKey: .role)
    employment = try c.decode(Employment.self, forKey: .employment)
    fte = try c.decodeIfPresent(Double.self, forKey: .fte) ?? 1
    started = try c.decode(Day.self, forKey: .started)
    leaving = try c.decodeIfPresent(Day.self, forKey: .leaving)
    absences = try c.decodeIfPresent([Absence].self, forKey: .absences) ?? []
    cap = try c.decodeIfPresent(Double.self, forKey: .cap)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(name, forKey: .name)
    try c.encode(team, forKey: .team)
    try c.encode(role, forKey: .role)
    try c.encode(employment, forKey: .employment)
    try c.encode(fte, forKey: .fte)
    try c.encode(started, forKey: .started)
    try c.encodeIfPresent(leaving, forKey: .leaving)
    if !absences.isEmpty { try c.encode(absences, forKey: .absences) }
    try c.encodeIfPresent(cap, forKey: .cap)
  }
}
