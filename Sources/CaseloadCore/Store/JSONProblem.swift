import Foundation

/// Turns what the JSON decoder reports into words for a person: where, and what is wrong.
enum JSONProblem {
  /// A decoding failure as the path to the bad value (`workers[12].fte`, nil for the whole
  /// document) and the problem with it. `bytes` are the text decoded, to place syntax errors.
  static func describe(
    _ error: any Error, in bytes: some Collection<UInt8>, singleLine: Bool = false
  ) -> (path: String?, problem: String) {
    // The decoder reports some bad text (invalid UTF-8, raw control characters) with an error
    // of its own; the syntax check below explains it.
    guard let error = error as? DecodingError else {
      return (nil, syntax(in: bytes, singleLine: singleLine))
    }
    switch error {
    case .dataCorrupted(let context) where context.codingPath.isEmpty:
      return (nil, syntax(in: bytes, singleLine: singleLine))
    case .dataCorrupted(let context):
      return (path(context.codingPath), corrupted(context.debugDescription))
    case .keyNotFound(let key, let context):
      return (path(context.codingPath + [key]), "is missing")
    case .valueNotFound(let type, let context):
      if context.codingPath.isEmpty { return (nil, "it holds null, not a JSON object") }
      return (path(context.codingPath), "is null; expected \(words(for: type))")
    case .typeMismatch(let type, let context):
      let found = foundWords(context.debugDescription)
      if context.codingPath.isEmpty {
        return (nil, "it holds \(found ?? "something else"), not a JSON object")
      }
      let problem = "expected \(words(for: type))" + (found.map { " but found \($0)" } ?? "")
      return (path(context.codingPath), problem)
    @unknown default:
      return (nil, "cannot be read")
    }
  }

  /// `workers[12].fte` from the decoder's coding path.
  static func path(_ keys: [any CodingKey]) -> String {
    var text = ""
    for key in keys {
      if let index = key.intValue, key.stringValue.hasPrefix("Index ") {
        text += "[\(index)]"
      } else {
        text += (text.isEmpty ? "" : ".") + key.stringValue
      }
    }
    return text
  }

  /// Why bytes that failed to parse are not JSON, with a line and column where one is known.
  /// Runs only after a failure, so a good store is parsed once.
  static func syntax(in bytes: some Collection<UInt8>, singleLine: Bool = false) -> String {
    let bytes = Array(bytes)
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      return "is empty"
    }
    if let nul = bytes.firstIndex(of: 0) {
      let place = position(of: nul, in: bytes, singleLine: singleLine)
      return "\(place): holds a NUL byte; it is not a JSON text file"
    }
    let detail: String
    do {
      _ = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
      return "is not valid JSON"
    } catch {
      detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? ""
    }
    let place =
      characterOffset(in: detail).map {
        position(of: $0, in: bytes, singleLine: singleLine) + ": "
      } ?? ""
    if detail.hasPrefix("Unexpected end of file") {
      return "ends before the JSON is complete (the file may have been cut short)"
    } else if detail.hasPrefix("Invalid UTF-8") {
      return place + "holds bytes that are not UTF-8 text"
    } else if detail.hasPrefix("Too many nested") {
      return place + "is nested too deeply to be a caseload store"
    } else if detail.hasPrefix("Unescaped control character") {
      return place + "holds a control character that JSON text must escape"
    } else if detail.hasPrefix("Number ") {
      return place + "holds a number too large to read"
    }
    return place + "is not valid JSON"
  }

  /// `line 3, column 14` for a byte offset; just the column in a one-line text.
  private static func position(of offset: Int, in bytes: [UInt8], singleLine: Bool) -> String {
    let clamped = min(max(offset, 0), bytes.count)
    if singleLine { return "column \(clamped + 1)" }
    let before = bytes[..<clamped]
    let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
    return "line \(line), column \(clamped - lineStart + 1)"
  }

  /// The byte offset in a message such as `Invalid value around character 11.`
  private static func characterOffset(in detail: String) -> Int? {
    guard let range = detail.range(of: "character ") else { return nil }
    let digits = detail[range.upperBound...].prefix { $0.isNumber }
    return Int(digits)
  }

  private static func words(for type: Any.Type) -> String {
    switch type {
    case is Int.Type, is Double.Type, is Int64.Type, is Float.Type: return "a number"
    case is String.Type: return "text in quotes"
    case is Bool.Type: return "true or false"
    default:
      let name = String(describing: type)
      if name.hasPrefix("Array") { return "a list [...]" }
      if name.hasPrefix("Dictionary") { return "an object {...}" }
      return "an object {...}"
    }
  }

  /// `a string` from `Expected to decode Double but found a string instead.`
  private static func foundWords(_ detail: String) -> String? {
    guard let start = detail.range(of: "but found "),
      let end = detail.range(of: " instead", range: start.upperBound..<detail.endIndex)
    else { return nil }
    let found = detail[start.upperBound..<end.lowerBound]
    switch found {
    case "a string": return "text"
    case "number": return "a number"
    case "a dictionary", "dictionary": return "an object"
    case "an array", "array": return "a list"
    case "bool", "a bool": return "true or false"
    default: return String(found)
    }
  }

  /// Our own types explain themselves; the standard library's enum message is made plainer.
  private static func corrupted(_ detail: String) -> String {
    let marker = " from invalid String value "
    let prefix = "Cannot initialize "
    if detail.hasPrefix(prefix), let range = detail.range(of: marker) {
      let type = String(
        detail[detail.index(detail.startIndex, offsetBy: prefix.count)..<range.lowerBound])
      let value = detail[range.upperBound...]
      let choices = allowed[type].map { ": " + $0.joined(separator: ", ") } ?? ""
      return "'\(value.prefix(40))' is not one of the allowed values\(choices)"
    }
    return detail
  }

  private static let allowed: [String: [String]] = [
    "Role": Worker.Role.allCases.map(\.rawValue),
    "Employment": Worker.Employment.allCases.map(\.rawValue),
    "Kind": Team.Kind.allCases.map(\.rawValue),
    "Category": Case.Category.allCases.map(\.rawValue),
  ]
}
