import CaseloadCore
import Foundation

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
  private let memo = Memo()

  public init(caseload: Caseload, app: AppContext, teamID: Team.ID, layout: Layout) {
    self.caseload = caseload
    rules = caseload.rules(today: app.today)
    self.app = app
    self.teamID = teamID
    self.layout = layout
  }

  /// The current team's summary (SPEC 2.1), worked out once for the key or frame however many
  /// times the screen, its key list and the footer ask; nil when the team has gone.
  public var summary: TeamSummary? {
    memo.summary { try? rules.summary(of: teamID) }
  }

  public var today: Day { app.today }
  public var user: String { app.user }
  public var readOnly: Bool { app.readOnly }
  public var team: Team? { caseload.team(teamID) }
  /// The rectangle the screen on top draws into.
  public var body: Rect { layout.body }
}

/// What a context works out once: the same state gives the same answer within a key or frame.
private final class Memo: @unchecked Sendable {
  // @unchecked: every access goes through the lock.
  private let lock = NSLock()
  private var cachedSummary: TeamSummary??

  func summary(_ make: () -> TeamSummary?) -> TeamSummary? {
    lock.lock()
    defer { lock.unlock() }
    if let cachedSummary { return cachedSummary }
    let made = make()
    cachedSummary = .some(made)
    return made
  }
}
