/// A key press or terminal event, independent of ncurses.
public enum Key: Hashable, Sendable {
  /// A printable character (already composed; may be wide).
  case char(Character)
  /// Control plus a letter, such as `.ctrl("s")` for Ctrl-S.
  case ctrl(Character)
  case up, down, left, right, home, end, pageUp, pageDown
  case enter, escape, tab, backTab, backspace, delete
  case function(Int)
  /// Text delivered by a bracketed paste, as one event.
  case paste(String)
  /// The terminal changed size.
  case resize(width: Int, height: Int)
}
