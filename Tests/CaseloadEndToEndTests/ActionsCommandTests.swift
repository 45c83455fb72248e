import Foundation
import Testing

@Suite("caseload actions on the demo")
struct ActionsCommandTests {
  @Test("lists open actions with ids, oldest due first, overdue marked, in text, csv and json")
  func lists() throws {
    let home = try TemporaryDirectory()
    let cli = CLI(home: home.path)
    let text = try cli.run(["actions", "--demo", "--team", "cin-cp-1"])
    #expect(text.status == 0, "\(text.stderr)")
    let lines = text.stdout.split(separator: "\n").map(String.init)
    let header = try #require(lines.first)
    #expect(header.hasSuffix("overdue"))
    let dues = lines.dropFirst().compactMap { line in
      line.range(of: "due ").map { String(line[$0.upperBound...].prefix(10)) }
    }
    #expect(dues.count == lines.count - 1)
    #expect(dues == dues.sorted())
    #expect(lines.contains { $0.contains("OVERDUE") })

    let csv = try cli.run(["actions", "--demo", "--team", "cin-cp-1", "--format", "csv"])
    #expect(csv.stdout.split(separator: "\n").count == lines.count)
    let json = try cli.run(["actions", "--demo", "--team", "cin-cp-1", "--format", "json"])
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    #expect((object?["actions"] as? [Any])?.count == lines.count - 1)

    let one = try cli.run(["actions", "--demo", "--worker", "chidi.okonkwo"])
    #expect(one.stdout.contains("Chidi Okonkwo"))
    #expect(try cli.run(["actions", "--demo", "--worker", "nobody"]).status == 1)
    #expect(try cli.run(["actions", "--demo", "--team", "x", "--worker", "y"]).status == 2)
  }
}
