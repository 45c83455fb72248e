import CaseloadCore

/// What a screen asks the app to do after a key, as Bubble Tea's `Update` returns a command
/// and TCA's child features send delegate actions: only the app's `update` carries it out.
public indirect enum Outcome: Sendable {
  /// Nothing beyond the screen's own state, which it has already changed.
  case none
  /// Open a screen on top of this one.
  case push(Screen)
  /// Close this screen and go back to the one below.
  case pop
  /// Close this screen and open another in its place (search opening what it found).
  case replace(with: Screen)
  /// Ask a yes/no question before anything else.
  case ask(Question)
  case notice(Notice)
  /// Save a change to the store; the screen hears back through `committed`.
  case commit(Change)
  /// Show another team's board, closing every screen above it.
  case switchTeam(Team.ID)
  /// Several of the above, in order.
  case all([Outcome])

  public static func info(_ text: String) -> Outcome { .notice(Notice(.info, text)) }
  public static func warning(_ text: String) -> Outcome { .notice(Notice(.warning, text)) }
  public static func error(_ text: String) -> Outcome { .notice(Notice(.error, text)) }

  /// Asks before closing an editor whose typing would be lost.
  public static func askToDiscard(_ what: String) -> Outcome {
    .ask(
      Question(
        title: "Discard?", message: ["Discard this \(what)? What you typed will be lost."],
        yes: "Discard", no: "Keep editing", onYes: .discardEdit))
  }

  /// A refusal from Core, as a warning notice in its own words.
  public static func refusal(_ error: any Error) -> Outcome {
    .warning((error as? CaseloadError)?.description ?? "\(error)")
  }
}

/// A modal yes/no question, such as "Discard this note?".
public struct Question: Hashable, Sendable {
  /// What answering yes does.
  public enum OnYes: Hashable, Sendable {
    case quit
    /// Close the editor on top without saving.
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
  public var onYes: OnYes

  public init(title: String, message: [String], yes: String, no: String, onYes: OnYes) {
    self.title = title
    self.message = message
    self.yes = yes
    self.no = no
    self.onYes = onYes
  }
}
