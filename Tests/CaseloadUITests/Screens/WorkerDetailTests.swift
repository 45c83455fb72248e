import CaseloadCore
import CaseloadUI
import Testing

/// Whole screens as the user sees them (ASCII glyphs, no colour), driven by keys: worker detail.
@Suite("screens as text: worker detail")
struct WorkerDetailTests {
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
         Open actions (2, 1 overdue)
         2026-03-25! C423077 Write up the last visit                  Chidi Okonkwo
         2026-12-05  C840280 Arrange a family group conference        Chidi Okonkwo

         Supervision (15)
         2026-11-11  5 children discussed, 0 actions; by pm.hughes
         2026-10-09  2 children discussed, 0 actions; by pm.hughes

        j/k move  Enter open  r reassign  n note  e records  Esc back  ? help  q quit
        """#)
  }
}
