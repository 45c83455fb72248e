import CaseloadCore
import Foundation
import Testing

/// The good store every corpus entry damages: the store fixture with one record of every kind
/// and every optional field somewhere (an absence, a cap, a visit interval, a closed case, a
/// session with reviews, actions owned by a worker and by a manager, done and closed actions,
/// a withdrawal, case events of each shape), so each field of each kind can be broken.
enum CorpusStore {
  static var caseload: Caseload {
    var caseload = StoreFixture.caseload
    let day = StoreFixture.day
    let by = StoreFixture.by
    if var w3 = caseload.worker("W3") {
      w3.absences = [
        Worker.Absence(from: day("2026-11-20"), to: day("2026-11-27"), reason: "Leave")
      ]
      caseload.insert(w3)
    }
    if var w2 = caseload.worker("W2") {
      w2.cap = 50
      w2.leaving = day("2027-03-31")
      caseload.insert(w2)
    }
    caseload.insert(
      Case(
        id: "C5", childName: "Eli", birthDate: day("2010-03-03"), category: .careLeaver,
        opened: day("2025-01-01"), team: "T2", lastVisit: day("2026-10-01"),
        visitInterval: .months(3), closed: day("2026-11-01")))
    caseload.append(
      Allocation(
        case: "C5", worker: nil, from: day("2025-01-01"), to: day("2026-11-01"),
        reason: "waiting", by: "bo"))
    caseload.append(
      SupervisionSession(
        id: "S2", worker: "W2", date: day("2026-11-20"), attendees: ["amara"],
        discussion: "Fine.",
        entries: [
          CaseDiscussion(
            case: "C3", discussion: "School.", decision: "Wait.",
            actions: [
              Action(
                id: "A2", text: "Call school", owner: .manager("amara"), due: day("2026-12-01"))
            ])
        ], authorship: by, recordedOn: day("2026-11-23"),
        reviews: [ActionReview(action: "A1", outcome: .done(note: "Booked"))]))
    caseload.append(
      OversightNote(
        id: "N2",
        note: CaseDiscussion(
          case: "C3", discussion: "Met.", decision: "Go on.",
          actions: [Action(id: "A3", text: "Visit", owner: "W2", due: day("2026-12-02"))]),
        authorship: by))
    caseload.append(
      ActionDone(
        action: "A1", done: day("2026-11-20"), authorship: by, note: "Booked", session: "S2",
        recordedOn: day("2026-11-23")))
    caseload.append(
      ActionClosure(
        action: "A3", closed: day("2026-11-22"), reason: "Not needed", authorship: by,
        recordedOn: day("2026-11-23")))
    caseload.append(
      Addendum(id: "D2", target: "N2", text: "Withdrawn.", authorship: by, isWithdrawal: true))
    caseload.append(
      CaseEvent(case: "C1", kind: .visit, date: day("2026-11-20"), seenAlone: true, authorship: by))
    caseload.append(
      CaseEvent(
        case: "C2", kind: .category, date: day("2026-02-01"), reason: "Assessed",
        category: Edit(from: .assessment, to: .childInNeed), authorship: by))
    caseload.append(
      CaseEvent(
        case: "C3", kind: .transferred, date: day("2026-02-01"), reason: "Moved",
        team: Edit(from: "T2", to: "T1"), detail: "moved", authorship: by))
    return caseload
  }

  /// The good snapshot's text, made once.
  static let text: String = {
    guard let temp = try? TemporaryDirectory(), let path = try? temp.makeStore(caseload) else {
      return ""
    }
    return Disk.text(path + "/caseload.json")
  }()
}

@Suite("the corpus store is good")
struct CorpusStoreTests {
  @Test func itPassesCheck() throws {
    let temp = try TemporaryDirectory()
    let path = try temp.makeStore(CorpusStore.caseload)
    #expect(FileStore.check(at: path) == [])
    print(Disk.text(path + "/caseload.json"))
  }
}
