import CaseloadCore
import Foundation
import Testing

@Suite("Northfield demo: the authority and its records")
struct NorthfieldAuthorityTests {
  let demo = Northfield.demo
  let today = Northfield.today

  @Test("Four teams: front door, child in need and protection, children in care, leaving care")
  func teams() {
    #expect(demo.teams.keys.map(\.rawValue) == ["front-door", "cin-cp-1", "cic", "leaving-care"])
    #expect(demo.team("front-door")?.kind == .frontDoor)
    #expect(demo.team("cic")?.kind == .childrenInCare)
  }

  @Test("About 30 current workers and 450 open cases")
  func size() {
    let current = demo.workers.values.filter { !$0.hasLeft(on: today) }
    #expect((25...35).contains(current.count))
    #expect((400...500).contains(demo.cases.values.filter(\.isOpen).count))
  }

  @Test("The front door's finished assessments are kept, closed, with a closing note")
  func closedAssessments() {
    let closed = demo.cases.values.filter { !$0.isOpen }
    #expect(closed.count >= 100)
    for child in closed {
      #expect(child.category == .assessment)
      #expect(child.worker.flatMap { demo.worker($0)?.team } == "front-door")
      #expect(child.closed.map { child.opened < $0 && $0 < today } == true)
      #expect(
        demo.notes(on: child.id).last?.note.decision.hasPrefix("Close") == true, "\(child.id)")
    }
  }

  @Test("Workers who left stay for the history but hold nothing")
  func formerWorkers() {
    let former = demo.workers.values.filter { $0.hasLeft(on: today) }
    #expect(former.count >= 3)
    #expect(former.allSatisfy { demo.cases(of: $0.id).isEmpty })
    let inHistory = Set(demo.allocations.values.flatMap { $0.compactMap(\.worker) })
    #expect(former.allSatisfy { inHistory.contains($0.id) })
  }

  @Test(
    "Each team's main category dominates it",
    arguments: [
      ("front-door", Case.Category.assessment), ("cic", .childInCare),
      ("leaving-care", .careLeaver),
    ])
  func teamCategories(team: String, category: Case.Category) {
    let cases = demo.workers(in: Team.ID(rawValue: team)).flatMap { demo.cases(of: $0.id) }
    let share = Double(cases.filter { $0.category == category }.count) / Double(cases.count)
    #expect(share >= 0.7)
  }

  @Test("Case ids are C and six digits")
  func caseIDs() {
    #expect(
      demo.cases.keys.allSatisfy { id in
        id.rawValue.count == 7 && id.rawValue.first == "C"
          && id.rawValue.dropFirst().allSatisfy(\.isASCII) && Int(id.rawValue.dropFirst()) != nil
      })
  }

  @Test("Names are diverse, with non-ASCII names among workers and children")
  func names() {
    let workerNames = Set(demo.workers.values.map(\.name))
    for name in [
      "Zoë Harrington", "Siobhán Gallagher", "Łukasz Wiśniewski", "Nguyễn Thị Lan", "陈静",
      "Ifeoma Nwosu", "Gráinne Brennan", "Bartłomiej Nowak", "Dóra Szabó",
    ] {
      #expect(workerNames.contains(name), "\(name)")
    }
    let children = demo.cases.values.map(\.childName)
    #expect(children.filter { !$0.allSatisfy(\.isASCII) }.count >= 20)
    #expect(Set(children).count == children.count)
    #expect(Set(children).isDisjoint(with: workerNames))
  }

  @Test(
    "Every allocation history runs from the day the case opened to its current worker, or to the day it closed"
  )
  func allocationHistories() {
    for child in demo.cases.values {
      let history = demo.history(of: child.id)
      #expect(history.first?.from == child.opened, "\(child.id)")
      #expect(history.last?.to == child.closed, "\(child.id)")
      #expect(history.last?.worker == child.worker, "\(child.id)")
      for (earlier, later) in zip(history, history.dropFirst()) {
        #expect(earlier.to == later.from, "\(child.id)")
        #expect(earlier.from < later.from, "\(child.id)")
      }
    }
  }

  @Test("Nobody holds a case before they started or after they left")
  func allocationsWithinEmployment() {
    for allocation in demo.allocations.values.joined() {
      guard let id = allocation.worker, let worker = demo.worker(id) else { continue }
      #expect(worker.started <= allocation.from, "\(allocation.case) \(id)")
      if let left = worker.leaving {
        #expect((allocation.to ?? today) <= max(left, today), "\(allocation.case) \(id)")
      }
    }
  }

  @Test("Every reference resolves and nothing is dated after today")
  func references() {
    #expect(demo.workers.values.allSatisfy { demo.team($0.team) != nil })
    for child in demo.cases.values {
      #expect(child.worker.map { demo.worker($0) != nil } ?? (child.team != nil), "\(child.id)")
      #expect(child.team.map { demo.team($0) != nil } ?? true)
      #expect(child.birthDate <= child.opened && child.opened <= today, "\(child.id)")
      #expect(child.lastVisit.map { child.opened <= $0 && $0 <= today } ?? true, "\(child.id)")
    }
    #expect(
      demo.allocations.values.joined().allSatisfy { a in
        a.worker.map { demo.worker($0) != nil } ?? true
      })
    #expect(demo.sessions.allSatisfy { $0.date <= today && $0.authorship.recorded.utcDay <= today })
    #expect(demo.notes.allSatisfy { $0.authorship.recorded.utcDay < today })
    #expect(demo.actionsDone.values.allSatisfy { $0.done < today })
  }

  @Test("Caseload.check accepts every record when the store is replayed from scratch")
  func replaysThroughCheck() throws {
    let rebuilt = try replayThroughCheck(demo)
    #expect(rebuilt == demo)
  }

  @Test("Record ids are unique across sessions, notes, actions and addenda")
  func recordIDs() {
    let ids =
      demo.sessions.map(\.id) + demo.notes.map(\.id) + demo.addenda.map(\.id)
      + demo.actions.map(\.action.id)
    #expect(Set(ids).count == ids.count)
    #expect(demo.recordIDs == Set(ids))
  }

  @Test("Supervision: most workers seen within the month, each session with case entries")
  func supervision() {
    let current = demo.workers.values.filter { !$0.hasLeft(on: today) }
    let seen = current.filter { worker in
      demo.sessions(with: worker.id).last.map { $0.date.adding(months: 1) >= today } ?? false
    }
    #expect(Double(seen.count) / Double(current.count) >= 0.85)
    let sessions = demo.sessions.filter { $0.date > today.adding(days: -90) }
    #expect(sessions.allSatisfy { !$0.entries.isEmpty && $0.attendees.count == 2 })
  }

  @Test("Oversight notes: several per case, short and plain; a few open actions; addenda")
  func oversight() {
    let open = demo.cases.values.filter(\.isOpen)
    #expect(Double(demo.notes.count) / Double(open.count) >= 3)
    let established = open.filter { $0.opened < today.adding(days: -120) }
    #expect(established.allSatisfy { demo.notes(on: $0.id).count >= 2 })
    #expect(demo.notes.allSatisfy { $0.note.discussion.count <= 160 })
    let openActions = demo.actions.filter { !demo.isDone($0.action.id) }
    #expect((3...40).contains(openActions.count))
    #expect(openActions.contains { $0.action.due < today })
    #expect((1...2).contains(demo.addenda.count))
  }

  @Test("The bank holidays given are the store's settings, and the rest are the defaults")
  func settings() {
    #expect(demo.settings.bankHolidays == Northfield.holidays)
    #expect(!Northfield.holidays.isEmpty)
    var expected = Settings.defaults
    expected.bankHolidays = Northfield.holidays
    #expect(demo.settings == expected)
  }

  @Test("The same day always gives the same store")
  func deterministic() {
    #expect(NorthfieldDemo.make(today: today, bankHolidays: Northfield.holidays) == demo)
  }

  @Test("Built for another day, the demo tells the same story with dates moved")
  func relativeToToday() throws {
    let later = try #require(Day(year: 2027, month: 3, day: 8))
    let moved = NorthfieldDemo.make(today: later, bankHolidays: [])
    #expect(moved.workers.values.map(\.name) == demo.workers.values.map(\.name))
    #expect(moved.cases.values.map(\.childName) == demo.cases.values.map(\.childName))
    let shift = today.days(until: later)
    #expect(
      moved.cases.values.map(\.opened) == demo.cases.values.map { $0.opened.adding(days: shift) })
    let counts = { (store: Caseload) in store.workers.keys.map { store.cases(of: $0).count } }
    #expect(counts(moved) == counts(demo))
    let leaving = moved.workers.values.filter { $0.leaving == Day(year: 2027, month: 3, day: 31) }
    #expect(leaving.map(\.name) == ["Bartłomiej Nowak"])
  }
}
