import CaseloadCore
import Testing

@testable import CaseloadUI

/// Each screen's key handler driven alone: its own state and a read-only context in, the
/// outcome it asks the app for out. Nothing else can change.
@Suite("screens handle keys alone and return outcomes")
struct ScreenHandlerTests {
  static let caseload = Driver.demoCaseload

  static func context(readOnly: Bool = false, team: Team.ID = "cin-cp-1") -> ScreenContext {
    let now = Driver.now
    let counter = Counter()
    return ScreenContext(
      caseload: caseload,
      app: AppContext(
        user: "pm.hughes", today: Driver.today, readOnly: readOnly, clock: { now },
        newRecordID: { RecordID(rawValue: "\($0)-T\(counter.next())") }),
      teamID: team, layout: Layout(size: Size(width: 80, height: 24)))
  }

  @Test("board: Enter on a worker pushes worker detail; Tab and Enter push the case")
  func board() {
    let context = Self.context()
    var board = BoardScreen()
    guard case .push(.worker(let detail)) = board.perform(.open, context) else {
      Issue.record("Enter should open the worker")
      return
    }
    #expect(detail.worker == "aisha.siddiqui")
    guard case .none = board.perform(.nextPane, context) else {
      Issue.record("Tab changes the pane and asks for nothing")
      return
    }
    guard case .push(.caseDetail(let child)) = board.perform(.open, context) else {
      Issue.record("Enter on a case should open it")
      return
    }
    #expect(child.caseID == "C529228")
  }

  @Test("board: movement pages by the worker rows really on screen")
  func boardPaging() {
    let context = Self.context()
    var board = BoardScreen()
    _ = board.perform(.pageDown, context)
    // 12 workers fit at 80x24, so a page from the first goes to the last.
    #expect(board.workers.selected == 11)
    _ = board.perform(.top, context)
    #expect(board.workers.selected == 0)
  }

  @Test("board: r needs a case, and says so in the footer's own words")
  func boardAvailability() {
    let context = Self.context()
    var board = BoardScreen()
    let reassign = board.bindings(context).first { $0.intent == .reassign }
    #expect(
      reassign?.unavailable?.reason
        == "Choose a case first: Tab to the cases, then r (Space marks several).")
    #expect(reassign?.unavailable?.forSession == false)
    _ = board.perform(.nextPane, context)
    #expect(board.bindings(context).first { $0.intent == .reassign }?.unavailable == nil)
    guard case .push(.reassign(let flow)) = board.perform(.reassign, context) else {
      Issue.record("r on a case should open the picker")
      return
    }
    #expect(flow.cases == ["C529228"])
  }

  @Test("board: marks belong to the worker's list and go when the selection moves")
  func marks() {
    let context = Self.context()
    var board = BoardScreen()
    _ = board.perform(.nextPane, context)
    guard case .notice(let notice) = board.perform(.mark, context) else {
      Issue.record("Space should say how many are marked")
      return
    }
    #expect(notice.text == "1 case marked; r moves them together.")
    _ = board.perform(.down, context)
    _ = board.perform(.mark, context)
    #expect(board.chosenCases(context).count == 2)
    _ = board.perform(.previousPane, context)
    _ = board.perform(.down, context)
    #expect(board.marked.isEmpty, "marks on Aisha's cases must not travel to the next worker")
  }

  @Test("queue: Enter opens the oldest case; r opens the picker on the suggested worker; Esc pops")
  func queue() {
    let context = Self.context()
    var queue = QueueScreen()
    let oldest = queue.items(context).first
    guard case .push(.caseDetail(let detail)) = queue.perform(.open, context) else {
      Issue.record("Enter should open the case")
      return
    }
    #expect(detail.caseID == oldest?.case.id)
    guard case .push(.reassign(let flow)) = queue.perform(.reassign, context) else {
      Issue.record("r should open the picker")
      return
    }
    #expect(flow.cases == [oldest?.case.id].compactMap { $0 })
    #expect(flow.target == oldest?.suggested, "the suggested worker is highlighted first")
    guard case .pop = queue.perform(.back, context) else {
      Issue.record("Esc should go back")
      return
    }
  }

  @Test("team picker: Enter asks the app to switch team; it changes no app state itself")
  func teams() {
    let context = Self.context()
    var picker = TeamPicker(context)
    _ = picker.perform(.down, context)
    guard case .switchTeam(let team) = picker.perform(.open, context) else {
      Issue.record("Enter should switch team")
      return
    }
    #expect(team != "cin-cp-1")
  }

  @Test("note editor: typing is its own; Esc asks first; Ctrl-S asks for a commit of the note")
  func editor() {
    let context = Self.context()
    var editor = NoteEditor(.oversight("C529228"), context)
    guard case .pop = editor.perform(.cancel, context) else {
      Issue.record("Esc on an empty editor closes it")
      return
    }
    for character in "Seen at home" { _ = editor.input(.char(character), context) }
    guard case .ask(let question) = editor.perform(.cancel, context) else {
      Issue.record("Esc with typing must ask first")
      return
    }
    #expect(question.onYes == .discardEdit)
    guard case .commit(.recordNote(let note)) = editor.perform(.save, context) else {
      Issue.record("Ctrl-S should commit the note")
      return
    }
    #expect(note.note.discussion == "Seen at home")
    #expect(note.caseID == "C529228")
  }

  @Test("search: Enter replaces the search with what it found")
  func search() {
    let context = Self.context()
    var search = SearchScreen()
    for character in "zoe" { _ = search.input(.char(character), context) }
    guard case .replace(with: .worker(let detail)) = search.perform(.open, context) else {
      Issue.record("Enter should open the worker found")
      return
    }
    #expect(detail.worker == "zoe.harrington")
  }

  @Test("reassign: a reason is needed; with warnings the confirm asks, and yes commits the move")
  func reassign() throws {
    let context = Self.context()
    var flow = try ReassignFlow(cases: ["C529228"], context)
    _ = flow.perform(.open, context)
    guard case .notice(let refusal) = flow.perform(.confirm, context) else {
      Issue.record("no reason: a notice")
      return
    }
    #expect(refusal.text.hasPrefix("A reassignment needs a reason"))
    for character in "Balancing" { _ = flow.input(.char(character), context) }
    switch flow.perform(.confirm, context) {
    case .ask(let question):
      guard case .commit(.reassign(let move)) = question.onYes else {
        Issue.record("yes should commit the move")
        return
      }
      #expect(move.reason == "Balancing")
    case .commit(.reassign(let move)):
      #expect(move.reason == "Balancing")
    default:
      Issue.record("confirm should commit or ask")
    }
  }

  @Test("read-only: the app makes every editing key unavailable, out of the footer, in help")
  func readOnly() {
    var d = Driver.demo(readOnly: true)
    d.press(.tab)
    let reassign = d.state.bindings.first { $0.intent == .reassign }
    #expect(reassign?.unavailable?.forSession == true)
    #expect(d.lines[23].contains("r reassign") == false)
    d.press(.char("?"))
    #expect(d.text.contains("reassign (unavailable: read-only)"))
  }
}
