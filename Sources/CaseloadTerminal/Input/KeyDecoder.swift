import CNcurses
import CaseloadUI

/// Turns what ncurses reads into `Key`s, collecting a bracketed paste into one event.
public struct KeyDecoder: Sendable {
  /// The key code ncurses is told to return for the bracketed-paste start marker `ESC [200~`.
  public static let pasteStartCode: Int32 = KEY_MAX + 1
  /// The key code ncurses is told to return for the bracketed-paste end marker `ESC [201~`.
  public static let pasteEndCode: Int32 = KEY_MAX + 2
  /// How many idle reads in a row end a paste whose end marker never came. A slow link can
  /// pause inside a paste, and pasted text must never be taken as commands, so this is long.
  public static let pasteIdleLimit = 8

  /// An escape sequence the terminal database did not know, being dropped a byte at a time.
  private enum UnknownSequence: Sendable {
    /// After `ESC [`: parameters, then one final byte in `@`...`~`.
    case controlSequence(length: Int)
    /// After `ESC O`: one more byte.
    case singleShift
  }

  private var paste: String?
  private var unknownSequence: UnknownSequence?
  private var pasteIdleReads = 0
  private var pasteEndsInReturn = false

  public init() {}

  /// Whether a bracketed paste has started and not yet ended.
  public var isPasting: Bool { paste != nil }

  /// Decodes one input; most give one key, some none (ignored or inside a paste).
  public mutating func decode(_ input: RawInput) -> [Key] {
    if paste != nil { return continuePaste(input) }
    if unknownSequence != nil, skipUnknownSequence(input) { return [] }
    switch input {
    case .character(let value):
      return Self.key(forCharacter: value).map { [$0] } ?? []
    case .keyCode(let code):
      if code == Self.pasteStartCode {
        paste = ""
        pasteIdleReads = 0
        pasteEndsInReturn = false
        return []
      }
      return Self.key(forKeyCode: code).map { [$0] } ?? []
    case .meta(let value):
      // Alt+key has no meaning here, and taking it as Esc then the key would cancel an edit
      // on Alt-Backspace or quit on Alt-q; so it is dropped, except Esc pressed twice.
      // ESC [ and ESC O start a key sequence terminfo does not list (Ctrl-Up, or Home when
      // TERM does not match the terminal): its letters must not be taken as commands.
      switch value {
      case 0x1B: return [.escape, .escape]
      case 0x5B: unknownSequence = .controlSequence(length: 0)
      case 0x4F: unknownSequence = .singleShift
      default: break
      }
      return []
    case .resized(let width, let height):
      return [.resize(width: width, height: height)]
    case .idle:
      return []
    }
  }

  /// Drops one byte of an unknown escape sequence; false if `input` is not part of it.
  private mutating func skipUnknownSequence(_ input: RawInput) -> Bool {
    guard case .character(let value) = input, let sequence = unknownSequence else {
      unknownSequence = nil
      return false
    }
    switch sequence {
    case .singleShift:
      unknownSequence = nil
    case .controlSequence(let length):
      // A real sequence is short; a long run is typing, and is let through from here on.
      if (0x40...0x7E).contains(value) || length >= 16 {
        unknownSequence = nil
      } else if (0x20...0x3F).contains(value) {
        unknownSequence = .controlSequence(length: length + 1)
      } else {
        unknownSequence = nil
        return false
      }
    }
    return true
  }

  private mutating func continuePaste(_ input: RawInput) -> [Key] {
    switch input {
    case .character(let value):
      appendToPaste(value)
    case .meta(let value):
      appendToPaste(0x1B)
      appendToPaste(value)
    case .keyCode(let code):
      if code == Self.pasteEndCode { return finishPaste() }
      if code == KEY_ENTER { appendToPaste(0x0A) }
    case .resized(let width, let height):
      return [.resize(width: width, height: height)]
    case .idle:
      pasteIdleReads += 1
      if pasteIdleReads >= Self.pasteIdleLimit { return finishPaste() }
      return []
    }
    pasteIdleReads = 0
    return []
  }

  private mutating func appendToPaste(_ value: UInt32) {
    let afterReturn = pasteEndsInReturn
    pasteEndsInReturn = value == 0x0D
    switch value {
    case 0x0D:
      paste?.append("\n")
    case 0x0A:
      // Terminals send a pasted line break as CR, CR LF or LF; each is one new line.
      if !afterReturn { paste?.append("\n") }
    case 0x09:
      paste?.append("\t")
    case 0x00...0x1F, 0x7F...0x9F:
      // Escape sequences and other controls copied from a terminal would end up in a
      // supervision record as garbage; nobody means to paste them.
      break
    default:
      if let scalar = Unicode.Scalar(value) { paste?.append(Character(scalar)) }
    }
  }

  private mutating func finishPaste() -> [Key] {
    let text = paste ?? ""
    paste = nil
    pasteIdleReads = 0
    pasteEndsInReturn = false
    return text.isEmpty ? [] : [.paste(text)]
  }

  /// The key for a character read outside a paste, or nil for one with no meaning here.
  public static func key(forCharacter value: UInt32) -> Key? {
    switch value {
    case 0x0D, 0x0A: return .enter
    case 0x09: return .tab
    case 0x1B: return .escape
    case 0x08, 0x7F: return .backspace
    case 0x01...0x1A:
      guard let letter = Unicode.Scalar(0x60 + value) else { return nil }
      return .ctrl(Character(letter))
    case 0x00...0x1F, 0x80...0x9F:
      return nil
    default:
      return Unicode.Scalar(value).map { .char(Character($0)) }
    }
  }

  /// The key for an ncurses key code, or nil for one caseload does not use.
  public static func key(forKeyCode code: Int32) -> Key? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    // Some terminals send Home and End as the VT220 Find and Select keys.
    case KEY_HOME, KEY_FIND: return .home
    case KEY_END, KEY_SELECT: return .end
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_ENTER: return .enter
    case KEY_BTAB: return .backTab
    case KEY_BACKSPACE: return .backspace
    case KEY_DC: return .delete
    case (KEY_F0 + 1)...(KEY_F0 + 12): return .function(Int(code - KEY_F0))
    default: return nil
    }
  }
}
