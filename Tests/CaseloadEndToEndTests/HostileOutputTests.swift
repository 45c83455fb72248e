import Foundation
import Testing

/// Store data can never drive the terminal through the command line: every subcommand, run on
/// a store whose names carry escape sequences, writes none of them raw.
@Suite("the command line never writes a raw control or bidi character from the store")
struct HostileOutputTests {
  /// ESC with CSI and OSC (title and OSC 52 clipboard), C1 CSI, CR, BS, DEL and a bidi override,
  /// as JSON escapes for the snapshot.
  static let payload =
    #"\u001b[2J\u001b]0;pwned\u0007\u001b]52;c;cHduZWQ=\u0007\u009b31m\r\b\u007f\u202eevil"#
  /// The same, as raw text for command-line arguments.
  static let raw =
    "\u{1B}[2J\u{1B}]0;pwned\u{07}\u{1B}]52;c;cHduZWQ=\u{07}\u{9B}31m\r\u{08}\u{7F}\u{202E}evil"

  /// The demo copy with a hostile team, two workers and a child.
  static func hostileDemo() throws -> (home: TemporaryDirectory, cli: CLI) {
    let home = try TemporaryDirectory()
    let cli = CLI(home: home.path)
    _ = try cli.run(["report", "--demo"])
    let file = home.path + "/state/caseload/demo/caseload.json"
    var text = try String(contentsOfFile: file, encoding: .utf8)
    for name in [
      "Child in Need and Protection 1", "Aisha Siddiqui", "Ifeoma Nwosu", "Hanna Krawczyk",
    ] {
      text = text.replacingOccurrences(of: "\"\(name)\"", with: "\"\(name)\(payload)\"")
    }
    try text.write(toFile: file, atomically: false, encoding: .utf8)
    return (home, cli)
  }

  /// The first raw control, DEL, C1, line separator or bidi control in the bytes, if any.
  static func firstUnsafe(_ bytes: Data) -> String? {
    let text = String(decoding: bytes, as: UTF8.self)
    for scalar in text.unicodeScalars {
      let v = scalar.value
      let unsafe =
        (v < 0x20 && v != 0x0A) || (0x7F...0x9F).contains(v) || (0x2028...0x202E).contains(v)
        || (0x2066...0x2069).contains(v)
      if unsafe { return "U+" + String(v, radix: 16, uppercase: true) }
    }
    return nil
  }

  static let commands: [[String]] = [
    ["check", "--demo"],
    ["report", "--demo"],
    ["report", "--demo", "--format", "csv"],
    ["report", "--demo", "--format", "json"],
    ["report", "--demo", "--team", "cin-cp-1"],
    // Refused (warnings to confirm), then done, with a hostile reason the log repeats.
    ["reassign", "--demo", "C529228", "--to", "ifeoma.nwosu", "--reason", "Balance" + raw],
    [
      "reassign", "--demo", "C529228", "--to", "ifeoma.nwosu", "--reason", "Balance" + raw,
      "--force",
    ],
    ["note", "--demo", "--case", "C529228", "--discussion", "Seen" + raw, "--decision", raw],
    ["supervise", "--demo", "--worker", "ifeoma.nwosu", "--discussion", "Talked" + raw],
    ["history", "--demo", "C529228"],
    ["actions", "--demo"],
    ["actions", "--demo", "--format", "csv"],
    ["report", "--demo", "--all-teams"],
    ["log", "--demo"],
    ["compact", "--demo"],
    ["reassign", "--demo", "C" + raw, "--to", "ifeoma.nwosu", "--reason", "x"],
    ["report", "--demo", "--team", raw],
    ["history", "--demo", raw],
    // Following actions up: a hostile note on record, then read back in every form.
    ["action", "done", "--demo", "A00146", "--note", "Done" + raw],
    ["action", "close", "--demo", "A00164", "--reason", "Moved" + raw],
    ["action", "done", "--demo", "A" + raw],
    ["actions", "--demo", "--format", "json"],
    ["history", "--demo", "C458653"],
    ["history", "--demo", "C458653", "--format", "csv"],
    ["history", "--demo", "C458653", "--format", "json"],
    ["report", "--demo", "--inspection"],
    ["report", "--demo", "--inspection", "--format", "csv"],
    ["report", "--demo", "--inspection", "--team", "cin-cp-1", "--format", "json"],
    ["report", "--demo", "--inspection", "--team", raw],
  ]

  @Test("every subcommand escapes names, reasons and notes from the store")
  func everySubcommand() throws {
    let (home, cli) = try Self.hostileDemo()
    var seenEscaped = false
    for arguments in Self.commands {
      let result = try cli.run(arguments)
      let label = arguments.prefix(4).joined(separator: " ").terminalSafeForTest
      #expect(Self.firstUnsafe(result.stdoutBytes) == nil, "stdout of \(label)")
      #expect(Self.firstUnsafe(result.stderrBytes) == nil, "stderr of \(label)")
      #expect(!result.stderr.contains("Fatal error"), "\(label)")
      seenEscaped =
        seenEscaped || result.stdout.contains("^[]0;pwned^G")
        || result.stdout.contains("\\u001B]0;pwned")
    }
    #expect(seenEscaped, "the hostile names were not printed at all")
    // The whole path a user typed for init is data too.
    let made = try cli.run(["init", home.path + "/new" + Self.raw])
    #expect(made.status == 0, "\(made.stderr)")
    #expect(Self.firstUnsafe(made.stdoutBytes) == nil)
  }

