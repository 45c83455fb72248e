import CaseloadCore
import CaseloadUI
import Testing

@Suite("editor drafts: kept as you type, offered back, gone once saved or discarded")
struct DraftTests {
  static let earlier = Timestamp(seconds: Driver.now.seconds - 3_600)

  static func leftBehind(_ target: Draft.Target = .oversight("C529228")) -> SavedDraft {
    SavedDraft(
      draft: Draft(
        target: target, author: "pm.hughes", discussion: "Mum agreed to the school meeting.",
        decision: "Stay on CIN", actionText: "Book the meeting",
        actionOwner: .worker("ifeoma.nwosu"),
        actionDue: "2026-12-04",
        actions: [
          Draft.PendingAction(
            text: "Call the school", owner: .worker("dora.szabo"),
            due: Day(year: 2026, month: 12, day: 1) ?? Driver.today)
        ]),
      saved: earlier)
  }

  @Test("every change to the note is kept, and saving the note removes the draft")
  func keptWhileTyping() {
    let drafts = TestDrafts()
    var d = Driver.demo(drafts: drafts)
    d.press(.tab, .char("n"))
    #expect(drafts.all.isEmpty, "an empty editor is not a draft")
    d.type("Spoke")
    #expect(drafts.all.map(\.discussion) == ["Spoke"])
    d.type(" with Zoë")
    d.press(.tab)
    d.type("Step down")
    #expect(drafts.all.map(\.discussion) == ["Spoke with Zoë"])
    #expect(drafts.all.map(\.decision) == ["Step down"])
    d.press(.ctrl("s"))
    #expect(d.store.caseload.notes.last?.note.discussion == "Spoke with Zoë")
    #expect(drafts.all.isEmpty)
  }

  @Test("discarding with Esc removes the draft; quitting with Ctrl-C keeps it")
  func discarded() {
    let drafts = TestDrafts()
    var d = Driver.demo(drafts: drafts)
    d.press(.tab, .char("n"))
    d.type("Not this one")
    d.press(.escape)
    #expect(d.text.contains("Discard this oversight note?"))
    #expect(drafts.all.count == 1, "asking is not yet discarding")
    d.press(.char("y"))
    #expect(drafts.all.isEmpty)

    d.press(.char("n"))
    d.type("Nor this")
    d.press(.escape, .char("n"))  // keep editing
    #expect(drafts.all.count == 1)
    d.press(.ctrl("c"))
    #expect(d.text.contains("It is kept as a"))
    d.press(.char("y"))
    #expect(d.quit)
    #expect(drafts.all.map(\.discussion) == ["Nor this"])
  }

  @Test("a draft left by a dropped session is offered, and comes back with every field")
  func offeredBack() {
    let drafts = TestDrafts([Self.leftBehind()])
    var d = Driver.demo(drafts: drafts)
    #expect(d.text.contains("Unsaved draft"))
    #expect(
      d.text.contains("You did not save the oversight note on C529228 Hanna"))
    d.press(.char("y"))
    #expect(
      d.text == #"""
        caseload | Child in Need and Protection 1 -> Oversigh~ Mon 2026-11-23  pm.hughes
        Oversight note on C529228 Hanna Krawczyk

        Discussion
        Mum agreed to the school meeting.










        Decision
        Stay on CIN



        1. Call the school | Dóra Szabó | due 2026-12-01
        Action: Book the meeting          Owner: <Ifeoma Nwosu> Due: 2026-12-04
        Your unsaved draft from 2026-11-23 09:00 UTC is back.
        ^S/F2 save  Tab next field  Esc cancel  F1 help
        """#)
    d.press(.ctrl("s"))
    let saved = d.store.caseload.notes.last?.note
    #expect(saved?.discussion == "Mum agreed to the school meeting.")
    #expect(saved?.actions.map(\.owner.worker) == ["dora.szabo", "ifeoma.nwosu"])
    #expect(saved?.actions.map(\.due.description) == ["2026-12-01", "2026-12-04"])
    #expect(drafts.all.isEmpty)
  }

  @Test("Later keeps the draft, and it comes back when that note is started again")
  func later() {
    let drafts = TestDrafts([Self.leftBehind()])
    var d = Driver.demo(drafts: drafts)
    d.press(.char("n"))
    #expect(d.text.contains("Draft kept: it comes back next time you open caseload or start"))
    #expect(drafts.all.count == 1)
    d.press(.tab, .char("n"))  // the first case of the first worker: C529228
    #expect(d.text.contains("Mum agreed to the school meeting."))
    #expect(d.text.contains("is back"))
  }

  @Test("read-only says a draft is waiting, and neither opens nor removes it")
  func readOnly() {
    let drafts = TestDrafts([Self.leftBehind()])
    let d = Driver.demo(readOnly: true, drafts: drafts)
    #expect(!d.text.contains("Unsaved draft"))
    #expect(d.text.contains("You have 1 unsaved draft: open without --read-only to finish it."))
    #expect(drafts.all.count == 1)
  }

  @Test("a draft whose case has gone still comes back, with a warning to copy it")
  func targetGone() {
    let drafts = TestDrafts([Self.leftBehind(.oversight("C000000"))])
    var d = Driver.demo(drafts: drafts)
    d.press(.char("y"))
    #expect(d.text.contains("Mum agreed to the school meeting."))
    #expect(d.text.contains("Draft back, but case C000000 is no longer in the store: copy it"))
  }

  @Test("a draft that cannot be written says so, the typing stays, and quitting warns")
  func cannotKeep() {
    let drafts = TestDrafts()
    var d = Driver.demo(drafts: drafts)
    d.press(.tab, .char("n"))
    drafts.failFromNowOn()
    d.type("Still here")
    #expect(
      d.text.contains(
        "Typing not kept (No space left on device): save soon with Ctrl-S."))
    #expect(d.text.contains("Still here"))
    d.press(.ctrl("c"))
    #expect(d.text.contains("Quit and lose it?"), "no promise of a draft that was not kept")
  }

  @Test("an unreadable draft file is reported, not fatal")
  func unreadable() {
    let drafts = TestDrafts(problems: ["/d/session-1.json: at line 1: the text ends too soon"])
    let d = Driver.demo(drafts: drafts)
    #expect(d.text.contains("A draft could not be read and was left in place: /d/session-1"))
    #expect(d.text.contains("Cases of"))
  }
}
