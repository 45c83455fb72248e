import CaseloadCore
import CaseloadUI
import Testing

/// Whole screens as the user sees them (ASCII glyphs, no colour), driven by keys: the note editor.
@Suite("screens as text: the note editor")
struct NoteEditorTests {
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
        Saved: note N-TEST1 on C529228
        j/k move  Tab pane  Enter open  r reassign  n note  e records  ? help  q quit
        """#)
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
      actions.map(\.owner.id) == ["aisha.siddiqui", "bartlomiej.nowak", "bartlomiej.nowak"])
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
    #expect(d.text.contains("The action's due date: '2026-12-x' is not a date"))
    #expect(!d.text.contains("1. Book"), "a bad action is not added")
  }
}
