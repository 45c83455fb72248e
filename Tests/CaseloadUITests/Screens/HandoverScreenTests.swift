import CaseloadCore
import CaseloadUI
import Testing

/// Whole screens as the user sees them (ASCII glyphs, no colour), driven by keys: the handover plan.
@Suite("screens as text: the handover plan")
struct HandoverScreenTests {
  @Test("H proposes a handover: a target and a reason per case, read whole at 80 columns")
  func screen11() {
    var d = Driver.demo()
    d.press(.char("H"))
    #expect(
      d.text == #"""
        caseload | Child in Need and Protection 1 -> Handover  Mon 2026-11-23  pm.hughes
        Handover plan for Aisha Siddiqui: 15 cases, 6 need your decision
         Worker                            Before                 After the plan
         Aisha Siddiqui                    15 [########...]  75%  6 [####........]  35%
         Dóra Szabó                        14 [#########..]  78%  18 [##########.]  99%!
         Ifeoma Nwosu                      10 [#####......]  42%  15 [#######....]  63%
         Case     Child            Type   To                Warn Why
        >C807715  Evie Barker      CP     Dóra Szabó        -    lowest load after move
         C807716  Tyler Barker     CP     Dóra Szabó        -    lowest load after move
         C807717  Riley Barker     CP     Dóra Szabó        -    lowest load after move
         C115087  Cian Byrne       CP     DECIDE            -    only an ASYE has room
         C115088  Saoirse Byrne    CP     DECIDE            -    only an ASYE has room
         C115089  Ciarán Byrne     CP     DECIDE            -    only an ASYE has room
         C925542  Chloé Shaw       CIN    Ifeoma Nwosu      1!   lowest load after move
         C925543  Isla Shaw        CIN    Ifeoma Nwosu      1!   lowest load after move
         C925544  Ellie-May Shaw   CIN    Ifeoma Nwosu      1!   lowest load after move
         C415950  Kelechi Eze      CP     Dóra Szabó        1!   lowest load after move
         C529228  Hanna Krawczyk   CP     DECIDE            -    only an ASYE has room
         C680633  Osian Prosser    CP     DECIDE            -    only an ASYE has room
        C807715 to Dóra Szabó: no warnings.

        Reason: Handover: Aisha Siddiqui

        j/k move  h/l change target  Enter reason & apply  Esc cancel  ? help  q quit
        """#)
    let styled = d.canvas.styledText.split(separator: "\n")
    let undecided = styled.filter { $0.contains("C529228") }
    #expect(undecided.count == 1 && undecided[0].contains("{over}DECIDE"))
    let plain = styled.filter { $0.contains("C807716") }
    #expect(plain.count == 1 && plain[0].contains("{dim}lowest load after move"))
  }

  /// The demo's leaver: Bartłomiej Nowak, agency, leaving at the end of the month.
  static func leaver() -> Driver {
    var d = Driver.demo(width: 100, height: 40)
    d.press(.down, .char("H"))
    return d
  }

  @Test("the leaver's plan: siblings together, no CP work for an ASYE, every worker's bars")
  func leaversPlan() throws {
    let d = Self.leaver()
    guard case .handover(let screen) = d.state.top else {
      Issue.record("H should open the handover plan")
      return
    }
    let caseload = d.store.caseload
    #expect(d.lines[1].hasPrefix("Handover plan for Bartłomiej Nowak"))
    // Siblings share a target.
    let families = Dictionary(grouping: screen.plan.lines.filter { $0.family != nil }) {
      $0.family
    }
    #expect(families.values.allSatisfy { Set($0.map(\.target)).count == 1 })
    // No ASYE is given child protection or court work by the plan.
    for line in screen.plan.lines {
      guard let target = line.target, let worker = caseload.worker(target),
        let child = caseload.case(line.case)
      else { continue }
      #expect(!(worker.role == .asye && child.category.isHighRisk), "\(line.case)")
    }
    // Every affected worker's bars, before and after, are on screen.
    let review = caseload.rules(today: Driver.today).review(screen.plan)
    #expect(review.loads.count >= 2)
    for change in review.loads {
      let name = caseload.worker(change.worker)?.name ?? ""
      let line = d.lines.first { $0.hasPrefix(" \(name)") && $0.filter { $0 == "%" }.count == 2 }
      #expect(line != nil, "\(name)'s bars")
      #expect(line?.contains("\(change.after.percent)%") == true)
    }
  }

  @Test("changing a line to the ASYE warns at once and moves the bars")
  func changingWarns() throws {
    var d = Driver.demo()
    d.press(.char("H"))
    // The first line is a CP case going to Dóra; next targets in name order reach Ifeoma.
    func ifeomaAfter() -> String? {
      d.lines.first { $0.hasPrefix(" Ifeoma Nwosu") && $0.contains("%") }
    }
    let before = ifeomaAfter()
    var steps = 0
    while d.lines.first(where: { $0.hasPrefix(">C807715") })?.contains("Ifeoma Nwosu") != true,
      steps < 20
    {
      d.press(.char("l"))
      steps += 1
    }
    // The line's warning shows under the plan, and Ifeoma's after-bar takes the family.
    #expect(d.lines[19].contains("C807715"), "\(d.lines[19])")
    #expect((d.lines[19] + " " + d.lines[20]).contains("the new worker is an ASYE"))
    #expect(ifeomaAfter() != before)
    #expect(ifeomaAfter()?.contains(" 18 [") == true, "10 now, 15 by the plan, 18 with the family")
  }

  @Test("Esc on a changed plan asks first; on the plan as proposed it just goes back")
  func escAsks() {
    var d = Driver.demo()
    d.press(.char("H"), .escape)
    #expect(d.lines[0].contains("Handover") == false)
    d.press(.char("H"), .char("l"), .escape)
    #expect(d.text.contains("Discard your changes to this handover plan?"))
    d.press(.char("n"))
    #expect(d.lines[0].contains("Handover"))
  }

  @Test("Enter goes to the reason, visibly; Enter again applies the plan after confirming")
  func applies() {
    var d = Driver.demo()
    d.press(.char("H"), .enter)
    #expect(d.text.contains("Reason (Enter applies): Handover: Aisha Siddiqui"))
    #expect(d.text.contains("Check the reason, then Enter applies the plan"))
    d.press(.enter)
    #expect(d.text.contains("6 cases need your decision and stay with Aisha Siddiqui"))
    d.press(.char("y"))
    #expect(d.store.entries.count == 1)
    #expect(d.text.contains("Cases of Aisha Siddiqui (6)"), "the undecided six stay with her")
  }
}
