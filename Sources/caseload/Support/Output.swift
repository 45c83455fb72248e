import CaseloadCore
import Foundation

/// Everything the command line writes goes through here, so store data can never drive the
/// terminal: text has its control and bidi characters spelled out (`^[`, `\u{202E}`) as on
/// the board, and JSON has them escaped as `\uXXXX`.
enum Output {
  /// A line for a person on standard output.
  static func line(_ text: String) {
    write(text.terminalSafe + "\n", to: .standardOutput)
  }

  /// Lines for a person on standard output, each made safe, the line breaks between them kept
  /// (reports, help, multi-line notes).
  static func block(_ text: String) {
    write(text.terminalSafeKeepingNewlines, to: .standardOutput)
  }

  /// JSON text on standard output, with C1, DEL, line separators and bidi controls escaped
  /// (the encoder already escapes C0).
  static func json(_ text: String) {
    write(text.jsonSafe, to: .standardOutput)
  }

  /// A line on standard error: an error or a warning.
  static func error(_ text: String) {
    write(text.terminalSafe + "\n", to: .standardError)
  }

  private enum Stream { case standardOutput, standardError }

  private static func write(_ text: String, to stream: Stream) {
    let handle = stream == .standardOutput ? FileHandle.standardOutput : FileHandle.standardError
    handle.write(Data(text.utf8))
  }
}

// A bare `print` of store data would reach the terminal raw; inside this module it does not
// compile, so every line goes through `Output`.
@available(*, unavailable, message: "write through Output, which makes store data terminal-safe")
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {}

extension String {
  /// Each line made terminal-safe, keeping the line breaks between them.
  var terminalSafeKeepingNewlines: String {
    split(separator: "\n", omittingEmptySubsequences: false).map { String($0).terminalSafe }
      .joined(separator: "\n")
  }
}

/// Reads standard input (or a file, or "-" for stdin) as UTF-8 text, refusing invalid UTF-8
/// and anything over `limit` bytes without reading it all into memory first.
func readText(from source: String = "-", limit: Int = 16 << 20) throws -> String {
  let handle: FileHandle
  if source == "-" {
    handle = FileHandle.standardInput
  } else {
    guard let file = FileHandle(forReadingAtPath: source) else {
      throw Refusal("cannot read \(source)")
    }
    handle = file
  }
  var data = Data()
  while true {
    let chunk = handle.readData(ofLength: 1 << 16)
    if chunk.isEmpty { break }
    data.append(chunk)
    guard data.count <= limit else {
      throw Refusal(
        "\(source == "-" ? "standard input" : source) is larger than \(limit >> 20) MiB")
    }
  }
  guard let text = String(data: data, encoding: .utf8) else {
    throw Refusal("\(source == "-" ? "standard input" : source) is not valid UTF-8 text")
  }
  return text
}