  /// Commands beyond `commands` that print store data or echo what was typed.
  static let more: [[String]] = [
    ["actions", "--demo", "--worker", "chidi.okonkwo"],
    ["actions", "--demo", "--worker", "chidi.okonkwo", "--format", "csv"],
    ["log", "--demo", "--since", "0"],
    ["holidays", "--demo"],
    ["report", "--demo", "--all-teams", "--format", "csv"],
    ["report", "--demo", "--all-teams", "--format", "json"],
    ["report", "--demo", "--inspection", "--team", "cin-cp-1"],
    ["history", "--demo", "C529228", "--format", "csv"],
    ["history", "--demo", "C529228", "--format", "json"],
    ["worker", "add", "x.y", "--name", "X" + raw, "--team", "cin-cp-1", "--demo"],
    ["worker", "set", "aisha.siddiqui", "--fte", "0.5", "--reason", "Less" + raw, "--demo"],
    [
      "worker", "absence", "aisha.siddiqui", "--from", "1/12/2026", "--to", "2/12/2026",
      "--reason", "Leave" + raw, "--demo",
    ],
    ["case", "close", "C529228", "--reason", "Closed" + raw, "--demo"],
    ["case", "visit", "C" + raw, "--demo"],
    ["team", "add", "t" + raw, "--name", "T", "--kind", "other", "--demo"],
    ["supervise", "--demo", "--worker", "aisha.siddiqui", "--json", "-"],
    ["check", "--demo"],
  ]

  /// A session whose every text is hostile, for `supervise --json -`.
  static let session = #"""
    {"discussion":"Talked\#(payload)","entries":[{"case":"C529228","discussion":"Plan\#(payload)",
    "decision":"Keep\#(payload)","actions":[{"text":"Visit\#(payload)","owner":"aisha.siddiqui",
    "due":"2026-12-04"}]}]}
    """#

  @Test("every command, on a demo whose every displayable field is hostile")
  func everyFieldEveryCommand() throws {
    let (home, cli) = try HostileDemo.make()
    defer { withExtendedLifetime(home) {} }
    var escaped = 0
    for arguments in Self.commands + Self.more {
      let result = try cli.run(arguments, stdin: arguments.contains("--json") ? Self.session : nil)
      let label = arguments.prefix(4).joined(separator: " ").terminalSafeForTest
      #expect(Self.firstUnsafe(result.stdoutBytes) == nil, "stdout of \(label)")
      #expect(Self.firstUnsafe(result.stderrBytes) == nil, "stderr of \(label)")
      #expect(!result.stderr.contains("Fatal error"), "\(label)")
      // Listings show the data, as notation in text and CSV and as \u escapes in JSON.
      guard ["report", "history", "actions", "log"].contains(arguments[0]), result.status == 0
      else { continue }
      let shown =
        arguments.contains("json")
        ? result.stdout.contains(#"\u001B[2J"#) || result.stdout.contains(#"\u001b[2J"#)
        : result.stdout.contains("^[[2J")
      #expect(shown, "\(label) did not show the hostile data")
      escaped += shown ? 1 : 0
    }
    #expect(escaped >= 20)
  }

  @Test("JSON escapes C1, DEL and bidi controls as \\u, and stays valid JSON with the names intact")
  func json() throws {
    let (home, cli) = try Self.hostileDemo()
    defer { withExtendedLifetime(home) {} }
    let result = try cli.run(["report", "--demo", "--format", "json", "--team", "cin-cp-1"])
    #expect(result.status == 0)
    #expect(result.stdout.contains(#"\u009B31m"#) || result.stdout.contains(#"\u009b31m"#))
    #expect(result.stdout.contains(#"\u202E"#))
    let parsed = try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any]
    let teams = parsed?["teams"] as? [[String: Any]]
    let name = teams?.first?["name"] as? String
    #expect(name?.hasSuffix("\u{202E}evil") == true, "the JSON must carry the real name")
  }

  @Test("CSV keeps its guard against spreadsheet formulas")
  func csvFormula() throws {
    let home = try TemporaryDirectory()
    let cli = CLI(home: home.path)
    _ = try cli.run(["report", "--demo"])
    let file = home.path + "/state/caseload/demo/caseload.json"
    let text = try String(contentsOfFile: file, encoding: .utf8)
      .replacingOccurrences(of: "\"Aisha Siddiqui\"", with: #""=HYPERLINK(\"http://x\")""#)
    try text.write(toFile: file, atomically: false, encoding: .utf8)
    let result = try cli.run(["report", "--demo", "--format", "csv"])
    #expect(result.stdout.contains(#""'=HYPERLINK(""http://x"")""#))
  }

  @Test("the command line writes only through Output: no bare print or stream write elsewhere")
  func onePrinter() throws {
    let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Sources/caseload")
    let forbidden = [
      "print(", "FileHandle.standardOutput", "FileHandle.standardError", "fputs(", "fwrite(",
      "putchar(", "puts(", "debugPrint(", "dump(", "write(1", "write(2", "STDOUT_FILENO",
      "STDERR_FILENO", "stdout", "stderr",
    ]
    let walker = FileManager.default.enumerator(atPath: sources.path)
    var checked = 0
    while let name = walker?.nextObject() as? String {
      guard name.hasSuffix(".swift"), name != "Support/Output.swift" else { continue }
      let text = try String(contentsOfFile: sources.path + "/" + name, encoding: .utf8)
      checked += 1
      for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
        .enumerated()
      {
        let code = line.trimmingCharacters(in: .whitespaces)
        guard !code.hasPrefix("//") else { continue }
        for word in forbidden where code.contains(word) && !code.contains("Output.") {
          Issue.record("Sources/caseload/\(name):\(number + 1) writes with \(word); use Output")
        }
      }
    }
    #expect(checked > 10)
  }
}

extension String {
  /// For test labels only.
  fileprivate var terminalSafeForTest: String {
    String(
      unicodeScalars.map {
        $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? "?" : Character($0)
      })
  }
}
