import CaseloadCore
import CaseloadUI
import Testing

/// Whole screens as the user sees them (ASCII glyphs, no colour), driven by keys: the team board, as the user sees it.
@Suite("screens as text: the team board, as the user sees it")
struct BoardScreenTests {
  @Test("the demo board at 80x24")
  func screen0() {
    let d = Driver.demo()
    #expect(
      d.text == #"""
        caseload | Child in Need and Protection 1              Mon 2026-11-23  pm.hughes
        Workers 12 | agency 5 (42%) | open cases 229 | caseloads avg 18.5 (10-28)
        unallocated 7 | overdue: visits 21, assessments 0, oversight 22, supervision 3
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

        j/k move  Tab pane  Enter open  r reassign  n note  e records  ? help  q quit
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
        unallocated 7 | overdue: visits 21, assessments 0, oversight 22, supervision 3
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

        j/k move  Tab pane  Enter open  r reassign  n note  e records  ? help  q quit
        """#)
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
        Workers 12 | agency 5 (42%) | open cases 229 | caseloads avg 18.5 (10-28) | unallocated 7
        overdue: visits 21, assessments 0, oversight 22, supervision 3
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







        j/k move  Tab pane  Enter open  r reassign  n note  s supervise  H handover  A actions  e records  ? help  q quit
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
        unallocated 7 | overdue: visits 21, assessments 0, oversight 22, supervision 3
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
        j/k move  Tab pane  Enter open  Space mark  A actions  ? help  q quit
        """#)
  }
}

extension BoardScreenTests {
  @Test("from 160 columns the cases sit beside the workers, whose names are not padded out")
  func sideBySide() {
    var d = Driver.demo(width: 160, height: 24)
    d.press(.tab)
    #expect(
      d.text == #"""
        caseload | Child in Need and Protection 1                                                                                              Mon 2026-11-23  pm.hughes
        Workers 12 | agency 5 (42%) | open cases 229 | caseloads avg 18.5 (10-28) | unallocated 7 | overdue: visits 21, assessments 0, oversight 22, supervision 3
         Worker            Badges                    Cases Load                    Overdue Supervised |-> Cases of Aisha Siddiqui (15)
        >Aisha Siddiqui                                 15 [###########....]  75%        2 2026-10-30 |>C529228  Hanna Krawczyk   CP          visit 2026-11-27
         Bartłomiej Nowak  AGY LEAVING 2026-11-30       17 [##############.]  92%!       1 2026-11-17 | C807716  Tyler Barker     CP          visit 2026-11-27
         Chidi Okonkwo                                  27 [##############>] 112%!       4 2026-11-11 | C115088  Saoirse Byrne    CP          visit 2026-11-30
         Dóra Szabó        AGY                          14 [############...]  78%        3 2026-11-13 | C693075  Emeka Eze        CIN         visit 2026-11-30
         Ffion Pritchard   LEAVE to 2026-12-03          16 [###########....]  75%        6 2026-10-07!| C115089  Ciarán Byrne     CP          visit 2026-12-01
         Gráinne Brennan   0.6 FTE                      12 [##############.]  92%!       2 2026-10-28 | C115087  Cian Byrne       CP          visit 2026-12-02
         Ifeoma Nwosu      ASYE                         10 [######.........]  42%        - 2026-11-17 | C415950  Kelechi Eze      CP          visit 2026-12-03
         Kwame Asante      AGY                          19 [##############>] 105%!       4 2026-10-16!| C458267  Charlie Shaw     CP          visit 2026-12-04
         Nguyễn Thị Lan                                 18 [##############.]  94%!       2 2026-11-06 | C680633  Osian Prosser    CP          visit 2026-12-04
         Siobhán Gallagher                              20 [##############.]  98%!       3 2026-11-13 | C807715  Evie Barker      CP          visit 2026-12-04
         Zoë Harrington    AGY                          28 [##############>] 130%!       8 2026-10-13!| C807717  Riley Barker     CP          visit 2026-12-04
         Łukasz Wiśniewski AGY                          26 [##############>] 116%!       8 2026-11-03 | C925544  Ellie-May Shaw   CIN         visit 2026-12-05
                                                                                                      | C322511  Mason Lister     CIN         visit 2026-12-18
                                                                                                      | C925543  Isla Shaw        CIN         visit 2026-12-18
                                                                                                      | C925542  Chloé Shaw       CIN         visit 2026-12-19
                                                                                                      |
                                                                                                      |
                                                                                                      |
                                                                                                      |

        j/k move  Tab pane  Enter open  Space mark  r reassign  n note  s supervise  H handover  A actions  I inspection  e records  / search  t team  ? help  q quit
        """#)
  }

  @Test("the summary never drops a figure, at any width from 80 to 250")
  func summaryAtEveryWidth() {
    let figures = [
      "Workers 12", "agency 5 (42%)", "open cases 229", "caseloads avg 18.5 (10-28)",
      "unallocated 7", "overdue: visits 21", "assessments 0", "oversight 22", "supervision 3",
    ]
    // Whole screens at the widths that used to lose a figure, and either side of each change.
    for width in [80, 99, 100, 115, 119, 120, 125, 135, 159, 160, 200, 250] {
      let d = Driver.demo(width: width, height: 30)
      let text = d.lines.prefix(4).joined(separator: "\n")
      for figure in figures {
        #expect(text.contains(figure), "\(figure) at \(width) columns")
      }
      #expect(d.lines.allSatisfy { $0.displayWidth <= width })
      #expect(d.text.contains("Łukasz Wiśniewski"), "every worker still listed at \(width)")
    }
  }
}
