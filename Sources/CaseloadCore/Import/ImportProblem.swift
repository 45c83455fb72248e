/// One thing wrong in an import file, named as a person finds it in their spreadsheet:
/// `cases.csv: line 14, column 'DOB': '31/02/2015' is not a real date: ...`.
public struct ImportProblem: Hashable, Sendable, CustomStringConvertible {
  public var file: String
  /// The line in the file where the row starts (1 is the header); nil for the whole file.
  public var line: Int?
  /// The column's header as written in the file.
  public var column: String?
  public var message: String

  public init(file: String, line: Int? = nil, column: String? = nil, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  public var description: String {
    var place: [String] = []
    if let line { place.append("line \(line)") }
    if let column { place.append("column '\(column.visible)'") }
    let prefix = place.isEmpty ? "" : place.joined(separator: ", ") + ": "
    return StoreProblem.oneLine("\(file): \(prefix)\(message)")
  }
}

/// An import refused: every problem found, so a manager can fix the spreadsheet in one go.
public struct ImportFailure: Error, Hashable, Sendable, CustomStringConvertible {
  public var problems: [ImportProblem]

  public init(_ problems: [ImportProblem]) { self.problems = problems }

  public var description: String { problems.map(\.description).joined(separator: "\n") }
}
