/// What the terminal can draw, decided by the terminal layer and passed to rendering.
public struct TerminalCapabilities: Hashable, Sendable {
  /// Box-drawing and block characters are available (UTF-8 locale and line drawing).
  public var unicode: Bool
  /// Colours are in use (the terminal has them and NO_COLOR is not set).
  public var colors: Bool

  public init(unicode: Bool, colors: Bool) {
    self.unicode = unicode
    self.colors = colors
  }
}

/// Whether the program wants to go on after an input.
public enum ProgramStatus: Hashable, Sendable {
  case running
  case quit
}

/// A view-model the terminal layer can run: keys in, a canvas out.
public protocol TerminalProgram {
  /// Renders the current state into a canvas of exactly `width` x `height` cells.
  func render(width: Int, height: Int, capabilities: TerminalCapabilities) -> Canvas
  /// Handles one key or event.
  mutating func handle(_ key: Key) -> ProgramStatus
  /// Called about once a second while no key arrives (to pick up other managers' changes).
  mutating func tick() -> ProgramStatus
}
