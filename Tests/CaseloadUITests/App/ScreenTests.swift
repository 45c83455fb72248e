import CaseloadCore
import CaseloadUI
import Testing

/// Whole screens, as the user sees them (ASCII glyphs, no colour), driven by keys through `update`.
@Suite("screens as text")
struct ScreenTests {
  @Test("the demo board at 80x24")
  func screen0() {
    let d = Driver.demo()
    #expect(
      d.text == #"""
        caseload | Child in Need and Protection 1              Mon 2026-11-23  pm.hughes
        Workers 12 | agency 5 (42%) | open cases 229 | caseloads avg 18.5 (10-28)
        unallocated 7 | visits overdue 15 | supervision overdue 3
         Worker            Badges             Cases Load             Overdue Supervised
        >Aisha Siddiqui                          15 [#######.]  92%!       - 2026-10-30
         Bartłomiej Nowak  AGY LEAVING 30 Nov    17 [#######.]  82%        2 2026-11-17
         Chidi Okonkwo                           27 [#######>] 125%!       3 2026-11-11
         Dóra Szabó        AGY                   14 [######..]  70%        3 2026-11-13
         Ffion Pritchard   LEAVE to 3 Dec        16 [######..]  73%        6 2026-10-07!
         Gráinne Brennan   0.6 FTE               12 [#######.]  92%!       2 2026-10-28
         Ifeoma Nwosu      ASYE                  10 [####....]  44%        - 2026-11-17
         Kwame Asante      AGY                   19 [######..]  80%        4 2026-10-16!
         Nguyễn Thị Lan                          18 [#######.]  83%        4 2026-11-06
         Siobhán Gallagher                       20 [#######>] 107%!       1 2026-11-13
         Zoë Harrington    AGY                   28 [#######>] 138%!       2 2026-10-13!
         Łukasz Wiśniewski AGY                   26 [#######>] 137%!       6 2026-11-03
          Cases of Aisha Siddiqui (15)
         C891949  Oliver Bennett                  CIN         visit 2026-11-25
         C309380  Kemar Grant                     Court       visit 2026-11-27
         C559002  Lily Wójcik                     CP          visit 2026-11-27
         C344110  Seren Prosser                   CIN         visit 2026-11-28
         C456493  Kemar Francis                   CP          visit 2026-11-30

        j/k move  Tab pane  Enter open  r reassign  n note  s supervise  ? help  q quit
        """#)
  }

  @Test("j/k move the selection and the cases pane follows the selected worker")
  func screen1() {
    var d = Driver.demo()
    d.press(.down, .down)
    #expect(
      d.text == #"""
        caseload | Child in Need and Protection 1              Mon 2026-11-23  pm.hughes
        Workers 12 | agency 5 (42%) | open cases 229 | caseloads avg 18.5 (10-28)
        unallocated 7 | visits overdue 15 | supervision overdue 3
         Worker            Badges             Cases Load             Overdue Supervised
         Aisha Siddiqui                          15 [#######.]  92%!       - 2026-10-30
         Bartłomiej Nowak  AGY LEAVING 30 Nov    17 [#######.]  82%        2 2026-11-17
        >Chidi Okonkwo                           27 [#######>] 125%!       3 2026-11-11
         Dóra Szabó        AGY                   14 [######..]  70%        3 2026-11-13
         Ffion Pritchard   LEAVE to 3 Dec        16 [######..]  73%        6 2026-10-07!
         Gráinne Brennan   0.6 FTE               12 [#######.]  92%!       2 2026-10-28
         Ifeoma Nwosu      ASYE                  10 [####....]  44%        - 2026-11-17
         Kwame Asante      AGY                   19 [######..]  80%        4 2026-10-16!
         Nguyễn Thị Lan                          18 [#######.]  83%        4 2026-11-06
         Siobhán Gallagher                       20 [#######>] 107%!       1 2026-11-13
         Zoë Harrington    AGY                   28 [#######>] 138%!       2 2026-10-13!
         Łukasz Wiśniewski AGY                   26 [#######>] 137%!       6 2026-11-03
          Cases of Chidi Okonkwo (27)
         C701010  Sagal Hassan                    CIN         visit 2026-11-19 OVERDUE
         C471051  Hamdi Jama                      CIN         visit 2026-11-26
         C692390  Maryam Hussain                  Court       visit 2026-11-27
         C146568  Kemar Reid                      CIN         visit 2026-11-29
         C589049  Lê Khánh Linh                   CIN         visit 2026-11-29

        j/k move  Tab pane  Enter open  r reassign  n note  s supervise  ? help  q quit
        """#)
  }

  @Test("Enter opens the selected worker: cases with dates and continuity, actions, supervision")
  func screen2() {
    var d = Driver.demo()
    d.press(.down, .down, .enter)
    #expect(
      d.text == #"""
        caseload | Child in Need and Protection 1 -> Worker    Mon 2026-11-23  pm.hughes
        Chidi Okonkwo  Social worker, permanent
        27 cases  [#####################>] 125%!  supervised 2026-11-11, next 2026-12-11

         Case    Child            Type   Since      Visited    Due         SW Oversight
        >C701010 Sagal Hassan     CIN    2026-09-17 2026-10-22 2026-11-19!  4 2026-10-28
         C471051 Hamdi Jama       CIN    2026-05-24 2026-10-29 2026-11-26   4 2026-08-2~
         C692390 Maryam Hussain   Court  2025-12-17 2026-11-15 2026-11-27   2 2026-11-12
         C146568 Kemar Reid       CIN    2025-12-03 2026-11-01 2026-11-29   2 2026-11-06
         C589049 Lê Khánh Linh    CIN    2026-10-30 2026-11-01 2026-11-29   3 2026-10-16
         C369810 Kemar Beckford   Court  2026-10-16 2026-11-17 2026-12-01   3 2026-10-2~
         C420169 Amelia Bennett   CP     2026-08-13 2026-11-18 2026-12-02   3 2026-11-03
         C420167 Poppy Bennett    CP     2026-08-13 2026-11-19 2026-12-03   3 2026-11-17
         C573518 Hamza Malik      CP     2026-11-11 2026-11-19 2026-12-03   3 2026-11-02
         C420166 Ellie-May Benne~ CP     2026-08-13 2026-11-22 2026-12-04   3 2026-11-09
         C420168 Evie Bennett     CP     2026-08-13 2026-11-20 2026-12-04   3 2026-11-20
         C692391 Ayaan Hussain    Court  2025-12-17 2026-11-21 2026-12-04   2 2026-11-18
        Open actions (4)
        2026-01-02! C692391 Write up the last visit
        2026-11-22! C701010 Book the core group

        Supervision: 2026-11-11, 2026-10-12, 2026-09-14, 2026-08-13

        j/k move  Enter open  Space mark  r reassign  n note  Esc back  ? help  q quit
        """#)
  }

  @Test("Tab then Enter opens the selected case: details, siblings, history, records newest first")
  func screen3() {
    var d = Driver.demo()
    d.press(.tab, .enter)
    #expect(
      d.text == #"""
        caseload | Child in Need and Protection 1 -> Case C89~ Mon 2026-11-23  pm.hughes
          Oliver Bennett, 13, born 2013-01-26  CIN
          Worker: Aisha Siddiqui   Opened 2025-12-04   Last visit 2026-10-28   Due
          2026-11-25
          Social workers in 12 months: 4
          Allocation history
            2026-07-24 to now  Aisha Siddiqui  (Daniel left; handover; by pm.hughes)
            2026-01-07 to 2026-07-24  Daniel Osei  (Caseload balancing; by pm.hughes)
            2025-12-20 to 2026-01-07  Ffion Pritchard  (Stepped up to child in need; by
            pm.hughes)
            2025-12-04 to 2025-12-20  Tomasz Zieliński  (Referral accepted for
            assessment; by pm.adeyemi)
          Oversight and supervision, newest first
        > Oversight note by pm.hughes, 2026-11-02
              Aisha has done direct work with Oliver about home. Mum asking for help
              with housing.
              Decision: Strategy discussion if school raise further concerns.
          Supervision with Aisha Siddiqui, 2026-10-30
              Attendance better this half term. Mum says the routine is working.
              Decision: Step down to early help if the next review is positive.
          Oversight note by pm.hughes, 2026-09-04
              Oliver going to the youth club; CAMHS referral still waiting.

        j/k move  r reassign  n note  a addendum  Esc back  / search  ? help  q quit
        """#)
  }

  @Test("a reassignment shows before/after bars and the third-worker warning, then asks to confirm")
  func screen4() {
    var d = Driver.demo()
    d.press(.tab, .char("r"), .enter)
    d.type("Balancing")
    d.press(.enter)
    #expect(
      d.text == #"""
        caseload | Child in Need and Protection 1 -> Reassign  Mon 2026-11-23  pm.hughes
        Move Oliver Bennett (C891949)

        From Aisha Siddiqui        15 [##########.]  92%! -> 14 [##########.]  88%!
        To   Ifeoma Nwosu          10 [#####......]  44%  -> 11 [#####......]  49%

        WARNING: C891949 would be on their 5th social worker in 12 months

        Reason (re+ Go ahead despite the warnings? --------------------------+
                  |                                                          |
                  | C891949 would be on their 5th social worker in 12 months |
                  |                                                          |
                  | [y] Move anyway  [n] Go back                             |
                  +----------------------------------------------------------+









        y yes  n/Esc no
        """#)
  }

  @Test("confirming the warning saves the move and the board shows the new loads")
  func screen5() {
    var d = Driver.demo()
    d.press(.tab, .char("r"), .enter)
    d.type("Balancing")
    d.press(.enter, .char("y"))
    #expect(d.store.entries.count == 1)
    #expect(
      d.text == #"""
        caseload | Child in Need and Protection 1              Mon 2026-11-23  pm.hughes
        Workers 12 | agency 5 (42%) | open cases 229 | caseloads avg 18.5 (11-28)
        unallocated 7 | visits overdue 15 | supervision overdue 3
         Worker            Badges             Cases Load             Overdue Supervised
        >Aisha Siddiqui                          14 [#######.]  88%!       - 2026-10-30
         Bartłomiej Nowak  AGY LEAVING 30 Nov    17 [#######.]  82%        2 2026-11-17
         Chidi Okonkwo                           27 [#######>] 125%!       3 2026-11-11
         Dóra Szabó        AGY                   14 [######..]  70%        3 2026-11-13
         Ffion Pritchard   LEAVE to 3 Dec        16 [######..]  73%        6 2026-10-07!
         Gráinne Brennan   0.6 FTE               12 [#######.]  92%!       2 2026-10-28
         Ifeoma Nwosu      ASYE                  11 [####....]  49%        - 2026-11-17
         Kwame Asante      AGY                   19 [######..]  80%        4 2026-10-16!
         Nguyễn Thị Lan                          18 [#######.]  83%        4 2026-11-06
         Siobhán Gallagher                       20 [#######>] 107%!       1 2026-11-13
         Zoë Harrington    AGY                   28 [#######>] 138%!       2 2026-10-13!
         Łukasz Wiśniewski AGY                   26 [#######>] 137%!       6 2026-11-03
        -> Cases of Aisha Siddiqui (14)
        >C309380  Kemar Grant                     Court       visit 2026-11-27
         C559002  Lily Wójcik                     CP          visit 2026-11-27
         C344110  Seren Prosser                   CIN         visit 2026-11-28
         C456493  Kemar Francis                   CP          visit 2026-11-30
         C559296  Keisha Reid                     CP          visit 2026-12-01
        Saved: reassign C891949 aisha.siddiqui->ifeoma.nwosu: Balancing
        j/k move  Tab pane  Enter open  Space mark  r reassign  n note  ? help  q quit
        """#)
  }

  @Test("a note is typed and saved with Ctrl-S")
  func screen6() {
    var d = Driver.demo()
    d.press(.tab, .char("n"))
    d.type("Spoke with Zoë")
    d.press(.ctrl("s"))
    #expect(d.store.caseload.notes.last?.note.discussion == "Spoke with Zoë")
    #expect(
      d.text == #"""
        caseload | Child in Need and Protection 1              Mon 2026-11-23  pm.hughes
        Workers 12 | agency 5 (42%) | open cases 229 | caseloads avg 18.5 (10-28)
        unallocated 7 | visits overdue 15 | supervision overdue 3
         Worker            Badges             Cases Load             Overdue Supervised
        >Aisha Siddiqui                          15 [#######.]  92%!       - 2026-10-30
         Bartłomiej Nowak  AGY LEAVING 30 Nov    17 [#######.]  82%        2 2026-11-17
         Chidi Okonkwo                           27 [#######>] 125%!       3 2026-11-11
         Dóra Szabó        AGY                   14 [######..]  70%        3 2026-11-13
         Ffion Pritchard   LEAVE to 3 Dec        16 [######..]  73%        6 2026-10-07!
         Gráinne Brennan   0.6 FTE               12 [#######.]  92%!       2 2026-10-28
         Ifeoma Nwosu      ASYE                  10 [####....]  44%        - 2026-11-17
         Kwame Asante      AGY                   19 [######..]  80%        4 2026-10-16!
         Nguyễn Thị Lan                          18 [#######.]  83%        4 2026-11-06
         Siobhán Gallagher                       20 [#######>] 107%!       1 2026-11-13
         Zoë Harrington    AGY                   28 [#######>] 138%!       2 2026-10-13!
         Łukasz Wiśniewski AGY                   26 [#######>] 137%!       6 2026-11-03
        -> Cases of Aisha Siddiqui (15)
        >C891949  Oliver Bennett                  CIN         visit 2026-11-25
         C309380  Kemar Grant                     Court       visit 2026-11-27
         C559002  Lily Wójcik                     CP          visit 2026-11-27
         C344110  Seren Prosser                   CIN         visit 2026-11-28
         C456493  Kemar Francis                   CP          visit 2026-11-30
        Saved: note N-TEST1 on C891949
        j/k move  Tab pane  Enter open  Space mark  r reassign  n note  ? help  q quit
        """#)
  }

  @Test("search matches accent-insensitively as you type")
  func screen7() {
    var d = Driver.demo()
    d.press(.char("/"))
    d.type("zoe")
    #expect(
      d.text == #"""
        caseload | Child in Need and Protection 1 -> Search    Mon 2026-11-23  pm.hughes
        Search: zoe
        1 found
         Id       Name                               Type   Worker / team
        >zoe.har~ Zoë Harrington                     worker Child in Need and Protectio~


















        Up/Down move  Enter open  Esc cancel
        """#)
  }

  @Test("? lists every key of the screen and the global keys")
  func screen8() {
    var d = Driver.demo()
    d.press(.char("?"))
    #expect(
      d.text == #"""
        caseload | Child in Need and Protection 1 -> Help      Mon 2026-11-23  pm.hughes
        Keys on Team board
          k Up              up
          j Down            move
          PgUp              page up
          PgDn              page down
          Home              first
          End               last
          Tab l Right       pane
          Shift-Tab h Left  pane
          Enter             open
          r                 reassign
          n                 note
          s                 supervise
          H                 handover
        Keys everywhere (except while typing)
          /                 search
          t                 team
          U                 unallocated
          u                 undo
          ? F1              help
          q Ctrl-C          quit

        j/k move  Esc/? close  / search  t team  U unallocated  u undo  q quit
        """#)
  }

  @Test("read-only refuses reassigning and says why")
  func screen9() {
    var d = Driver.demo(readOnly: true)
    d.press(.tab, .char("r"))
    #expect(d.store.entries.isEmpty)
    #expect(
      d.text == #"""
        caseload | Child in Need and Protection 1   Mon 2026-11-23  pm.hughes  READ-ONLY
        Workers 12 | agency 5 (42%) | open cases 229 | caseloads avg 18.5 (10-28)
        unallocated 7 | visits overdue 15 | supervision overdue 3
         Worker            Badges             Cases Load             Overdue Supervised
        >Aisha Siddiqui                          15 [#######.]  92%!       - 2026-10-30
         Bartłomiej Nowak  AGY LEAVING 30 Nov    17 [#######.]  82%        2 2026-11-17
         Chidi Okonkwo                           27 [#######>] 125%!       3 2026-11-11
         Dóra Szabó        AGY                   14 [######..]  70%        3 2026-11-13
         Ffion Pritchard   LEAVE to 3 Dec        16 [######..]  73%        6 2026-10-07!
         Gráinne Brennan   0.6 FTE               12 [#######.]  92%!       2 2026-10-28
         Ifeoma Nwosu      ASYE                  10 [####....]  44%        - 2026-11-17
         Kwame Asante      AGY                   19 [######..]  80%        4 2026-10-16!
         Nguyễn Thị Lan                          18 [#######.]  83%        4 2026-11-06
         Siobhán Gallagher                       20 [#######>] 107%!       1 2026-11-13
         Zoë Harrington    AGY                   28 [#######>] 138%!       2 2026-10-13!
         Łukasz Wiśniewski AGY                   26 [#######>] 137%!       6 2026-11-03
        -> Cases of Aisha Siddiqui (15)
        >C891949  Oliver Bennett                  CIN         visit 2026-11-25
         C309380  Kemar Grant                     Court       visit 2026-11-27
         C559002  Lily Wójcik                     CP          visit 2026-11-27
         C344110  Seren Prosser                   CIN         visit 2026-11-28
         C456493  Kemar Francis                   CP          visit 2026-11-30
        ! Read-only: reassigning is unavailable (opened with --read-only).
        j/k move  Tab pane  Enter open  Space mark  r reassign  n note  ? help  q quit
        """#)
  }

  @Test("the demo board at 120x40")
  func screen10() {
    let d = Driver.demo(width: 120, height: 40)
    #expect(
      d.text == #"""
        caseload | Child in Need and Protection 1                                                      Mon 2026-11-23  pm.hughes
        Workers 12 | agency 5 (42%) | open cases 229 | caseloads avg 18.5 (10-28) | unallocated 7 | visits overdue 15
         Worker                          Badges                         Cases Load                           Overdue Supervised
        >Aisha Siddiqui                                                    15 [####################..]  92%!       - 2026-10-30
         Bartłomiej Nowak                AGY LEAVING 2026-11-30            17 [##################....]  82%        2 2026-11-17
         Chidi Okonkwo                                                     27 [#####################>] 125%!       3 2026-11-11
         Dóra Szabó                      AGY                               14 [################......]  70%        3 2026-11-13
         Ffion Pritchard                 LEAVE to 2026-12-03               16 [################......]  73%        6 2026-10-07!
         Gráinne Brennan                 0.6 FTE                           12 [####################..]  92%!       2 2026-10-28
         Ifeoma Nwosu                    ASYE                              10 [##########............]  44%        - 2026-11-17
         Kwame Asante                    AGY                               19 [##################....]  80%        4 2026-10-16!
         Nguyễn Thị Lan                                                    18 [##################....]  83%        4 2026-11-06
         Siobhán Gallagher                                                 20 [#####################>] 107%!       1 2026-11-13
         Zoë Harrington                  AGY                               28 [#####################>] 138%!       2 2026-10-13!
         Łukasz Wiśniewski               AGY                               26 [#####################>] 137%!       6 2026-11-03
          Cases of Aisha Siddiqui (15)
         C891949  Oliver Bennett                                                          CIN         visit 2026-11-25
         C309380  Kemar Grant                                                             Court       visit 2026-11-27
         C559002  Lily Wójcik                                                             CP          visit 2026-11-27
         C344110  Seren Prosser                                                           CIN         visit 2026-11-28
         C456493  Kemar Francis                                                           CP          visit 2026-11-30
         C559296  Keisha Reid                                                             CP          visit 2026-12-01
         C630134  Amelia Harris                                                           CP          visit 2026-12-02
         C191846  Rafi Miah                                                               Court       visit 2026-12-03
         C309381  Shanice Grant                                                           Court       visit 2026-12-03
         C522061  Riley Hartley                                                           Court       visit 2026-12-04
         C837365  Abdirahman Jama                                                         CiC         visit 2026-12-05
         C508215  Réka Szabó                                                              CIN         visit 2026-12-09
         C718638  Inaya Hussain                                                           CIN         visit 2026-12-15
         C351335  Kojo Adjei                                                              CIN         visit 2026-12-19
         C718639  Zara Hussain                                                            CIN         visit 2026-12-19








        j/k move  Tab pane  Enter open  r reassign  n note  s supervise  H handover  / search  t team  ? help  q quit
        """#)
  }
}
