import CaseloadCore
import Foundation
import Testing

/// The demo as the lead will build it, on Monday 23 November 2026.
enum Northfield {
  static let today = Day(year: 2026, month: 11, day: 23) ?? Day(ordinal: 0)
  static let holidays =
    (try? BankHolidayList.load(from: BankHolidayListTests.dataFile)) ?? []
  static let demo = NorthfieldDemo.make(today: today, bankHolidays: holidays)
  static let main = NorthfieldDemo.mainTeam

  static var mainWorkers: [Worker] {
    demo.workers(in: main).filter { !$0.hasLeft(on: today) }
  }

  /// Working days after `from` up to and including `to`, skipping weekends and bank holidays.
  static func workingDays(from: Day, to: Day) -> Int {
    let holidays = Set(self.holidays)
    var count = 0
    var day = from.adding(days: 1)
    while day <= to {
      if !day.isWeekend, !holidays.contains(day) { count += 1 }
      day = day.adding(days: 1)
    }
    return count
  }

  /// Distinct workers who held the case at any time in the 12 months up to today.
  static func workersInLastYear(_ caseID: Case.ID) -> Set<Worker.ID> {
    let windowStart = today.adding(months: -12)
    return Set(
      demo.history(of: caseID).compactMap { allocation in
        (allocation.to ?? today) > windowStart ? allocation.worker : nil
      })
  }
}

@Suite("Northfield demo: the stretched main team")
struct NorthfieldMainTeamTests {
  let demo = Northfield.demo
  let today = Northfield.today
  let workers = Northfield.mainWorkers

  @Test("Twelve current workers, five of them agency (41.7%)")
  func headcountAndAgencyShare() {
    #expect(workers.count == 12)
    #expect(workers.filter { $0.employment == .agency }.count == 5)
  }

  @Test("Average caseload 18.5 (222 cases over 12), the highest 28 and three at 26 to 28")
  func caseCounts() {
    let counts = workers.map { demo.cases(of: $0.id).count }
    #expect(counts.reduce(0, +) == 222)
    #expect(Double(counts.reduce(0, +)) / Double(counts.count) == 18.5)
    #expect(counts.max() == 28)
    #expect(counts.filter { (26...28).contains($0) }.count >= 3)
  }

  @Test("An ASYE who started about four months ago holds fewer cases, and no child protection")
  func asye() throws {
    let asye = try #require(workers.first { $0.role == .asye })
    #expect((110...130).contains(asye.started.days(until: today)))
    let cases = demo.cases(of: asye.id)
    #expect(cases.count < 18)
    #expect(cases.allSatisfy { !$0.category.isHighRisk })
  }

  @Test("One agency worker leaves on the last day of this month, 30 November")
  func leavingAtMonthEnd() {
    let leaving = workers.filter { $0.leaving == Day(year: 2026, month: 11, day: 30) }
    #expect(leaving.count == 1)
    #expect(leaving.first?.employment == .agency)
    #expect(leaving.first.map { demo.cases(of: $0.id).isEmpty } == false)
  }

  @Test("One worker is part-time (0.6) and one is on leave today")
  func partTimeAndLeave() {
    #expect(workers.filter { $0.fte == 0.6 }.count == 1)
    let away = workers.filter { $0.absence(on: today) != nil }
    #expect(away.count == 1)
    #expect(away.first.map { demo.cases(of: $0.id).isEmpty } == false)
  }

  @Test("Unallocated cases queue for the main team, waiting from 3 days to 6 weeks")
  func unallocatedQueue() {
    let queued = demo.unallocatedCases.filter { $0.team == Northfield.main }
    #expect(queued.count >= 5)
    let waits = queued.compactMap { demo.history(of: $0.id).last?.from.days(until: today) }
    #expect(waits.count == queued.count)
    #expect(waits.min() == 3)
    #expect(waits.max() == 42)
    #expect(queued.allSatisfy { demo.history(of: $0.id).last?.worker == nil })
  }

  @Test("A handful of child protection visits are more than 10 working days old")
  func lateVisits() {
    let protection = workers.flatMap { demo.cases(of: $0.id) }.filter {
      $0.category == .childProtection
    }
    let late = protection.filter { child in
      child.lastVisit.map { Northfield.workingDays(from: $0, to: today) > 10 } ?? true
    }
    #expect((3...8).contains(late.count))
  }

  @Test("Two or three workers are overdue for monthly supervision; the ASYE is seen fortnightly")
  func supervisionOverdue() throws {
    let lastSession = Dictionary(
      uniqueKeysWithValues: workers.map { ($0.id, demo.sessions(with: $0.id).last?.date) })
    let overdue = workers.filter { worker in
      guard let last = lastSession[worker.id] ?? nil else { return true }
      return last.adding(months: 1) < today
    }
    #expect((2...3).contains(overdue.count))
    let asye = try #require(workers.first { $0.role == .asye })
    let asyeLast = try #require(lastSession[asye.id] ?? nil)
    #expect(asyeLast.days(until: today) <= 14)
  }

  @Test("Children and young people in the main team are mostly child in need and protection")
  func categories() {
    let cases = workers.flatMap { demo.cases(of: $0.id) }
    let cinAndCP = cases.filter { $0.category == .childInNeed || $0.category == .childProtection }
    #expect(Double(cinAndCP.count) / Double(cases.count) >= 0.75)
  }

  @Test("Sibling groups of 2 to 4, mostly with one worker, one split between two workers")
  func siblingGroups() {
    let cases = workers.flatMap { demo.cases(of: $0.id) }
    let families = Dictionary(grouping: cases.filter { $0.family != nil }, by: \.family)
    let groups = families.values.filter { $0.count >= 2 }
    #expect(groups.count >= 10)
    #expect(groups.allSatisfy { (2...4).contains($0.count) })
    let split = groups.filter { Set($0.map(\.worker)).count > 1 }
    #expect(split.count == 1)
    #expect(split.first.map { Set($0.map(\.worker)).count } == 2)
  }

  @Test("Several children have had three or more social workers in the last 12 months")
  func childrenWithManyWorkers() {
    let cases = workers.flatMap { demo.cases(of: $0.id) }
    let churned = cases.filter { Northfield.workersInLastYear($0.id).count >= 3 }
    #expect(churned.count >= 3)
    // Several, not most: a stretched team, not a broken one.
    #expect(churned.count * 10 <= cases.count * 3)
  }

  @Test("The team is managed by pm.hughes and the demo user")
  func managers() {
    #expect(demo.team(Northfield.main)?.managers == ["pm.hughes", "demo"])
    #expect(demo.team(Northfield.main)?.name == "Child in Need and Protection 1")
  }
}
