import CaseloadCore

/// What a screen asks for after handling a key.
public struct Outcome: Sendable {
  /// Close this screen (go back to the one below).
  public var close = false
  /// Open another screen on top.
  public var open: (any ScreenModel)?
  public var effects: [Effect] = []

  public init(close: Bool = false, open: (any ScreenModel)? = nil, effects: [Effect] = []) {
    self.close = close
    self.open = open
    self.effects = effects
  }

  public static let stay = Outcome()
  public static let closed = Outcome(close: true)
  public static func opening(_ screen: any ScreenModel) -> Outcome { Outcome(open: screen) }
  public static func commit(_ change: Change) -> Outcome { Outcome(effects: [.commit(change)]) }
}

/// One screen of the app: its keys, what they do and how it draws.
public protocol ScreenModel: Sendable {
  /// The screen's name in the header and in help.
  var title: String { get }
  /// Whether typing letters goes into a text field (so single-letter global keys are off).
  var takesText: Bool { get }
  /// The keys that work on this screen, in footer order (global keys are added by the app).
  func bindings(_ app: AppState) -> [KeyBinding]
  /// Gets every key before the key map; returns true when it used the key (typing into a field).
  mutating func handleText(_ key: Key, app: AppState) -> Bool
  /// Does what a command from the key map asks.
  mutating func perform(_ command: Command, app: inout AppState) -> Outcome
  /// Our change was saved; most flows close.
  mutating func committed(_ entry: JournalEntry, app: inout AppState) -> Outcome
  /// Whether leaving would lose typing (q and Esc ask first).
  var hasUnsavedEdit: Bool { get }
  /// Draws the screen's body into the rectangle between the header and the footer.
  func render(_ app: AppState, into canvas: inout Canvas, rect: Rect)
}

extension ScreenModel {
  public var takesText: Bool { false }
  public var hasUnsavedEdit: Bool { false }
  public mutating func handleText(_ key: Key, app: AppState) -> Bool { false }
  public mutating func committed(_ entry: JournalEntry, app: inout AppState) -> Outcome { .closed }
}
