import CaseloadCore
import Foundation

/// The sample files in `Data/import`, small tables written in a test, and a store to import into.
enum ImportFixture {
  static let today = day("2026-11-23")
  static let now = Timestamp(seconds: today.ordinal * 86_400 + 10 * 3600)

  static let dataDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Data/import").path

  /// A store with one empty team, as after `caseload init` and `caseload team add`.
  static var store: Caseload {
    var caseload = Caseload()
    caseload.insert(
      Team(
        id: "riverside", name: "Riverside CIN/CP", kind: .childInNeedAndProtection, managers: ["tm"]
      ))
    return caseload
  }

  static func sample(_ name: String) throws -> CSVTable {
    try CSVTable.read(path: dataDirectory + "/" + name, name: name)
  }

  static func table(_ name: String, _ text: String) throws -> CSVTable {
    try CSVTable.parse(Array(text.utf8), file: name)
  }

  static func plan(
    workers: String? = nil, cases: String? = nil, into caseload: Caseload = store,
    team: Team.ID? = nil, map: [String: String] = [:]
  ) throws -> ImportPlan {
    try Importer.plan(
      workers: try workers.map { try table("workers.csv", $0) },
      cases: try cases.map { try table("cases.csv", $0) }, into: caseload, team: team, map: map,
      today: today)
  }

  /// The problem lines an import is refused with (none when it is not).
  static func problems(
    workers: String? = nil, cases: String? = nil, into caseload: Caseload = store,
    team: Team.ID? = nil, map: [String: String] = [:]
  ) throws -> [String] {
    do {
      _ = try plan(workers: workers, cases: cases, into: caseload, team: team, map: map)
      return []
    } catch let failure as ImportFailure {
      return failure.problems.map(\.description)
    }
  }

  /// The state after committing a change as sequence `sequence`.
  static func applying(_ change: Change, to caseload: Caseload, sequence: Int = 2) throws
    -> (Caseload, JournalEntry)
  {
    var result = caseload
    let entry = JournalEntry(sequence: sequence, at: now, by: "tm", change: change)
    try result.apply(entry)
    return (result, entry)
  }

  static let workers = """
    Social Worker,Email,Job Title,Agency?,FTE,Start Date,Contract End
    Amara Okafor,amara.okafor@riverside.example,Social Worker,No,1,17/10/2016,
    Łukasz Wiśniewski,lukasz.wisniewski@riverside.example,Social Worker,Yes,100%,12 Jan 2026,31/12/2026

    """

  static let cases = """
    Mosaic ID,Child's Name,DOB,Sibling Group,Legal Status,Allocated Date,Allocated Worker,Last Seen
    M1,Ava Brown,01/02/2015,SG1,CIN,01/06/2026,Amara Okafor,10/11/2026
    M2,Ben Brown,3 Mar 2017,SG1,CIN,01/06/2026,Amara Okafor,10/11/2026
    M3,Cai Ní Bhriain,2019-08-30,,CP,1/9/26,Łukasz Wiśniewski,18/11/2026
    M4,Dana Haddad,5/11/12,,C&F,02/11/2026,,

    """
}
