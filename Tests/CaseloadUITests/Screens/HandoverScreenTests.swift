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
}
