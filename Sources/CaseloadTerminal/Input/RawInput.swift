/// One thing read from the terminal, before it is decoded into a `Key`.
public enum RawInput: Hashable, Sendable {
  /// A wide character from `wget_wch` (returned with `OK`), as its Unicode value.
  case character(UInt32)
  /// A key code from `wget_wch` (returned with `KEY_CODE_YES`), such as `KEY_UP`.
  case keyCode(Int32)
  /// A character that arrived straight after Esc, which is how terminals send Alt+key.
  case meta(UInt32)
  /// The terminal changed size; the new size has already been read from ncurses.
  case resized(width: Int, height: Int)
  /// Nothing arrived within the read timeout.
  case idle
}
