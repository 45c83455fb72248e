import CaseloadCore
import CaseloadUI
import Testing

/// Whole screens as the user sees them (ASCII glyphs, no colour), driven by keys: search and help.
@Suite("screens as text: search and help")
struct SearchAndHelpTests {
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
          A                 open and overdue actions
          I                 inspection readiness: the team's figures, a row per worker
          e                 keep records current: new worker, leave, case, visit...
          w                 add a worker to the team
          N                 a new referral, allocated or waiting in the queue
          D                 the worker's FTE, role, cap, team and leaving date
          L                 record leave or an absence

        j/k move  Esc/? close  / search  t team  U unallocated  u undo  q quit
        """#)
  }
}
