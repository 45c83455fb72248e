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
        unallocated 7 | visits overdue 21 | supervision overdue 3
         Worker            Badges             Cases Load             Overdue Supervised
        >Aisha Siddiqui                          15 [######..]  75%        2 2026-10-30
         Bartłomiej Nowak  AGY LEAVING 30 Nov    17 [#######.]  92%!       1 2026-11-17
         Chidi Okonkwo                           27 [#######>] 112%!       4 2026-11-11
         Dóra Szabó        AGY                   14 [######..]  78%        3 2026-11-13
         Ffion Pritchard   LEAVE to 3 Dec        16 [######..]  75%        6 2026-10-07!
         Gráinne Brennan   0.6 FTE               12 [#######.]  92%!       2 2026-10-28
         Ifeoma Nwosu      ASYE                  10 [###.....]  42%        - 2026-11-17
         Kwame Asante      AGY                   19 [#######>] 105%!       4 2026-10-16!
         Nguyễn Thị Lan                          18 [#######.]  94%!       2 2026-11-06
         Siobhán Gallagher                       20 [#######.]  98%!       3 2026-11-13
         Zoë Harrington    AGY                   28 [#######>] 130%!       8 2026-10-13!
         Łukasz Wiśniewski AGY                   26 [#######>] 116%!       8 2026-11-03
          Cases of Aisha Siddiqui (15)
         C529228  Hanna Krawczyk                  CP          visit 2026-11-27
         C807716  Tyler Barker                    CP          visit 2026-11-27
         C115088  Saoirse Byrne                   CP          visit 2026-11-30
         C693075  Emeka Eze                       CIN         visit 2026-11-30
         C115089  Ciarán Byrne                    CP          visit 2026-12-01

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
        unallocated 7 | visits overdue 21 | supervision overdue 3
         Worker            Badges             Cases Load             Overdue Supervised
         Aisha Siddiqui                          15 [######..]  75%        2 2026-10-30
         Bartłomiej Nowak  AGY LEAVING 30 Nov    17 [#######.]  92%!       1 2026-11-17
        >Chidi Okonkwo                           27 [#######>] 112%!       4 2026-11-11
         Dóra Szabó        AGY                   14 [######..]  78%        3 2026-11-13
         Ffion Pritchard   LEAVE to 3 Dec        16 [######..]  75%        6 2026-10-07!
         Gráinne Brennan   0.6 FTE               12 [#######.]  92%!       2 2026-10-28
         Ifeoma Nwosu      ASYE                  10 [###.....]  42%        - 2026-11-17
         Kwame Asante      AGY                   19 [#######>] 105%!       4 2026-10-16!
         Nguyễn Thị Lan                          18 [#######.]  94%!       2 2026-11-06
         Siobhán Gallagher                       20 [#######.]  98%!       3 2026-11-13
         Zoë Harrington    AGY                   28 [#######>] 130%!       8 2026-10-13!
         Łukasz Wiśniewski AGY                   26 [#######>] 116%!       8 2026-11-03
          Cases of Chidi Okonkwo (27)
         C301974  Ruby Barker                     CIN         visit 2026-11-09 OVERDUE
         C262181  Haoran Li                       CP          visit 2026-11-27
         C360742  Chiamaka Oladipo                CIN         visit 2026-11-27
         C840279  Tobi Adeyemi                    CP          visit 2026-11-27
         C360741  Temi Oladipo                    CIN         visit 2026-11-28

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
        27 cases  [#####################>] 112%!  supervised 2026-11-11, next 2026-12-11

         Case    Child           Type   Since      Visited    Due         SW Oversight
        >C301974 Ruby Barker     CIN    2026-05-24 2026-10-12 2026-11-09!  3 2026-10-26
         C262181 Haoran Li       CP     2026-11-12 2026-11-14 2026-11-27   2 2026-11-20
         C360742 Chiamaka Oladi~ CIN    2025-12-07 2026-10-30 2026-11-27   2 2026-11-20
         C840279 Tobi Adeyemi    CP     2026-09-29 2026-11-14 2026-11-27   2 2026-11-02
         C360741 Temi Oladipo    CIN    2025-12-07 2026-10-31 2026-11-28   2 2026-11-20
         C830507 Emeka Chukwu    CIN    2026-02-21 2026-10-31 2026-11-28   2 2026-11-05
         C423363 Andre Grant     CP     2025-07-27 2026-11-16 2026-11-30   1 2026-10-29
         C495455 Logan Bennett   CIN    2026-09-30 2026-11-02 2026-11-30   2 2026-09-14!
         C237813 Riley Harris    CP     2025-02-07 2026-11-17 2026-12-01   1 2026-11-20
         C423362 Jada Grant      CP     2025-07-27 2026-11-17 2026-12-01   1 2026-11-11
         C840280 Chiamaka Adeye~ CP     2026-09-29 2026-11-17 2026-12-01   2 2026-11-11
         C530618 Logan Whitaker  CP     2026-02-21 2026-11-19 2026-12-03   2 2026-11-20
        Open actions (2)
        2026-03-25! C423077 Write up the last visit
        2026-12-05  C840280 Arrange a family group conference

        Supervision: 2026-11-11, 2026-10-09, 2026-09-11, 2026-08-14

        j/k move  Enter open  Space mark  r reassign  n note  Esc back  ? help  q quit
        """#)
  }

  @Test("Tab then Enter opens the selected case: details, siblings, history, records newest first")
  func screen3() {
    var d = Driver.demo()
    d.press(.tab, .enter)
    #expect(
      d.text == #"""
        caseload | Child in Need and Protection 1 -> Case C52~ Mon 2026-11-23  pm.hughes
          Hanna Krawczyk, 5, born 2021-09-15  CP
          Worker: Aisha Siddiqui   Opened 2026-03-02
          Last visit 2026-11-15   Due 2026-11-27
          Social workers in 12 months: 3
          Allocation history
            2026-07-17 to now  Aisha Siddiqui  (Change of worker at family's request; by
            pm.hughes)
            2026-04-04 to 2026-07-17  Kwame Asante  (Initial child protection
            conference: plan made; by pm.hughes)
            2026-03-02 to 2026-04-04  Yasmin Chowdhury  (Referral accepted for
            assessment; by pm.adeyemi)
          Oversight and supervision, newest first
        > Oversight note by pm.hughes, 2026-11-02
              Discussed with Aisha. Hanna seen alone at the last visit; home conditions
              better than last month.
              Decision: Consider step down to child in need at the review conference.
          Oversight note by pm.hughes, 2026-10-14
              Missed visit last week (family out). Aisha went back unannounced and saw
              Hanna.
              Decision: Recommend to conference that the plan continues; risk not yet
              reduced.

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
    d.press(.tab, .char("r"), .enter)
    d.type("Balancing")
    d.press(.enter, .char("y"))
    #expect(d.store.entries.count == 1)
    #expect(
      d.text == #"""
        caseload | Child in Need and Protection 1              Mon 2026-11-23  pm.hughes
        Workers 12 | agency 5 (42%) | open cases 229 | caseloads avg 18.5 (11-28)
        unallocated 7 | visits overdue 21 | supervision overdue 3
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
        unallocated 7 | visits overdue 21 | supervision overdue 3
         Worker            Badges             Cases Load             Overdue Supervised
        >Aisha Siddiqui                          15 [######..]  75%        2 2026-10-30
         Bartłomiej Nowak  AGY LEAVING 30 Nov    17 [#######.]  92%!       1 2026-11-17
         Chidi Okonkwo                           27 [#######>] 112%!       4 2026-11-11
         Dóra Szabó        AGY                   14 [######..]  78%        3 2026-11-13
         Ffion Pritchard   LEAVE to 3 Dec        16 [######..]  75%        6 2026-10-07!
         Gráinne Brennan   0.6 FTE               12 [#######.]  92%!       2 2026-10-28
         Ifeoma Nwosu      ASYE                  10 [###.....]  42%        - 2026-11-17
         Kwame Asante      AGY                   19 [#######>] 105%!       4 2026-10-16!
         Nguyễn Thị Lan                          18 [#######.]  94%!       2 2026-11-06
         Siobhán Gallagher                       20 [#######.]  98%!       3 2026-11-13
         Zoë Harrington    AGY                   28 [#######>] 130%!       8 2026-10-13!
         Łukasz Wiśniewski AGY                   26 [#######>] 116%!       8 2026-11-03
        -> Cases of Aisha Siddiqui (15)
        >C529228  Hanna Krawczyk                  CP          visit 2026-11-27
         C807716  Tyler Barker                    CP          visit 2026-11-27
         C115088  Saoirse Byrne                   CP          visit 2026-11-30
         C693075  Emeka Eze                       CIN         visit 2026-11-30
         C115089  Ciarán Byrne                    CP          visit 2026-12-01
        Saved: note N-TEST1 on C529228
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
          k Up              move up
          j Down            move down
          PgUp              page up
          PgDn              page down
          Home              first
          End               last
          Tab l Right       next pane
          Shift-Tab h Left  previous pane
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
        unallocated 7 | visits overdue 21 | supervision overdue 3
         Worker            Badges             Cases Load             Overdue Supervised
        >Aisha Siddiqui                          15 [######..]  75%        2 2026-10-30
         Bartłomiej Nowak  AGY LEAVING 30 Nov    17 [#######.]  92%!       1 2026-11-17
         Chidi Okonkwo                           27 [#######>] 112%!       4 2026-11-11
         Dóra Szabó        AGY                   14 [######..]  78%        3 2026-11-13
         Ffion Pritchard   LEAVE to 3 Dec        16 [######..]  75%        6 2026-10-07!
         Gráinne Brennan   0.6 FTE               12 [#######.]  92%!       2 2026-10-28
         Ifeoma Nwosu      ASYE                  10 [###.....]  42%        - 2026-11-17
         Kwame Asante      AGY                   19 [#######>] 105%!       4 2026-10-16!
         Nguyễn Thị Lan                          18 [#######.]  94%!       2 2026-11-06
         Siobhán Gallagher                       20 [#######.]  98%!       3 2026-11-13
         Zoë Harrington    AGY                   28 [#######>] 130%!       8 2026-10-13!
         Łukasz Wiśniewski AGY                   26 [#######>] 116%!       8 2026-11-03
        -> Cases of Aisha Siddiqui (15)
        >C529228  Hanna Krawczyk                  CP          visit 2026-11-27
         C807716  Tyler Barker                    CP          visit 2026-11-27
         C115088  Saoirse Byrne                   CP          visit 2026-11-30
         C693075  Emeka Eze                       CIN         visit 2026-11-30
         C115089  Ciarán Byrne                    CP          visit 2026-12-01
        ! Read-only: reassigning is unavailable (opened with --read-only).
        j/k move  Tab pane  Enter open  Space mark  r reassign  n note  ? help  q quit
        """#)
  }

  @Test("H proposes a handover: a target and a reason per case, read whole at 80 columns")
  func screen11() {
    var d = Driver.demo()
    d.press(.char("H"))
    #expect(
      d.text == #"""
        caseload | Child in Need and Protection 1 -> Handover  Mon 2026-11-23  pm.hughes
        Handover plan for Aisha Siddiqui: 15 cases
         Case     Child            Type   To                Why
        >C807715  Evie Barker      CP     Dóra Szabó        lowest load after move
         C807716  Tyler Barker     CP     Dóra Szabó        lowest load after move
         C807717  Riley Barker     CP     Dóra Szabó        lowest load after move
         C115087  Cian Byrne       CP     Ifeoma Nwosu      ASYE: no one else has room
         C115088  Saoirse Byrne    CP     Ifeoma Nwosu      ASYE: no one else has room
         C115089  Ciarán Byrne     CP     Ifeoma Nwosu      ASYE: no one else has room
         C925542  Chloé Shaw       CIN    Ifeoma Nwosu      lowest load after move
         C925543  Isla Shaw        CIN    Ifeoma Nwosu      lowest load after move
         C925544  Ellie-May Shaw   CIN    Ifeoma Nwosu      lowest load after move
         C415950  Kelechi Eze      CP     Dóra Szabó        lowest load after move
         C529228  Hanna Krawczyk   CP     Ifeoma Nwosu      ASYE: no one else has room
         C680633  Osian Prosser    CP     Ifeoma Nwosu      ASYE: no one else has room
         C458267  Charlie Shaw     CP     Ifeoma Nwosu      ASYE: no one else has room
         C322511  Mason Lister     CIN    Ifeoma Nwosu      lowest load after move
         C693075  Emeka Eze        CIN    Nguyễn Thị Lan    lowest load after move



        Reason: Handover: Aisha Siddiqui

        j/k move  h/l change target  Enter apply  Esc cancel  / search  ? help  q quit
        """#)
    let styled = d.canvas.styledText.split(separator: "\n")
    let asye = styled.filter { $0.contains("C529228") }
    #expect(asye.count == 1 && asye[0].contains("{warn}ASYE: no one else has room"))
    let plain = styled.filter { $0.contains("C807716") }
    #expect(plain.count == 1 && plain[0].contains("{dim}lowest load after move"))
  }

  @Test("a on a record in case detail writes an addendum that names the record it corrects")
  func addendum() {
    var d = Driver.demo()
    d.press(.tab, .enter, .char("a"))
    #expect(
      d.lines[1].hasPrefix("Addendum to the oversight note on C529228 by pm.hughes, 2026-11-02"))
    d.type("The visit was on Tuesday, not Monday.")
    d.press(.ctrl("s"))
    let saved = d.store.caseload.addenda.last
    #expect(saved?.text == "The visit was on Tuesday, not Monday.")
    let newest = d.store.caseload.notes(on: "C529228").max {
      $0.authorship.recorded < $1.authorship.recorded
    }
    #expect(newest?.id == saved?.target, "the record chosen in case detail, newest first")
    #expect(d.text.contains("The visit was on Tuesday, not Monday."), "back on the case, shown")
  }

  @Test("the target list shows the chosen worker's warnings; siblings' alike warnings are one line")
  func reassignSiblings() {
    var d = Driver.demo()
    d.press(.tab, .char("j"), .char("r"))  // Tyler Barker, whose two siblings Aisha also holds
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

  @Test("a note takes several actions: Enter adds one, Backspace takes it back, Ctrl-S saves all")
  func noteActions() {
    var d = Driver.demo()
    d.press(.tab, .char("n"))
    d.type("Core group agreed the plan.")
    d.press(.tab, .tab)  // past the decision to the action line
    d.type("Book the core group")
    d.press(.enter)
    d.type("Visit with the health visitor")
    d.press(.tab, .char(" "))  // the next owner in the list
    d.press(.enter)
    d.type("Chase school report")
    #expect(
      d.text == #"""
        caseload | Child in Need and Protection 1 -> Oversigh~ Mon 2026-11-23  pm.hughes
        Oversight note on C529228 Hanna Krawczyk

        Discussion
        Core group agreed the plan.









        Decision




        1. Book the core group | Aisha Siddiqui | due 2026-12-07
        2. Visit with the health visitor | Bartłomiej Nowak | due 2026-12-07
        Action: Chase school report       Owner: <Bartłomiej Nowak> Due: 2026-12-07

        ^S/F2 save  Tab next field  Enter add action  Esc cancel  F1 help
        """#)
    d.press(.backspace)  // the typed action is not empty: Backspace deletes a character
    #expect(d.text.contains("Action: Chase school repor "))
    d.press(.ctrl("s"))
    let actions = d.store.caseload.notes.last?.note.actions ?? []
    #expect(
      actions.map(\.text) == [
        "Book the core group", "Visit with the health visitor", "Chase school repor",
      ])
    #expect(
      actions.map(\.owner.rawValue) == ["aisha.siddiqui", "bartlomiej.nowak", "bartlomiej.nowak"])
  }

  @Test("Backspace on an empty action line takes the last added action back to edit")
  func takeActionBack() {
    var d = Driver.demo()
    d.press(.tab, .char("n"))
    d.type("Discussed")
    d.press(.tab, .tab)
    d.type("Book the core group")
    d.press(.enter)
    #expect(d.text.contains("1. Book the core group | Aisha Siddiqui | due 2026-12-07"))
    d.press(.backspace)
    #expect(!d.text.contains("1. Book the core group"))
    #expect(d.text.contains("Action: Book the core group"))
    d.press(.tab, .tab)  // to the due date
    d.press(.backspace, .backspace)
    d.type("x")
    d.press(.enter)
    #expect(d.text.contains("The action's due date must be YYYY-MM-DD."))
    #expect(!d.text.contains("1. Book"), "a bad action is not added")
  }

  @Test("between 80 and 120 columns the extra room goes to badges and bars, so dates show whole")
  func board100() {
    var d = Driver.demo(width: 100, height: 30)
    let bart = d.lines.first { $0.contains("Bartłomiej Nowak") } ?? ""
    #expect(bart.contains("AGY LEAVING 2026-11-30"))
    #expect(bart.contains("[#################.]"), "an 18-cell bar, not the 8 of 80 columns")
    d.press(.tab, .char("r"))
    let target = d.lines.first { $0.contains("Bartłomiej Nowak") } ?? ""
    #expect(target.contains("AGY LEAVING 2026-11-30"))
  }

  @Test("the demo board at 120x40")
  func screen10() {
    let d = Driver.demo(width: 120, height: 40)
    #expect(
      d.text == #"""
        caseload | Child in Need and Protection 1                                                      Mon 2026-11-23  pm.hughes
        Workers 12 | agency 5 (42%) | open cases 229 | caseloads avg 18.5 (10-28) | unallocated 7 | visits overdue 21
         Worker                          Badges                         Cases Load                           Overdue Supervised
        >Aisha Siddiqui                                                    15 [#################.....]  75%        2 2026-10-30
         Bartłomiej Nowak                AGY LEAVING 2026-11-30            17 [####################..]  92%!       1 2026-11-17
         Chidi Okonkwo                                                     27 [#####################>] 112%!       4 2026-11-11
         Dóra Szabó                      AGY                               14 [#################.....]  78%        3 2026-11-13
         Ffion Pritchard                 LEAVE to 2026-12-03               16 [#################.....]  75%        6 2026-10-07!
         Gráinne Brennan                 0.6 FTE                           12 [####################..]  92%!       2 2026-10-28
         Ifeoma Nwosu                    ASYE                              10 [#########.............]  42%        - 2026-11-17
         Kwame Asante                    AGY                               19 [#####################>] 105%!       4 2026-10-16!
         Nguyễn Thị Lan                                                    18 [#####################.]  94%!       2 2026-11-06
         Siobhán Gallagher                                                 20 [#####################.]  98%!       3 2026-11-13
         Zoë Harrington                  AGY                               28 [#####################>] 130%!       8 2026-10-13!
         Łukasz Wiśniewski               AGY                               26 [#####################>] 116%!       8 2026-11-03
          Cases of Aisha Siddiqui (15)
         C529228  Hanna Krawczyk                                                          CP          visit 2026-11-27
         C807716  Tyler Barker                                                            CP          visit 2026-11-27
         C115088  Saoirse Byrne                                                           CP          visit 2026-11-30
         C693075  Emeka Eze                                                               CIN         visit 2026-11-30
         C115089  Ciarán Byrne                                                            CP          visit 2026-12-01
         C115087  Cian Byrne                                                              CP          visit 2026-12-02
         C415950  Kelechi Eze                                                             CP          visit 2026-12-03
         C458267  Charlie Shaw                                                            CP          visit 2026-12-04
         C680633  Osian Prosser                                                           CP          visit 2026-12-04
         C807715  Evie Barker                                                             CP          visit 2026-12-04
         C807717  Riley Barker                                                            CP          visit 2026-12-04
         C925544  Ellie-May Shaw                                                          CIN         visit 2026-12-05
         C322511  Mason Lister                                                            CIN         visit 2026-12-18
         C925543  Isla Shaw                                                               CIN         visit 2026-12-18
         C925542  Chloé Shaw                                                              CIN         visit 2026-12-19








        j/k move  Tab pane  Enter open  r reassign  n note  s supervise  H handover  / search  t team  ? help  q quit
        """#)
  }
}
