import Foundation
import SwiftCSV
import SystemPackage

/// A spreadsheet export read into rows, each knowing the line it starts on, so a problem can
/// be named by line and column. Parsing is SwiftCSV's (quoted fields, embedded commas and
/// newlines, doubled quotes, a UTF-8 byte order mark); this type checks what it cannot: size,
/// encoding, a quote left open, a field too long.
public struct CSVTable: Sendable {
  public struct Row: Hashable, Sendable {
    /// The line of the file the row starts on (the header is line 1).
    public var line: Int
    public var cells: [String]
  }

  /// The file's name as messages give it.
  public var file: String
  public var header: [String]
  /// Every row with something in it, in file order.
  public var rows: [Row]

  /// Larger than any team's export (a 20,000-case authority is about 4 MiB), small enough that
  /// reading it never strains memory; checked before the file is read.
  public static let byteLimit = 16 << 20
  /// Longest value in any one cell, in characters.
  public static let fieldLimit = 10_000

  /// Reads and parses the file at `path`; `name` is what messages call it.
  public static func read(path: String, name: String) throws(ImportFailure) -> CSVTable {
    let bytes: [UInt8]
    do {
      bytes = try readBytes(path, name: name)
    } catch let failure as ImportFailure {
      throw failure
    } catch {
      throw ImportFailure([ImportProblem(file: name, message: "cannot be read: \(error)")])
    }
    return try parse(bytes, file: name)
  }

  /// Parses the bytes of a CSV file.
  public static func parse(_ bytes: [UInt8], file: String) throws(ImportFailure) -> CSVTable {
    func fail(_ line: Int?, _ message: String) -> ImportFailure {
      ImportFailure([ImportProblem(file: file, line: line, message: message)])
    }
    guard bytes.count <= byteLimit else { throw fail(nil, tooLarge(bytes.count)) }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      throw fail(nil, "is UTF-16 text; save it from the spreadsheet as \"CSV UTF-8\"")
    }
    guard var text = String(validating: bytes, as: UTF8.self) else {
      throw fail(
        firstInvalidLine(bytes),
        "is not UTF-8 text; save it from the spreadsheet as \"CSV UTF-8 (comma delimited)\"")
    }
    // Excel's "CSV UTF-8" starts with a byte order mark. SwiftCSV's CSV(string:) drops it,
    // but the delimiter guess and the quote count below see the text first, so it goes here.
    if let first = text.unicodeScalars.first, first == "\u{FEFF}" {
      text.unicodeScalars.removeFirst()
    }
    guard text.contains(where: { !$0.isWhitespace }) else { throw fail(nil, "is empty") }
    // An odd number of quote marks means one is never closed: SwiftCSV would read the rest of
    // the file into one field rather than say so.
    if text.utf8.lazy.filter({ $0 == UInt8(ascii: "\"") }).count % 2 == 1 {
      throw fail(nil, "has a quoted value that is never closed (a \" with no closing \")")
    }
    let delimiter = CSVDelimiter.guessed(string: text)
    let rows: [[String]]
    do {
      rows = try Self.rows(text, delimiter: delimiter, limit: nil)
    } catch {
      throw fail(
        lineOfParseError(text, delimiter: delimiter),
        "a quote mark is out of place; a value with a quote in it must be quoted, with the quote doubled (\"\")"
      )
    }
    return try table(rows, file: file)
  }

  /// Every row, the header first, blank lines kept (as one empty cell) so lines can be counted.
  private static func rows(_ text: String, delimiter: CSVDelimiter, limit: Int?) throws
    -> [[String]]
  {
    let csv = try EnumeratedCSV(
      string: text, delimiter: delimiter, loadColumns: false, rowLimit: limit)
    return [csv.header] + csv.rows
  }

  private static func table(_ rows: [[String]], file: String) throws(ImportFailure) -> CSVTable {
    var problems: [ImportProblem] = []
    var result: [Row] = []
    var line = 1
    var header: [String] = []
    for (index, raw) in rows.enumerated() {
      // A line end inside a quoted cell arrives as written; CRLF is one Character in Swift, so
      // SwiftCSV splits rows correctly on it, and here it becomes a plain newline.
      let cells = raw.map { $0.replacingOccurrences(of: "\r\n", with: "\n").trimmed }
      defer {
        line += 1 + raw.reduce(0) { $0 + $1.reduce(0) { $0 + ($1.isNewline ? 1 : 0) } }
      }
      for (column, cell) in cells.enumerated() where cell.count > fieldLimit {
        let name =
          index == 0
          ? "\(column + 1)" : (header.indices.contains(column) ? header[column] : "\(column + 1)")
        problems.append(
          ImportProblem(
            file: file, line: line, column: name,
            message:
              "a value of \(cell.count) characters is longer than the \(fieldLimit) a cell may hold"
          ))
      }
      if index == 0 {
        header = cells
      } else if cells.contains(where: { !$0.isEmpty }) {
        result.append(Row(line: line, cells: cells))
      }
    }
    guard problems.isEmpty else { throw ImportFailure(problems) }
    return CSVTable(file: file, header: header, rows: result)
  }

  /// The line where parsing first fails, found by parsing ever more rows.
  private static func lineOfParseError(_ text: String, delimiter: CSVDelimiter) -> Int? {
    var good = 0
    var bad = text.reduce(1) { $0 + ($1.isNewline ? 1 : 0) } + 1
    guard (try? rows(text, delimiter: delimiter, limit: 0)) != nil else { return 1 }
    while bad - good > 1 {
      let middle = (good + bad) / 2
      if (try? rows(text, delimiter: delimiter, limit: middle)) != nil {
        good = middle
      } else {
        bad = middle
      }
    }
    guard let parsed = try? rows(text, delimiter: delimiter, limit: good) else { return nil }
    return parsed.reduce(1) { line, row in
      line + 1 + row.reduce(0) { $0 + $1.reduce(0) { $0 + ($1.isNewline ? 1 : 0) } }
    }
  }

  private static func firstInvalidLine(_ bytes: [UInt8]) -> Int? {
    var line = 1
    for piece in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
      if String(validating: piece, as: UTF8.self) == nil { return line }
      line += 1
    }
    return nil
  }

  static func tooLarge(_ size: Int) -> String {
    "is larger (\(size) bytes) than the \(byteLimit >> 20) MiB an import file may be; split it by team"
  }

  private static func readBytes(_ path: String, name: String) throws -> [UInt8] {
    let fd = try FileDescriptor.open(FilePath(path), .readOnly)
    defer { try? fd.close() }
    var status = stat()
    guard fstat(fd.rawValue, &status) == 0 else { throw Errno(rawValue: errno) }
    guard status.st_mode & S_IFMT == S_IFREG else {
      throw ImportFailure([ImportProblem(file: name, message: "is not a file")])
    }
    // Checked before reading, so a huge file is refused without filling memory.
    guard Int(status.st_size) <= byteLimit else {
      throw ImportFailure([ImportProblem(file: name, message: tooLarge(Int(status.st_size)))])
    }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = try buffer.withUnsafeMutableBytes { try fd.read(into: $0) }
      if count == 0 { return bytes }
      bytes += buffer[0..<count]
      // The file may grow while it is read; the limit holds all the same.
      guard bytes.count <= byteLimit else {
        throw ImportFailure([ImportProblem(file: name, message: tooLarge(bytes.count))])
      }
    }
  }
}
