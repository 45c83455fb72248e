import Foundation

/// A value typed by a person that cannot be read, with a one-line reason that says how to
/// write it; the same words come from an import, a command-line option and a form field.
public struct FieldProblem: Error, Hashable, Sendable, CustomStringConvertible {
  public var message: String

  public init(_ message: String) { self.message = message }

  public var description: String { message }
}

/// Parsers for the values managers type or export (SPEC 1.5): dates, categories, roles,
/// yes/no, FTE, caps, ids and names. Each takes the text as written and gives the value or a
/// `FieldProblem`, so the board's forms can check a field as the user types with exactly the
/// rules an import uses.
public enum RecordField {
  /// Longest id accepted (team, worker, case or family).
  public static let idLimit = 64
  /// Longest name or reason accepted.
  public static let textLimit = 500
  /// Longest text of one part of a note or session (a discussion, a decision, an addendum):
  /// about eight pages, far more than a record needs, and little enough that the editor and
  /// the store stay quick with it.
  public static let noteLimit = 20_000

  /// An id: no spaces, no control characters, none of `,` `:` `/` (which the command line and
  /// exports use between values), at most 64 characters.
  public static func id(_ text: String, _ what: String = "id") throws(FieldProblem) -> String {
    let trimmed = text.trimmed
    guard !trimmed.isEmpty else { throw FieldProblem("no \(what) given") }
    guard trimmed.count <= idLimit else {
      throw FieldProblem("\(what) '\(trimmed.prefix(20))...' is longer than \(idLimit) characters")
    }
    if let bad = trimmed.unicodeScalars.first(where: { !isIDScalar($0) }) {
      throw FieldProblem(
        "\(what) '\(trimmed.visible)' has \(describe(bad)) in it; use letters, digits and . - _ @ only"
      )
    }
    return trimmed
  }

  /// A person's or team's name: not empty, no control characters, at most 500 characters.
  public static func name(_ text: String, _ what: String = "name") throws(FieldProblem) -> String {
    try line(text, what)
  }

  /// The text of a note, session or addendum as written, refused when it is longer than
  /// `noteLimit`; checked before anything is done with it.
  public static func noteText(_ text: String, _ what: String = "discussion") throws(FieldProblem)
    -> String
  {
    // The UTF-8 size bounds the count from above, so most text is passed without counting.
    guard text.utf8.count > noteLimit, text.count > noteLimit else { return text }
    throw FieldProblem(
      "the \(what) is longer than \(noteLimit) characters; shorten it, or record the rest separately"
    )
  }

  /// Text kept to `textLimit` characters, such as an action or a reason, refused when longer;
  /// nothing else about it is checked.
  public static func shortText(_ text: String, _ what: String) throws(FieldProblem) -> String {
    guard text.utf8.count > textLimit, text.count > textLimit else { return text }
    throw FieldProblem("the \(what) is longer than \(textLimit) characters")
  }

  /// A reason for a change: one line of text, not empty.
  public static func reason(_ text: String) throws(FieldProblem) -> String {
    try line(text, "reason")
  }

  static func line(_ text: String, _ what: String) throws(FieldProblem) -> String {
    let trimmed = text.trimmed
    guard !trimmed.isEmpty else { throw FieldProblem("no \(what) given") }
    guard trimmed.count <= textLimit else {
      throw FieldProblem("the \(what) is longer than \(textLimit) characters")
    }
    if let bad = trimmed.unicodeScalars.first(where: isControl) {
      throw FieldProblem("the \(what) has \(describe(bad)) in it; write it on one line")
    }
    return trimmed
  }

  private static func isIDScalar(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { return true }
    return ".-_@+'".unicodeScalars.contains(scalar)
  }

  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029
      || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
  }

  private static func describe(_ scalar: Unicode.Scalar) -> String {
    if scalar == " " { return "a space" }
    if isControl(scalar) || scalar.properties.isWhitespace {
      return "the control character \\u{\(String(scalar.value, radix: 16))}"
    }
    return "'\(scalar)'"
  }

  /// A person's name as compared across files: normalized and with accents folded, since
  /// exports often drop them (`Siobhán O'Brien` matches `siobhan obrien`).
  public static func nameKey(_ text: String) -> String {
    normalized(text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil))
  }

  /// Lower case with everything but letters, digits and `&` dropped: how headers and words
  /// are compared, so `Child's Name`, `child name` and `CHILD_NAME` read alike.
  public static func normalized(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.lowercased().unicodeScalars.filter {
          $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "&"
        }))
  }
}

extension String {
  var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }

  /// At most 40 characters with control characters spelled out, for quoting a bad value.
  var visible: String {
    var result = ""
    for scalar in unicodeScalars.prefix(40) {
      if RecordField.isControl(scalar) {
        result += "\\u{\(String(scalar.value, radix: 16))}"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return unicodeScalars.count > 40 ? result + "..." : result
  }
}
