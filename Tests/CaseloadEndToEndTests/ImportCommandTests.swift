import Foundation
import Testing

@Suite("caseload import: the sample files, dry run, refusals that change nothing, re-import")
struct ImportCommandTests {
  static let workers = TeamStore.samples + "/workers.csv"
  static let cases = TeamStore.samples + "/cases.csv"

  @Test("a dry run prints what would be added and writes nothing; the import then saves one change")
  func sampleFiles() throws {
    let store = try TeamStore()
    let before = snapshotOfFiles(under: store.path)
    let dry = try store.expectSuccess(
      ["import", "--workers", Self.workers, "--cases", Self.cases, "--dry-run"])
    #expect(
      dry.stdout.contains("add worker zoe.okonkwo-hart: Zoë Okonkwo-Hart, senior practitioner"))
    #expect(
      dry.stdout.hasSuffix(
        "dry run, nothing saved: import of workers.csv, cases.csv: 8 workers added, 60 cases added\n"
      ))
    #expect(snapshotOfFiles(under: store.path) == before)

    let saved = try store.expectSuccess([
      "import", "--workers", Self.workers, "--cases", Self.cases,
    ])
    #expect(
      saved.stdout.hasSuffix(
        "saved as change 2: import of workers.csv, cases.csv: 8 workers added, 60 cases added\n"))
    let report = try store.expectSuccess(["report", "--format", "csv"])
    #expect(report.stdout.contains("Nguyễn Thị Lan"))
    let log = try store.expectSuccess(["log"])
    #expect(
      log.stdout.contains(" import of workers.csv, cases.csv: 8 workers added, 60 cases added"))

    let again = try store.expectSuccess([
      "import", "--workers", Self.workers, "--cases", Self.cases,
    ])
    #expect(again.stdout.contains("nothing to import"))
    #expect(try store.expectSuccess(["log"]).stdout == log.stdout)
  }

  static let header =
    "Mosaic ID,Child's Name,DOB,Sibling Group,Legal Status,Allocated Date,Allocated Worker,Last Seen\n"

  struct Refusal: Sendable, CustomTestStringConvertible {
    var name: String
    var cases: [UInt8]
    /// What the first problem line says after the file's path.
    var says: String
    var testDescription: String { name }

    init(_ name: String, _ cases: String, _ says: String) {
      self.init(name, Array(cases.utf8), says)
    }

    init(_ name: String, _ cases: [UInt8], _ says: String) {
      self.name = name
      self.cases = cases
      self.says = says
    }
  }

  static let refusals: [Refusal] = [
    Refusal(
      "unknown worker", header + "M1,Ava,01/02/2015,,CIN,01/06/2026,Nobody Known,\n",
      "line 2, column 'Allocated Worker': no worker 'Nobody Known'"),
    Refusal(
      "impossible date", header + "M1,Ava,31/02/2015,,CIN,01/06/2026,,\n",
      "line 2, column 'DOB': '31/02/2015' is not a real date"),
    Refusal(
      "unknown category", header + "M1,Ava,01/02/2015,,Early help,01/06/2026,,\n",
      "line 2, column 'Legal Status': 'Early help' is not a category we know"),
    Refusal(
      "duplicate child id",
      header + "M1,Ava,01/02/2015,,CIN,01/06/2026,,\nM1,Ben,01/02/2016,,CIN,01/06/2026,,\n",
      "line 3, column 'Mosaic ID': child id M1 is listed twice (also line 2)"),
    Refusal(
      "missing required column", "Mosaic ID,Child's Name,DOB\nM1,Ava,01/02/2015\n",
      "line 1: has no category column"),
    Refusal(
      "invalid UTF-8 (a Windows-1252 export)",
      Array((header + "M1,Zo").utf8) + [0xEB] + Array(",01/02/2015,,CIN,01/06/2026,,\n".utf8),
      "line 2: is not UTF-8 text"),
    Refusal(
      "a quote never closed", header + "M1,\"Ava,01/02/2015,,CIN,01/06/2026,,\n",
      "has a quoted value that is never closed"),
    Refusal(
      "a huge field",
      header + "M1," + String(repeating: "A", count: 20_000) + ",01/02/2015,,CIN,01/06/2026,,\n",
      "line 2, column 'Child's Name': a value of 20000 characters is longer than the 10000"),
  ]

  @Test(arguments: refusals)
  func refusedAndUnchanged(_ example: Refusal) throws {
    let store = try TeamStore()
    let file = try store.file("cases.csv", example.cases)
    let before = snapshotOfFiles(under: store.path)
    let result = try store.run(["import", "--workers", Self.workers, "--cases", file])
    #expect(result.status == 1)
    #expect(
      result.stderrLines.first?.hasPrefix(file + ": " + example.says) == true, "\(result.stderr)")
    #expect(result.stderrLines.last?.hasPrefix("caseload: import refused: ") == true)
    #expect(result.stdout.isEmpty)
    #expect(snapshotOfFiles(under: store.path) == before)
  }

  @Test("a worker in two teams and a file too large to read are refused, store unchanged")
  func otherRefusals() throws {
    let store = try TeamStore()
    try store.expectSuccess(["team", "add", "cic", "--name", "Children in Care", "--kind", "CiC"])
    let twoTeams = try store.file(
      "workers.csv",
      "Name,Email,Team\nAmara Okafor,amara@x.example,riverside\nAmara Okafor,amara@x.example,cic\n")
    var big = [UInt8](repeating: UInt8(ascii: "a"), count: (16 << 20) + 10)
    big[0] = UInt8(ascii: "I")
    let huge = try store.file("huge.csv", big)
    let before = snapshotOfFiles(under: store.path)
    let result = try store.run(["import", "--workers", twoTeams, "--cases", huge])
    #expect(result.status == 1)
    #expect(
      result.stderrLines == [
        huge
          + ": is larger (16777226 bytes) than the 16 MiB an import file may be; split it by team",
        "caseload: import refused: 1 problem; nothing was saved",
      ])
    let second = try store.run(["import", "--workers", twoTeams])
    #expect(
      second.stderrLines.first
        == twoTeams
        + ": line 3, column 'Email': Amara Okafor (amara) is in two teams: riverside (line 2) and cic"
    )
    #expect(snapshotOfFiles(under: store.path) == before)
  }

  @Test("escape sequences in a file never reach the terminal raw, in problems or in the plan")
  func hostileCells() throws {
    let store = try TeamStore()
    let raw = "\u{1B}]0;pwned\u{07}\u{9B}31m\u{202E}"
    let bad = try store.file(
      "cases.csv", Self.header + "M1,Ava\(raw),01/02/2015,,CIN\(raw),01/06/2026,,\n")
    let refused = try store.run(["import", "--cases", bad])
    #expect(refused.status == 1)
    #expect(
      !refused.stderr.unicodeScalars.contains {
        $0 == "\u{1B}" || $0 == "\u{9B}" || $0 == "\u{202E}"
      })
    #expect(refused.stderr.contains("the child's name has the control character \\u{1b} in it"))
    // A header nobody reads is still named in the plan, escaped.
    let shown = try store.file("ok.csv", "Name,Notes\(raw)\nAmara Okafor,\(raw)\n")
    let plan = try store.expectSuccess(["import", "--workers", shown, "--dry-run"])
    #expect(plan.stdout.contains("left out: Notes"))
    #expect(
      !plan.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{9B}" || $0 == "\u{202E}" })
  }

  @Test("import with neither file is a usage error")
  func usage() throws {
    let store = try TeamStore()
    let result = try store.run(["import"])
    #expect(result.status == 2)
    #expect(
      result.stderrLines == [
        "caseload: give --workers FILE, --cases FILE or both (see 'caseload help')"
      ])
  }

  @Test("an export with a BOM, CRLF, quoted commas and newlines and --map is read as written")
  func excelVariant() throws {
    let store = try TeamStore()
    let workers = try store.file(
      "staff.csv", Array("\u{FEFF}Worker,Username,Role\r\n\"Okafor, Amara\",aokafor,SP\r\n".utf8))
    let cases = try store.file(
      "export.csv",
      Array(
        ("\u{FEFF}LCS ID,Name,Date of Birth,Case Type,Start Date,Key worker,Notes\r\n"
          + "L1,\"Brown, Ava\",2015-02-01,CPP,1 Jun 2026,aokafor,\"two\r\nlines\"\r\n").utf8))
    try store.expectSuccess([
      "import", "--workers", workers, "--cases", cases, "--map", "Key worker=worker",
    ])
    let history = try store.expectSuccess(["history", "L1"])
    #expect(history.stdout.hasPrefix("L1 Brown, Ava, born 2015-02-01, CP\n"))
    #expect(
      history.stdout.contains("allocated to Okafor, Amara: import of staff.csv, export.csv  (by "))
  }

  @Test("re-importing a newer export changes what changed, adds the new, and says so")
  func reimport() throws {
    let store = try TeamStore()
    try store.expectSuccess(["import", "--workers", Self.workers, "--cases", Self.cases])
    var text = try String(contentsOfFile: Self.cases, encoding: .utf8)
    let first = try #require(text.split(separator: "\r\n").dropFirst().first.map(String.init))
    let id = String(first.prefix { $0 != "," })
    let fields = first.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    let changed = ([fields[0], fields[1], fields[2], fields[3], "PLO"] + fields[5...]).joined(
      separator: ",")
    text = text.replacingOccurrences(of: first, with: changed)
    text += "M999999,New Referral,1/1/20,,CIN,20/11/2026,,\r\n"
    let newer = try store.file("cases-newer.csv", text)
    let result = try store.expectSuccess(["import", "--cases", newer])
    #expect(result.stdout.contains("change case \(id) ("))
    #expect(result.stdout.contains("add case M999999: New Referral, CIN"))
    #expect(result.stdout.contains("unchanged: 59 cases"))
    #expect(
      result.stdout.hasSuffix(
        "saved as change 3: import of cases-newer.csv: 1 case added, 1 case changed\n"))
    let history = try store.expectSuccess(["history", id])
    #expect(history.stdout.contains("updated by import: category "))
    #expect(history.stdout.contains(" -> Court"))
    let check = try store.expectSuccess(["check"])
    #expect(check.stdout.contains("61 cases"))
  }
}
