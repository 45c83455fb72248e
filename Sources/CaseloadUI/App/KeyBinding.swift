/// What a key asks for, independent of which key it was.
public enum KeyIntent: Hashable, Sendable {
  case up, down, pageUp, pageDown, top, bottom
  case nextPane, previousPane
  case open, back, quit, help, search, switchTeam
  case reassign, mark, supervise, note, addendum, undo, unallocated, handover
  case save, confirm, cancel, toggleSiblings, nextField, previousField
  case nextChoice, previousChoice, chooseUnallocated, addAction, actionDone, actions
  // Keeping records current (SPEC 1.5): `records` opens the menu of the forms below.
  case records, newTeam, newWorker, workerDetails, absence, newCase, visit, category, closeCase
  case transfer, inspection

  /// The keys that open a record form or the menu of them.
  public var isRecord: Bool {
    switch self {
    case .records, .newTeam, .newWorker, .workerDetails, .absence, .newCase, .visit, .category,
      .closeCase, .transfer:
      return true
    default: return false
    }
  }

  /// The list movements every list handles the same way (see `ListPosition.move(_:…)`).
  public var isListMovement: Bool {
    switch self {
    case .up, .down, .pageUp, .pageDown, .top, .bottom: return true
    default: return false
    }
  }
}

/// One entry of a screen's key map: the keys, how the footer and help name them, the intent
/// they give, and whether they work right now. The footer, the help screen and key handling
/// all read the same list, so what the footer shows is exactly what works, and a key that
/// does not work says why in the same words everywhere (lazygit's `GetDisabledReason`).
public struct KeyBinding: Hashable, Sendable {
  /// Why a key does nothing right now.
  public struct Unavailable: Hashable, Sendable {
    public var reason: String
    /// True when it cannot work at all in this session (read-only): the footer leaves it out.
    /// Otherwise it is shown dimmed until something is selected or marked.
    public var forSession: Bool
  }

  public var keys: [Key]
  /// How the keys are written on screen, such as `j/k` or `Enter`.
  public var label: String
  /// What the keys do, in a word or two.
  public var summary: String
  /// What the keys do, as the help screen says it (the footer's word can be shared by a pair).
  public var help: String
  public var intent: KeyIntent
  /// Shown in the footer (all bindings are shown in help).
  public var inFooter: Bool
  /// For a key that changes the store, what it does in a refusal: "reassigning".
  public var activity: String?
  /// Why the key does nothing right now; nil when it works.
  public var unavailable: Unavailable?

  public init(
    _ keys: [Key], _ label: String, _ summary: String, _ intent: KeyIntent, footer: Bool = true,
    help: String? = nil, activity: String? = nil
  ) {
    self.keys = keys
    self.label = label
    self.summary = summary
    self.help = help ?? summary
    self.intent = intent
    inFooter = footer
    self.activity = activity
  }

  /// Higher stays in a narrow footer longer: leaving, saving and quitting first.
  public var footerPriority: Int {
    switch intent {
    case .quit, .save, .confirm, .back, .cancel: return 3
    case .open, .reassign, .note: return 2
    case .down, .up, .records: return 1
    default: return 0
    }
  }

  /// This binding, unavailable with `reason` unless `condition` holds.
  public func when(_ condition: Bool, else reason: @autoclosure () -> String) -> KeyBinding {
    guard !condition, unavailable == nil else { return self }
    var copy = self
    copy.unavailable = Unavailable(reason: reason(), forSession: false)
    return copy
  }

  /// This binding as a read-only session has it: a key that changes the store says so.
  /// This binding, unavailable for `reason` when it changes the store.
  func readOnly(because reason: String) -> KeyBinding {
    guard activity != nil else { return self }
    var copy = self
    copy.unavailable = Unavailable(reason: reason, forSession: true)
    return copy
  }

  func readOnly() -> KeyBinding {
    guard let activity else { return self }
    var copy = self
    copy.unavailable = Unavailable(
      reason: "Read-only: \(activity) is unavailable (opened with --read-only).", forSession: true)
    return copy
  }
}

/// The key maps every screen builds from.
public enum Keymap {
  public static let move = [
    KeyBinding([.char("k"), .up], "k/Up", "up", .up, footer: false, help: "move up"),
    KeyBinding([.char("j"), .down], "j/k", "move", .down, help: "move down"),
    KeyBinding([.pageUp], "PgUp", "page up", .pageUp, footer: false),
    KeyBinding([.pageDown], "PgDn", "page down", .pageDown, footer: false),
    KeyBinding([.home], "Home", "first", .top, footer: false),
    KeyBinding([.end], "End", "last", .bottom, footer: false),
  ]

  /// Up/Down only, for screens where letters are typed into a field.
  public static let arrows = [
    KeyBinding([.up, .ctrl("p")], "Up", "up", .up, footer: false, help: "move up"),
    KeyBinding([.down, .ctrl("n")], "Up/Down", "move", .down, help: "move down"),
    KeyBinding([.pageUp], "PgUp", "page up", .pageUp, footer: false),
    KeyBinding([.pageDown], "PgDn", "page down", .pageDown, footer: false),
  ]

