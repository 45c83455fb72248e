import CaseloadCore
import CaseloadUI
import Testing

/// Whole screens as the user sees them (ASCII glyphs, no colour), driven by keys: reassigning, from picker to confirm.
@Suite("screens as text: reassigning, from picker to confirm")
struct ReassignScreenTests {
  @Test("a reassignment shows before/after bars and the third-worker warning, then asks to confirm")
  func screen4() {
    var d = Driver.demo()
    d.press(.tab, .char("r"), .home, .enter)
    d.type("Balancing")
    d.press(.enter)
    #expect(
      d.text == #"""
        caseload | Child in Need and Protection 1 -> Reassign  Mon 2026-11-23  pm.hughes
        Move Hanna Krawczyk (C529228)

        From Aisha Siddiqui        15 [########...]  75%  -> 14 [########...]  68%
        To   Ifeoma Nwosu          10 [#####......]  42%  -> 11 [#####......]  50%

        WARNING: C529228 would be on their 4th social worker in 12 months
        WARNING: C+ Go ahead despite the warnings? --------------------------+r is an
        ASYE      |                                                          |
                  | C529228 would be on their 4th social worker in 12 months |
        Reason (re| C529228 is a child protection or court case and the new  |
                  | worker is an ASYE                                        |
                  |                                                          |
                  | [y] Move anyway  [n] Go back                             |
                  +----------------------------------------------------------+








        y yes  n/Esc no
        """#)
  }

  @Test("confirming the warning saves the move and the board shows the new loads")
  func screen5() {
    var d = Driver.demo()
    d.press(.tab, .char("r"), .home, .enter)
    d.type("Balancing")
    d.press(.enter, .char("y"))
    #expect(d.store.entries.count == 1)
    #expect(
      d.text == #"""
        caseload | Child in Need and Protection 1              Mon 2026-11-23  pm.hughes
        Workers 12 | agency 5 (42%) | open cases 229 | caseloads avg 18.5 (11-28)
        unallocated 7 | overdue: visits 21, assessments 0, oversight 22, supervision 3
         Worker            Badges             Cases Load             Overdue Supervised
        >Aisha Siddiqui                          14 [#####...]  68%        2 2026-10-30
         Bartłomiej Nowak  AGY LEAVING 30 Nov    17 [#######.]  92%!       1 2026-11-17
         Chidi Okonkwo                           27 [#######>] 112%!       4 2026-11-11
         Dóra Szabó        AGY                   14 [######..]  78%        3 2026-11-13
         Ffion Pritchard   LEAVE to 3 Dec        16 [######..]  75%        6 2026-10-07!
         Gráinne Brennan   0.6 FTE               12 [#######.]  92%!       2 2026-10-28
         Ifeoma Nwosu      ASYE                  11 [####....]  50%        - 2026-11-17
         Kwame Asante      AGY                   19 [#######>] 105%!       4 2026-10-16!
         Nguyễn Thị Lan                          18 [#######.]  94%!       2 2026-11-06
         Siobhán Gallagher                       20 [#######.]  98%!       3 2026-11-13
         Zoë Harrington    AGY                   28 [#######>] 130%!       8 2026-10-13!
         Łukasz Wiśniewski AGY                   26 [#######>] 116%!       8 2026-11-03
        -> Cases of Aisha Siddiqui (14)
        >C807716  Tyler Barker                    CP          visit 2026-11-27
         C115088  Saoirse Byrne                   CP          visit 2026-11-30
         C693075  Emeka Eze                       CIN         visit 2026-11-30
         C115089  Ciarán Byrne                    CP          visit 2026-12-01
         C115087  Cian Byrne                      CP          visit 2026-12-02
        Saved: reassign C529228 aisha.siddiqui->ifeoma.nwosu: Balancing
        j/k move  Tab pane  Enter open  r reassign  n note  e records  ? help  q quit
        """#)
  }

  @Test("the target list shows the chosen worker's warnings; siblings' alike warnings are one line")
  func reassignSiblings() {
    var d = Driver.demo()
    // Tyler Barker, whose two siblings Aisha also holds, to the lightest worker (the ASYE).
    d.press(.tab, .char("j"), .char("r"), .home)
    #expect(
      d.text == #"""
        caseload | Child in Need and Protection 1 -> Reassign  Mon 2026-11-23  pm.hughes
        Move Tyler Barker (C807716)
        With siblings: Evie Barker (C807715), Riley Barker (C807717)

         Move to           Badges         Before               After                Warn
        >Ifeoma Nwosu      ASYE           10 [####.....]  42%  13 [#####....]  58%  3!
         Ffion Pritchard   LEAVE to 3 Dec 16 [#######..]  75%  19 [########.]  89%! 1!
         Dóra Szabó        AGY            14 [#######..]  78%  17 [########.]  92%!
         Bartłomiej Nowak  AGY LEAVING 3~ 17 [########.]  92%! 20 [########>] 106%! 2!
         Nguyễn Thị Lan                   18 [########.]  94%! 21 [########>] 108%! 1!
         Siobhán Gallagher                20 [########.]  98%! 23 [########>] 112%! 1!
         Gráinne Brennan   0.6 FTE        12 [########.]  92%! 15 [########>] 116%! 1!
         Kwame Asante      AGY            19 [########>] 105%! 22 [########>] 119%! 1!
         Chidi Okonkwo                    27 [########>] 112%! 30 [########>] 126%! 1!
         Łukasz Wiśniewski AGY            26 [########>] 116%! 29 [########>] 131%! 1!
         Zoë Harrington    AGY            28 [########>] 130%! 31 [########>] 144%! 1!
         Leave unallocated

        If moved to Ifeoma Nwosu:
        WARNING: C807716, C807715, C807717 are child protection or court cases and the
        new worker is an ASYE


        j/k move  Enter choose  i siblings  Esc cancel  / search  t team  ? help  q quit
        """#)
    d.press(.enter)
    #expect(
      d.text == #"""
        caseload | Child in Need and Protection 1 -> Reassign  Mon 2026-11-23  pm.hughes
        Move Tyler Barker (C807716)
        With siblings: Evie Barker (C807715), Riley Barker (C807717)

        From Aisha Siddiqui        15 [########...]  75%  -> 12 [#######....]  61%
        To   Ifeoma Nwosu          10 [#####......]  42%  -> 13 [######.....]  58%

        WARNING: C807716, C807715, C807717 are child protection or court cases and the
        new worker is an ASYE

        Reason (required):












        Enter confirm  Esc back
        """#)
    d.type("Keeping the children together")
    d.press(.enter)
    let dialog = d.lines.joined(separator: "\n")
    #expect(dialog.contains("Go ahead despite the warnings?"))
    #expect(dialog.contains("C807716, C807715, C807717 are child"), "one line for the siblings")
  }
}
