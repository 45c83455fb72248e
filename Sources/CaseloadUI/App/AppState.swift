import CaseloadCore

/// The whole view-model: a plain value that `update` changes and `render` draws.
public struct AppState: Sendable {
  public internal(set) var caseload: Caseload
  public let context: AppContext
  public internal(set) var teamID: Team.ID
  /// The open screens, the team board at the bottom.
  public internal(set) var stack = ScreenStack()
  /// The terminal's size; the runtime sends it as a resize key.
  public internal(set) var size = Size(width: 80, height: 24)
  public internal(set) var notice: Notice?
  /// A question that must be answered before anything else.
  public internal(set) var question: Question?
  /// The last change this session made, which `u` can undo.
  public internal(set) var lastChange: JournalEntry?
  /// Drafts from earlier sessions not yet reopened; each comes back when its editor opens.
  public internal(set) var drafts: [Draft.Target: SavedDraft] = [:]
  /// What this session last wrote to disk for the open editor.
  public internal(set) var keptDraft: Draft?
  /// What validating the store after the board was drawn found wrong with it; while set,
  /// every change is refused.
  public internal(set) var storeProblem: CaseloadError?
  /// Typing is being kept in drafts: the runtime has a draft keeper and it has not failed.
  public internal(set) var draftsWork = false

  public init(caseload: Caseload, context: AppContext, team: Team.ID? = nil) {
    self.caseload = caseload
    self.context = context
    let mine = caseload.teams.values.first { $0.managers.contains(context.user) }
    teamID = team ?? mine?.id ?? caseload.teams.keys.first ?? Team.ID(rawValue: "")
  }

  public var team: Team? { caseload.team(teamID) }

  public var layout: Layout { Layout(size: size) }

  /// What screens may read now; built once per key or frame.
  public var screenContext: ScreenContext {
    ScreenContext(caseload: caseload, app: context, teamID: teamID, layout: layout)
  }

  /// The screen that gets keys.
  public var top: Screen { stack.top }
}
