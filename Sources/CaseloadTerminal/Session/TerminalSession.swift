import CNcurses
import CaseloadUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The terminal while caseload's screen is up: starts ncurses, paints canvases, reads input,
/// and always gives the terminal back as it found it.
public final class TerminalSession {
  /// What the terminal can draw, for the program's rendering.
  public let capabilities: TerminalCapabilities

  private let screen: OpaquePointer
  private let signals: SignalTrap
  private let utf8: Bool
  private let roleAttributes: [StyleRole: (attr: attr_t, pair: Int16)]
  private var cursorShown: Bool?
  private var restored = false

  /// Starts full-screen mode on standard input and output, with `TERM` and `NO_COLOR` taken
  /// from `environment`.
  public init(environment: [String: String]) throws(TerminalError) {
    setlocale(LC_ALL, "")
    guard isatty(STDIN_FILENO) == 1 else { throw .notATerminal(stream: "standard input") }
    guard isatty(STDOUT_FILENO) == 1 else { throw .notATerminal(stream: "standard output") }
    guard let name = environment["TERM"], !name.isEmpty else { throw .terminalTypeNotSet }
    switch caseload_check_terminal(name) {
    case CASELOAD_TERM_OK: break
    case CASELOAD_TERM_NO_DATABASE: throw .noTerminalDatabase(name)
    case CASELOAD_TERM_CANNOT_MOVE: throw .cannotMoveCursor(name)
    default: throw .unknownTerminal(name)
    }

    let signals = SignalTrap()
    guard let screen = caseload_newterm(name) else {
      signals.restore()
      throw .cannotStart(name)
    }
    self.screen = screen
    self.signals = signals
    utf8 = caseload_locale_is_utf8() != 0

    // Raw rather than cbreak: Ctrl-C, Ctrl-S and Ctrl-Z arrive as keys the program decides
    // about, instead of killing, freezing or stopping the screen.
    raw()
    noecho()
    nonl()
    keypad(caseload_stdscr(), true)
    set_escdelay(25)
    let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
    let colors = !noColor && Self.startColors()
    capabilities = TerminalCapabilities(
      unicode: utf8 && caseload_has_line_drawing() != 0, colors: colors)
    var roleAttributes: [StyleRole: (attr: attr_t, pair: Int16)] = [:]
    for role in StyleRole.allCases {
      roleAttributes[role] = Self.cursesAttributes(RoleStyle.style(for: role, colors: colors))
    }
    self.roleAttributes = roleAttributes

    define_key("\u{1B}[200~", KeyDecoder.pasteStartCode)
    define_key("\u{1B}[201~", KeyDecoder.pasteEndCode)
    Self.defineCommonKeys()
    caseload_write_raw("\u{1B}[?2004h")
  }

  deinit { restore() }

  /// The screen's width in cells.
  public var width: Int { Int(caseload_columns()) }
  /// The screen's height in cells.
  public var height: Int { Int(caseload_lines()) }

  /// The signal that asked caseload to stop (SIGINT, SIGTERM or SIGHUP), if one came.
  public var pendingSignal: Int32? { signals.caught }

  /// The sequences xterm, VT220, rxvt and tmux send for the editing keys. A TERM that does
  /// not match the terminal (xterm-256color inside tmux is common) would otherwise turn
  /// Home or End into nothing; sequences the terminal database already binds are kept.
  private static let commonKeys: [(sequence: String, code: Int32)] = [
    ("\u{1B}[A", KEY_UP), ("\u{1B}[B", KEY_DOWN), ("\u{1B}[C", KEY_RIGHT),
    ("\u{1B}[D", KEY_LEFT), ("\u{1B}OA", KEY_UP), ("\u{1B}OB", KEY_DOWN),
    ("\u{1B}OC", KEY_RIGHT), ("\u{1B}OD", KEY_LEFT),
    ("\u{1B}[H", KEY_HOME), ("\u{1B}OH", KEY_HOME), ("\u{1B}[1~", KEY_HOME),
    ("\u{1B}[7~", KEY_HOME), ("\u{1B}[F", KEY_END), ("\u{1B}OF", KEY_END),
    ("\u{1B}[4~", KEY_END), ("\u{1B}[8~", KEY_END), ("\u{1B}[3~", KEY_DC),
    ("\u{1B}[5~", KEY_PPAGE), ("\u{1B}[6~", KEY_NPAGE), ("\u{1B}[Z", KEY_BTAB),
  ]

  private static func defineCommonKeys() {
    for key in commonKeys where key_defined(key.sequence) == 0 {
      define_key(key.sequence, key.code)
    }
  }

