/// One thing wrong with a store's files, as `caseload check` lists it.
public struct StoreProblem: Hashable, Sendable, CustomStringConvertible {
  /// The file, relative to the store directory (`caseload.json`, `journal/000002.jsonl`).
  public var file: String
  /// Where in the file: `workers[3] (W017)`, `workers[12].fte`, `line 7`; nil for the whole file.
  public var record: String?
  public var problem: String

  public init(file: String, record: String?, problem: String) {
    // Names and ids in a hostile file may hold newlines or escape codes; a problem stays one line.
    self.file = StoreProblem.oneLine(file)
    self.record = record.map { StoreProblem.oneLine($0) }
    self.problem = StoreProblem.oneLine(problem)
  }

  public var description: String {
    "\(file): \(record.map { "\($0): " } ?? "")\(problem)"
  }

  /// The same problem as an error, naming the file by its full path.
  func error(in directory: String) -> CaseloadError {
    .invalidStore(file: directory + "/" + file, record: record, problem: problem)
  }

  /// Control characters shown as `\u{..}` and overlong text cut, so a message is one safe line.
  static func oneLine(_ text: String, limit: Int = 400) -> String {
    var result = ""
    var count = 0
    for scalar in text.unicodeScalars {
      count += 1
      if count > limit {
        result += "..."
        break
      }
      let value = scalar.value
      if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029 {
        result += "\\u{" + String(value, radix: 16) + "}"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
