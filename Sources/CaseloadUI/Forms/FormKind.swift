import CaseloadCore

/// Which record form is open, and for what (SPEC 1.5): each is one recorded change.
public enum FormKind: Hashable, Sendable {
  case newTeam
  case newWorker(Team.ID)
  case workerDetails(Worker.ID)
  case absence(Worker.ID)
  /// A referral arriving in a team.
  case newCase(Team.ID)
  case visit(Case.ID)
  case category(Case.ID)
  case closure(Case.ID)
  case transfer(Case.ID)

  public var title: String {
    switch self {
    case .newTeam: return "New team"
    case .newWorker: return "New worker"
    case .workerDetails: return "Worker details"
    case .absence: return "Leave"
    case .newCase: return "New case"
    case .visit: return "Visit"
    case .category: return "Category"
    case .closure: return "Close case"
    case .transfer: return "Transfer"
    }
  }

  /// The name its draft is kept under, and the team, worker or case it is for.
  var draftName: String {
    switch self {
    case .newTeam: return "team-add"
    case .newWorker: return "worker-add"
    case .workerDetails: return "worker-set"
    case .absence: return "absence"
    case .newCase: return "case-add"
    case .visit: return "visit"
    case .category: return "category"
    case .closure: return "close"
    case .transfer: return "transfer"
    }
  }

  var subject: String {
    switch self {
    case .newTeam: return ""
    case .newWorker(let team), .newCase(let team): return team.rawValue
    case .workerDetails(let worker), .absence(let worker): return worker.rawValue
    case .visit(let id), .category(let id), .closure(let id), .transfer(let id): return id.rawValue
    }
  }

  public var draftTarget: Draft.Target { .form(draftName, subject: subject) }

  /// The form a kept draft belongs to.
  init?(_ target: Draft.Target) {
    guard case .form(let name, let subject) = target else { return nil }
    switch name {
    case "team-add": self = .newTeam
    case "worker-add": self = .newWorker(Team.ID(rawValue: subject))
    case "worker-set": self = .workerDetails(Worker.ID(rawValue: subject))
    case "absence": self = .absence(Worker.ID(rawValue: subject))
    case "case-add": self = .newCase(Team.ID(rawValue: subject))
    case "visit": self = .visit(Case.ID(rawValue: subject))
    case "category": self = .category(Case.ID(rawValue: subject))
    case "close": self = .closure(Case.ID(rawValue: subject))
    case "transfer": self = .transfer(Case.ID(rawValue: subject))
    default: return nil
    }
  }

  /// The line at the top of the form: what it records, for whom.
  func heading(_ context: ScreenContext) -> String {
    let caseload = context.caseload
    func worker(_ id: Worker.ID) -> String { caseload.worker(id)?.name ?? id.rawValue }
    func child(_ id: Case.ID) -> String {
      "\(id) \(caseload.case(id)?.childName ?? "")".trimmingCharacters(in: .whitespaces)
    }
    func team(_ id: Team.ID) -> String { caseload.team(id)?.name ?? id.rawValue }
    switch self {
    case .newTeam: return "A new team in this store"
    case .newWorker(let id): return "A new worker in \(team(id))"
    case .workerDetails(let id): return "The details of \(worker(id))"
    case .absence(let id): return "Leave or absence for \(worker(id))"
    case .newCase(let id): return "A new referral for \(team(id))"
    case .visit(let id): return "A statutory visit to \(child(id))"
    case .category(let id): return "The category of \(child(id))"
    case .closure(let id): return "Closing the case of \(child(id))"
    case .transfer(let id): return "Transferring \(child(id)) to another team"
    }
  }

  /// Whether the team, worker or case the form is for is still in the store.
  func exists(in caseload: Caseload) -> Bool {
    switch self {
    case .newTeam: return true
    case .newWorker(let id), .newCase(let id): return caseload.team(id) != nil
    case .workerDetails(let id), .absence(let id): return caseload.worker(id) != nil
    case .visit(let id), .category(let id), .closure(let id), .transfer(let id):
      return caseload.case(id) != nil
    }
  }
}
