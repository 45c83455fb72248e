/// Who owns an action: a worker, or a manager (by OS user name) who took it on themselves.
///
/// In JSON a worker-owned action keeps the bare id it always had (`"owner":"aisha.siddiqui"`);
/// a manager-owned one is an object, `"owner":{"manager":"pm.hughes"}`.
public enum ActionOwner: Hashable, Sendable {
  case worker(Worker.ID)
  /// An OS user name, as in a team's `managers`.
  case manager(String)

  /// The worker who owns it; nil when a manager does.
  public var worker: Worker.ID? {
    if case .worker(let id) = self { return id }
    return nil
  }

  /// The manager's user name when a manager owns it.
  public var manager: String? {
    if case .manager(let user) = self { return user }
    return nil
  }

  /// The worker id or the manager's user name, as stored.
  public var id: String {
    switch self {
    case .worker(let id): return id.rawValue
    case .manager(let user): return user
    }
  }

  /// "worker" or "manager", for CSV and JSON listings.
  public var kind: String { worker == nil ? "manager" : "worker" }

  /// What every list shows: the worker's name (their id when no longer in the store), or the
  /// manager's user name marked as such, `pm.hughes (manager)`.
  public func name(in caseload: Caseload) -> String {
    switch self {
    case .worker(let id): return caseload.worker(id)?.name ?? id.rawValue
    case .manager(let user): return "\(user) (manager)"
    }
  }
}

extension ActionOwner: Codable {
  private enum Keys: String, CodingKey { case manager }

  public init(from decoder: any Decoder) throws {
    if let single = try? decoder.singleValueContainer(), let id = try? single.decode(String.self) {
      self = .worker(Worker.ID(rawValue: id))
      return
    }
    let c = try decoder.container(keyedBy: Keys.self)
    self = .manager(try c.decode(String.self, forKey: .manager))
  }

  public func encode(to encoder: any Encoder) throws {
    switch self {
    case .worker(let id):
      var c = encoder.singleValueContainer()
      try c.encode(id)
    case .manager(let user):
      var c = encoder.container(keyedBy: Keys.self)
      try c.encode(user, forKey: .manager)
    }
  }
}
