/// Why the full-screen interface could not start, each with a one-line message for the user.
public enum TerminalError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Standard input or output is a file or a pipe, not a terminal.
  case notATerminal(stream: String)
  /// The environment has no TERM.
  case terminalTypeNotSet
  /// TERM names a type the terminfo database does not have.
  case unknownTerminal(String)
  /// There is no terminfo database at all.
  case noTerminalDatabase(String)
  /// TERM names a type that cannot address the cursor (such as `dumb`).
  case cannotMoveCursor(String)
  /// ncurses refused to start for a reason it does not tell.
  case cannotStart(String)

  public var description: String {
    switch self {
    case .notATerminal(let stream):
      return "the caseload screen needs a terminal, but \(stream) is not one; "
        + "run it in a terminal, or use a subcommand such as 'caseload report'"
    case .terminalTypeNotSet:
      return "TERM is not set; set it to your terminal's type, such as xterm-256color"
    case .unknownTerminal(let name):
      return "terminal type '\(name)' is not known here; "
        + "set TERM to one this machine has, such as xterm-256color"
    case .noTerminalDatabase(let name):
      return "no terminal database was found to look up '\(name)'; "
        + "install ncurses-base or set TERMINFO to its folder"
    case .cannotMoveCursor(let name):
      return "terminal type '\(name)' cannot move the cursor, so the screen cannot be drawn; "
        + "set TERM to a full-screen type such as xterm-256color"
    case .cannotStart(let name):
      return "the screen could not be started on terminal type '\(name)'; "
        + "check that this is an interactive terminal and TERM matches it"
    }
  }
}
