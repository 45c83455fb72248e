import CaseloadCore

/// The whole view-model: a plain value that `update` changes and `render` draws.
public struct AppState: Sendable {
  public internal(set) var caseload: Caseload
  public let context: AppContext
  public internal(set) var teamID: Team.ID
  /// The team board, always at the bottom of the screen stack.
  public internal(set) var board = BoardScreen()
  /// Screens opened above the board, the last on top.
  public internal(set) var stack: [any ScreenModel] = []
  /// The terminal's size, for paging; the runtime sends it as a resize key.
  public internal(set) var size = Size(width: 80, height: 24)
  public internal(set) var notice: Notice?
  /// A question that must be answered before anything else.
  public internal(set) var question: Question?
  /// The last change this session made, which `u` can undo.
  public internal(set) var lastChange: JournalEntry?
  /// A commit has been asked for and its result has not come back.
  public internal(set) var committing = false
  /// Drafts from earlier sessions not yet reopened; each comes back when its editor opens.
  public internal(set) var drafts: [Draft.Target: SavedDraft] = [:]
  /// What this session last wrote to disk for the open editor.
  public internal(set) var keptDraft: Draft?
  /// Typing is being kept in drafts: the runtime has a draft keeper and it has not failed.
  public internal(set) var draftsWork = false

  public init(caseload: Caseload, context: AppContext, team: Team.ID? = nil) {
    self.caseload = caseload
    self.context = context
    let mine = caseload.teams.values.first { $0.managers.contains(context.user) }
    teamID = team ?? mine?.id ?? caseload.teams.keys.first ?? Team.ID(rawValue: "")
  }

  /// The rules for today on the current state.
  public var rules: Rules { caseload.rules(today: context.today) }

  public var team: Team? { caseload.team(teamID) }

  /// The current team's summary (empty when the team has gone).
  public var summary: TeamSummary? { try? rules.summary(of: teamID) }

  /// The screen that gets keys: the top of the stack, else the board.
  public var top: any ScreenModel { stack.last ?? board }
}

/// A modal yes/no question, such as "Discard this note?".
public struct Question: Hashable, Sendable {
  /// What answering yes does.
  public enum Intent: Hashable, Sendable {
    case quit
    case discardEdit
    case undo(Change)
    case commit(Change)
    /// Reopen the editor for a kept draft.
    case resumeDraft(Draft.Target)
  }

  public var title: String
  public var message: [String]
  public var yes: String
  public var no: String
  public var intent: Intent

  public init(title: String, message: [String], yes: String, no: String, intent: Intent) {
    self.title = title
    self.message = message
    self.yes = yes
    self.no = no
    self.intent = intent
  }
}

/// A terminal size in cells.
public struct Size: Hashable, Sendable {
  public var width: Int
  public var height: Int

  public init(width: Int, height: Int) {
    self.width = width
    self.height = height
  }

  /// The smallest size the layout is designed for (SPEC 2.3).
  public static let minimum = Size(width: 80, height: 24)

  public var isBigEnough: Bool { width >= Size.minimum.width && height >= Size.minimum.height }
}
