import Foundation
import Testing

@Suite("CLI errors: one line on stderr, the SPEC 3 exit codes, no stack trace")
struct CLIErrorTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var arguments: [String]
    var status: Int32
    var says: String
    var testDescription: String { arguments.joined(separator: " ") }
  }

  static let cases: [Case] = [
    Case(arguments: ["frobnicate"], status: 2, says: "frobnicate"),
    Case(arguments: ["report", "--format", "pdf"], status: 2, says: "pdf"),
    Case(arguments: ["report", "--demo", "--store", "/x"], status: 2, says: "not both"),
    Case(arguments: ["reassign", "--demo", "C1", "--to", "W1"], status: 2, says: "--reason"),
    Case(arguments: ["reassign", "--demo", "C1", "--reason", "x"], status: 2, says: "--to"),
    Case(
      arguments: ["reassign", "--demo", "C999999", "--to", "W1", "--reason", "x"], status: 1,
      says: "C999999"),
    Case(
      arguments: ["note", "--demo", "--case", "C999999", "--discussion", "x"], status: 1,
      says: "C999999"),
    Case(
      arguments: ["note", "--demo", "--case", "C1", "--discussion", "x", "--action", "nonsense"],
      status: 2, says: "action"),
    Case(arguments: ["history", "--demo", "NOPE"], status: 1, says: "NOPE"),
    Case(arguments: ["report", "--demo", "--team", "nope"], status: 1, says: "nope"),
    Case(
      arguments: ["report", "--store", "/nonexistent/store"], status: 1, says: "/nonexistent/store"),
    Case(
      arguments: ["supervise", "--demo", "--worker", "W1"], status: 2, says: "nothing to record"),
    Case(
      arguments: ["generate", "--workers", "0", "--out", "/tmp/x"], status: 2, says: "--workers"),
  ]

  @Test(arguments: cases)
  func oneLineError(_ example: Case) throws {
    let home = try TemporaryDirectory()
    let result = try CLI(home: home.path).run(example.arguments)
    #expect(result.status == example.status, "stderr: \(result.stderr)")
    #expect(result.stderrLines.count == 1, "stderr: \(result.stderr)")
    #expect(result.stderr.hasPrefix("caseload: "))
    #expect(result.stderr.contains(example.says), "stderr: \(result.stderr)")
    #expect(!result.stderr.contains("Fatal error"))
  }

  @Test("help goes to stdout and exits 0")
  func help() throws {
    let home = try TemporaryDirectory()
    let result = try CLI(home: home.path).run(["--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("report"))
    #expect(result.stderr.isEmpty)
  }
}
