import CaseloadCore
import Foundation
import PostgresTestServer

@testable import CaseloadPostgres

/// The store fixture of the file store's tests, for the PostgreSQL store: two teams, three
/// workers, four children, a session, a note and an addendum.
enum Fixture {
  static let today = Day(year: 2026, month: 11, day: 23) ?? Day(ordinal: 0)
  static let by = Authorship(author: "amara", recorded: Timestamp(seconds: 1_795_442_700))

  static func day(_ text: String) -> Day { Day(iso: text) ?? Day(ordinal: 0) }

  static var caseload: Caseload {
    var caseload = Caseload()
    caseload.insert(Team(id: "T1", name: "Front Door", kind: .frontDoor, managers: ["amara"]))
    for (id, name) in [("W1", "Zoë Adams"), ("W2", "Łukasz Nowak"), ("W3", "Siobhán Kelly")] {
      caseload.insert(
        Worker(
          id: Worker.ID(id), name: name, team: "T1", role: .socialWorker,
          employment: .permanent, started: day("2020-01-06")))
    }
    for (index, child) in ["C1", "C2", "C3", "C4"].enumerated() {
      caseload.insert(
        Case(
          id: Case.ID(child), childName: "Child \(index + 1)", birthDate: day("2015-04-02"),
          category: .childInNeed, opened: day("2026-01-10"), worker: "W1"))
      caseload.append(
        Allocation(
          case: Case.ID(child), worker: "W1", from: day("2026-02-01"), reason: "referral",
          by: "amara"))
    }
    return caseload
  }

  static func note(_ id: String, on child: Case.ID = "C1") -> Change {
    .recordNote(
      OversightNote(
        id: RecordID(id),
        note: CaseDiscussion(case: child, discussion: "Discussed \(id).", decision: "Agreed."),
        authorship: by))
  }

  static func move(_ child: Case.ID, from: Worker.ID?, to: Worker.ID?) -> Change {
    .reassign(
      Reassignment(
        moves: [.init(case: child, from: from, to: to)], reason: "balancing loads",
        date: today))
  }

  /// A new database holding the fixture store; its address.
  static func store() throws -> String {
    let address = try TestServer.database()
    try PostgresStore.create(address, environment: TestServer.environment, with: caseload)
    return address
  }

  static func open(
    _ address: String, readOnly: Bool = false, listen: Bool = false, user: String = "amara"
  )
    throws -> PostgresStore
  {
    try PostgresStore.open(
      address, environment: TestServer.environment, readOnly: readOnly, listen: listen, user: user)
  }
}
