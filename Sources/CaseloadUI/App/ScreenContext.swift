import CaseloadCore

/// What a screen may read while it handles a key or draws: the store's state, the rules for
/// today, who is at the keyboard, the current team and the layout. It cannot change any of
/// them; a screen asks for changes by returning an `Outcome`.
public struct ScreenContext: Sendable {
  public let caseload: Caseload
  /// The rules on `caseload` for today, built once for the whole key or frame.
  public let rules: Rules
  public let app: AppContext
  public let teamID: Team.ID
  public let layout: Layout

  public init(caseload: Caseload, app: AppContext, teamID: Team.ID, layout: Layout) {
    self.caseload = caseload
    rules = caseload.rules(today: app.today)
    self.app = app
    self.teamID = teamID
    self.layout = layout
  }

  public var today: Day { app.today }
  public var user: String { app.user }
  public var readOnly: Bool { app.readOnly }
  public var team: Team? { caseload.team(teamID) }
  /// The rectangle the screen on top draws into.
  public var body: Rect { layout.body }
}