  public static let panes = [
    KeyBinding([.tab, .char("l"), .right], "Tab", "pane", .nextPane, help: "next pane"),
    KeyBinding(
      [.backTab, .char("h"), .left], "h/l", "pane", .previousPane, footer: false,
      help: "previous pane"),
  ]

  public static let open = KeyBinding([.enter], "Enter", "open", .open)
  public static let back = KeyBinding([.escape], "Esc", "back", .back)
  public static let help = KeyBinding([.char("?"), .function(1)], "?", "help", .help)
  public static let quit = KeyBinding([.char("q"), .ctrl("c")], "q", "quit", .quit)
  public static let search = KeyBinding([.char("/")], "/", "search", .search)
  public static let team = KeyBinding([.char("t")], "t", "team", .switchTeam)
  public static let reassign = KeyBinding(
    [.char("r")], "r", "reassign", .reassign, activity: "reassigning")
  public static let mark = KeyBinding([.char(" ")], "Space", "mark", .mark)
  public static let supervise = KeyBinding(
    [.char("s")], "s", "supervise", .supervise, activity: "recording supervision")
  public static let note = KeyBinding(
    [.char("n")], "n", "note", .note, activity: "writing a note")
  public static let addendum = KeyBinding(
    [.char("a")], "a", "addendum", .addendum, activity: "adding an addendum")
  public static let actionDone = KeyBinding(
    [.char("d")], "d", "done", .actionDone, help: "mark the chosen action done",
    activity: "marking an action done")
  public static let actions = KeyBinding(
    [.char("A")], "A", "actions", .actions, help: "open and overdue actions")
  public static let undo = KeyBinding([.char("u")], "u", "undo", .undo, activity: "undo")

  public static let inspection = KeyBinding(
    [.char("I")], "I", "inspection", .inspection,
    help: "inspection readiness: the team's figures, a row per worker")
  public static let records = KeyBinding(
    [.char("e")], "e", "records", .records,
    help: "keep records current: new worker, leave, case, visit...",
    activity: "changing records")
  public static let newTeam = KeyBinding(
    [.char("a")], "a", "add team", .newTeam, help: "add a team", activity: "adding a team")
  public static let newWorker = KeyBinding(
    [.char("w")], "w", "new worker", .newWorker, footer: false, help: "add a worker to the team",
    activity: "adding a worker")
  public static let workerDetails = KeyBinding(
    [.char("D")], "D", "details", .workerDetails, footer: false,
    help: "the worker's FTE, role, cap, team and leaving date", activity: "changing a worker")
  public static let absence = KeyBinding(
    [.char("L")], "L", "leave", .absence, footer: false, help: "record leave or an absence",
    activity: "recording leave")
  public static let newCase = KeyBinding(
    [.char("N")], "N", "new case", .newCase, footer: false,
    help: "a new referral, allocated or waiting in the queue", activity: "adding a case")
  public static let visit = KeyBinding(
    [.char("v")], "v", "visit", .visit, footer: false, help: "record a statutory visit",
    activity: "recording a visit")
  public static let category = KeyBinding(
    [.char("c")], "c", "category", .category, footer: false, help: "change the case's category",
    activity: "changing a category")
  public static let closeCase = KeyBinding(
    [.char("x")], "x", "close", .closeCase, footer: false, help: "close the case",
    activity: "closing a case")
  public static let transfer = KeyBinding(
    [.char("T")], "T", "transfer", .transfer, footer: false,
    help: "transfer the case to another team", activity: "transferring a case")

  /// The record keys for a worker and a case, each unavailable with a reason when there is
  /// no worker or no case chosen; `records` opens the menu of them.
  public static func recordKeys(worker: Bool, case child: Bool, caseHint: String) -> [KeyBinding] {
    let noWorker = "Choose a worker first."
    return [
      records, newWorker, newCase,
      workerDetails.when(worker, else: noWorker), absence.when(worker, else: noWorker),
      visit.when(child, else: caseHint), category.when(child, else: caseHint),
      closeCase.when(child, else: caseHint), transfer.when(child, else: caseHint),
    ]
  }
  public static let unallocated = KeyBinding([.char("U")], "U", "unallocated", .unallocated)
  public static let handover = KeyBinding(
    [.char("H")], "H", "handover", .handover, activity: "a handover")
  public static let save = KeyBinding([.ctrl("s"), .function(2)], "^S/F2", "save", .save)
  public static let cancel = KeyBinding([.escape], "Esc", "cancel", .cancel)

  /// Keys that work on every browsing screen.
  public static let global = [search, team, unallocated, undo, help, quit]

  /// The binding for a key, first match wins.
  public static func binding(for key: Key, in bindings: [KeyBinding]) -> KeyBinding? {
    bindings.first { $0.keys.contains(key) }
  }
}
