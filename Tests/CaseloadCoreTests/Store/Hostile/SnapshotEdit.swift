/// Edits one value of one record in a snapshot's text, found by its record's line and the path
/// of keys and list positions inside it, so a corpus entry reads as the field it damages.
/// A small JSON walker of its own (strings, numbers, literals, nesting), independent of the
/// decoder it tests.
enum SnapshotEdit {
  /// `text` with the value at `path` in the record on the line holding `marker` replaced by
  /// `value`, or its key and value taken out when `value` is nil.
  static func set(_ path: [String], to value: String?, onLine marker: String, in text: String)
    -> String
  {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard let row = lines.firstIndex(where: { $0.contains(marker) }) else {
      preconditionFailure("no line holds \(marker)")
    }
    var line = Array(lines[row].utf8)
    guard let start = line.firstIndex(of: UInt8(ascii: "{")) else {
      preconditionFailure("no record on the line of \(marker)")
    }
    guard let member = find(path, in: line, from: start) else {
      preconditionFailure("no \(path) in the record of \(marker)")
    }
    if let value {
      line.replaceSubrange(member.value, with: Array(value.utf8))
    } else {
      line.removeSubrange(member.whole)
    }
    lines[row] = String(decoding: line, as: UTF8.self)
    return lines.joined(separator: "\n")
  }

  /// The text of the value at `path` in the record on `marker`'s line.
  static func value(at path: [String], onLine marker: String, in text: String) -> String {
    let line =
      text.split(separator: "\n").first { $0.contains(marker) }.map { Array($0.utf8) } ?? []
    guard let start = line.firstIndex(of: UInt8(ascii: "{")),
      let member = find(path, in: line, from: start)
    else { preconditionFailure("no \(path) in the record of \(marker)") }
    return String(decoding: line[member.value], as: UTF8.self)
  }

  /// Where a member is: its value, and its whole extent with one comma (for taking it out).
  struct Member {
    var value: Range<Int>
    var whole: Range<Int>
  }

  private static func find(_ path: [String], in bytes: [UInt8], from start: Int) -> Member? {
    var at = start
    var found: Member?
    for step in path {
      guard at < bytes.count else { return nil }
      if bytes[at] == UInt8(ascii: "[") {
        guard let index = Int(step), let element = elements(bytes, at).dropFirst(index).first
        else { return nil }
        found = Member(value: element, whole: element)
        at = element.lowerBound
      } else {
        guard let member = members(bytes, at).first(where: { $0.key == step }) else { return nil }
        found = member.member
        at = member.member.value.lowerBound
      }
    }
    return found
  }

  private static func members(_ bytes: [UInt8], _ start: Int) -> [(key: String, member: Member)] {
    var result: [(String, Member)] = []
    var at = start + 1
    while at < bytes.count, bytes[at] != UInt8(ascii: "}") {
      if bytes[at] == UInt8(ascii: ",") { at += 1 }
      let keyStart = at
      let keyEnd = skip(bytes, at)
      let key = String(decoding: bytes[(keyStart + 1)..<(keyEnd - 1)], as: UTF8.self)
      let valueStart = keyEnd + 1
      let valueEnd = skip(bytes, valueStart)
      var whole = keyStart..<valueEnd
      if valueEnd < bytes.count, bytes[valueEnd] == UInt8(ascii: ",") {
        whole = keyStart..<(valueEnd + 1)
      } else if keyStart > start + 1 {
        whole = (keyStart - 1)..<valueEnd
      }
      result.append((key, Member(value: valueStart..<valueEnd, whole: whole)))
      at = valueEnd
    }
    return result
  }

  private static func elements(_ bytes: [UInt8], _ start: Int) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var at = start + 1
    while at < bytes.count, bytes[at] != UInt8(ascii: "]") {
      if bytes[at] == UInt8(ascii: ",") { at += 1 }
      let end = skip(bytes, at)
      result.append(at..<end)
      at = end
    }
    return result
  }

  /// The end of the value starting at `at` (the store writes no whitespace inside a record).
  private static func skip(_ bytes: [UInt8], _ start: Int) -> Int {
    var at = start
    switch bytes[at] {
    case UInt8(ascii: "\""):
      at += 1
      while bytes[at] != UInt8(ascii: "\"") { at += bytes[at] == UInt8(ascii: "\\") ? 2 : 1 }
      return at + 1
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      var depth = 0
      repeat {
        switch bytes[at] {
        case UInt8(ascii: "\""): at = skip(bytes, at) - 1
        case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
        case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
        default: break
        }
        at += 1
      } while depth > 0
      return at
    default:
      while at < bytes.count, !",}]".utf8.contains(bytes[at]) { at += 1 }
      return at
    }
  }
}