  private static func startColors() -> Bool {
    guard has_colors(), start_color() != ERR, caseload_colors() >= 8,
      caseload_color_pairs() > RoleStyle.Color.allCases.count
    else { return false }
    // The terminal's own background keeps light and dark themes readable; without
    // default-colour support, black is the safest background for these foregrounds.
    let background: Int16 = use_default_colors() == OK ? -1 : Int16(COLOR_BLACK)
    for color in RoleStyle.Color.allCases {
      init_pair(Int16(color.rawValue), Self.cursesColor(color), background)
    }
    return true
  }

  private static func cursesColor(_ color: RoleStyle.Color) -> Int16 {
    switch color {
    case .green: return Int16(COLOR_GREEN)
    case .yellow: return Int16(COLOR_YELLOW)
    case .red: return Int16(COLOR_RED)
    case .cyan: return Int16(COLOR_CYAN)
    }
  }

  /// Draws `canvas` over the whole screen in one update, and places the hardware cursor
  /// where the canvas asks (screen readers and magnifiers follow it).
  public func paint(_ canvas: Canvas) {
    guard !restored else { return }
    let window = caseload_stdscr()
    werase(window)
    let columns = min(canvas.width, width)
    let rows = min(canvas.height, height)
    for y in 0..<rows {
      for x in 0..<columns {
        let cell = canvas[x, y]
        guard let scalars = CellGlyph.scalars(for: cell.text, utf8: utf8) else { continue }
        let style = roleAttributes[cell.role] ?? (caseload_a_normal(), 0)
        if !put(scalars, x: x, y: y, style: style) {
          _ = put([CellGlyph.replacement], x: x, y: y, style: style)
        }
      }
    }
    placeCursor(canvas.cursor, columns: columns, rows: rows)
    wnoutrefresh(window)
    doupdate()
  }

  private func put(_ scalars: [UInt32], x: Int, y: Int, style: (attr: attr_t, pair: Int16))
    -> Bool
  {
    let wide = scalars.map { wchar_t(bitPattern: $0) } + [0]
    return wide.withUnsafeBufferPointer { buffer in
      caseload_put_cell(Int32(y), Int32(x), buffer.baseAddress, style.attr, style.pair) != ERR
    }
  }

  private func placeCursor(_ cursor: (x: Int, y: Int)?, columns: Int, rows: Int) {
    let window = caseload_stdscr()
    if let cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < columns, cursor.y < rows {
      wmove(window, Int32(cursor.y), Int32(cursor.x))
      setCursorShown(true)
    } else {
      // Terminals that cannot hide the cursor get it parked in the corner, not mid-text.
      wmove(window, 0, 0)
      setCursorShown(false)
    }
  }

  private func setCursorShown(_ shown: Bool) {
    guard cursorShown != shown else { return }
    cursorShown = shown
    curs_set(shown ? 1 : 0)
  }

  private static func cursesAttributes(_ style: RoleStyle) -> (attr: attr_t, pair: Int16) {
    var attr = caseload_a_normal()
    if style.bold { attr |= caseload_a_bold() }
    if style.dim { attr |= caseload_a_dim() }
    if style.reverse { attr |= caseload_a_reverse() }
    if style.underline { attr |= caseload_a_underline() }
    return (attr, style.color.map { Int16($0.rawValue) } ?? 0)
  }

  /// Waits up to `milliseconds` for one input. A resize is returned with the new size.
  /// Returns nil when the terminal has gone away (its connection closed).
  public func read(timeoutMilliseconds milliseconds: Int32) -> RawInput? {
    let window = caseload_stdscr()
    wtimeout(window, milliseconds)
    var value: wint_t = 0
    switch wget_wch(window, &value) {
    case OK:
      return .character(UInt32(value))
    case KEY_CODE_YES where Int32(value) == KEY_RESIZE:
      return .resized(width: width, height: height)
    case KEY_CODE_YES:
      return .keyCode(Int32(value))
    default:
      return hasHungUp ? nil : .idle
    }
  }

  /// A read that fails with the terminal still there is a timeout or a signal; one whose
  /// terminal has hung up (an SSH session dropped) would otherwise fail again at once, forever.
  private var hasHungUp: Bool {
    var input = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
    guard poll(&input, 1, 0) > 0 else { return false }
    return input.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
  }

  /// Reads a character already waiting, without blocking: used after Esc to tell Alt+key
  /// (sent together) from Esc pressed alone.
  public func readWaitingCharacter() -> RawInput? {
    guard let input = read(timeoutMilliseconds: 0), input != .idle else { return nil }
    return input
  }

  /// Leaves full-screen mode and puts the terminal and signal handlers back. Safe to call
  /// more than once; later calls do nothing.
  public func restore() {
    guard !restored else { return }
    restored = true
    curs_set(1)
    endwin()
    caseload_write_raw("\u{1B}[?2004l")
    delscreen(screen)
    signals.restore()
  }
}
