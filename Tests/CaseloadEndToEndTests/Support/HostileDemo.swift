import Foundation

/// The demo copy with every field a screen or a command shows filled with what could drive a
/// terminal or break a layout: ESC and CSI (clear screen), an OSC title, an OSC 52 clipboard
/// write, a C1 CSI, CR, BS, DEL, a bidi override and its end, zero-width characters, a lone
/// combining mark and wide CJK.
enum HostileDemo {
  static let payload =
    "\u{1B}[2J\u{1B}]0;pwned\u{07}\u{1B}]52;c;cHduZWQ=\u{07}\u{9B}31m\r\u{08}\u{7F}\u{202E}evil"
    + "\u{202C}\u{200B}\u{200D}\u{301}陈静\u{FEFF}"

  /// The keys of every displayable text: team, worker and child names, reasons (allocations,
  /// absences, closures, case events), note and session text, actions, addenda, attendees.
  static let fields: Set<String> = [
    "name", "childName", "reason", "discussion", "decision", "text", "note", "attendees",
  ]

  /// A home whose demo copy is hostile everywhere, and a CLI on it.
  static func make() throws -> (home: TemporaryDirectory, cli: CLI) {
    let home = try TemporaryDirectory()
    let cli = CLI(home: home.path)
    _ = try cli.run(["report", "--demo"])
    let file = home.path + "/state/caseload/demo/caseload.json"
    let data = try Data(contentsOf: URL(fileURLWithPath: file))
    let spoiled = spoil(try JSONSerialization.jsonObject(with: data), key: nil)
    try JSONSerialization.data(withJSONObject: spoiled, options: [.sortedKeys])
      .write(to: URL(fileURLWithPath: file))
    let check = try cli.run(["check", "--demo"])
    guard check.status == 0 else {
      throw ChildError(description: "the hostile demo does not load: \(check.stdout)")
    }
    return (home, cli)
  }

  /// A lone combining mark first (so it has nothing of its own to join), the payload last.
  private static func spoil(_ value: Any, key: String?) -> Any {
    switch value {
    case let object as [String: Any]:
      return object.reduce(into: [String: Any]()) { $0[$1.key] = spoil($1.value, key: $1.key) }
    case let list as [Any]:
      return list.map { spoil($0, key: key) }
    case let text as String where key.map(fields.contains) == true && !text.isEmpty:
      return "\u{301}" + text + payload
    default:
      return value
    }
  }
}
