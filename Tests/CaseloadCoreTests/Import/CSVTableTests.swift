import CaseloadCore
import Testing

@Suite("Reading CSV exports: quoting, BOM, CRLF, line numbers, and the files refused")
struct CSVTableTests {
  static func table(_ text: String) throws -> CSVTable {
    try CSVTable.parse(Array(text.utf8), file: "cases.csv")
  }

  static func refusal(_ bytes: [UInt8]) -> [String] {
    do {
      _ = try CSVTable.parse(bytes, file: "cases.csv")
      return []
    } catch {
      return error.problems.map(\.description)
    }
  }

  @Test("an Excel 'CSV UTF-8' export: byte order mark, CRLF line ends, quoted commas")
  func excelExport() throws {
    let table = try Self.table(
      "\u{FEFF}Mosaic ID,Child's Name,DOB\r\nM1,\"Okafor, Ada\",01/02/2015\r\nM2,Ben Ní Bhriain,2/3/16\r\n"
    )
    #expect(table.header == ["Mosaic ID", "Child's Name", "DOB"])
    #expect(
      table.rows.map(\.cells) == [
        ["M1", "Okafor, Ada", "01/02/2015"], ["M2", "Ben Ní Bhriain", "2/3/16"],
      ])
    #expect(table.rows.map(\.line) == [2, 3])
  }

  @Test("a quoted newline and doubled quotes stay in the cell, and later rows keep their line")
  func embeddedNewlines() throws {
    let table = try Self.table(
      "ID,Name,Notes\r\nM1,Ada,\"first line\r\nsecond \"\"quoted\"\" line\"\r\n\r\nM2,Ben,\r\n")
    #expect(table.rows.count == 2)
    #expect(table.rows[0].cells[2] == "first line\nsecond \"quoted\" line")
    // M1 spans lines 2-3, line 4 is blank, M2 is on line 5.
    #expect(table.rows.map(\.line) == [2, 5])
  }

  @Test("a semicolon-separated export is read by its header's separator")
  func semicolons() throws {
    let table = try Self.table("ID;Name\nM1;Ada\n")
    #expect(table.rows.map(\.cells) == [["M1", "Ada"]])
  }

  @Test("old Mac line ends (CR alone) and a last line with no line end")
  func carriageReturns() throws {
    let table = try Self.table("ID,Name\rM1,Ada\rM2,Ben")
    #expect(table.rows.map(\.cells) == [["M1", "Ada"], ["M2", "Ben"]])
    #expect(table.rows.map(\.line) == [2, 3])
  }

  @Test(
    "files refused with one line each",
    arguments: [
      (
        Array("ID,Name\nM1,Zo".utf8) + [0xEB] + Array("\n".utf8),
        "cases.csv: line 2: is not UTF-8 text; save it from the spreadsheet as \"CSV UTF-8 (comma delimited)\""
      ),
      (
        [0xFF, 0xFE, 0x49, 0x00],
        "cases.csv: is UTF-16 text; save it from the spreadsheet as \"CSV UTF-8\""
      ),
      (Array("\r\n \r\n".utf8), "cases.csv: is empty"),
      (
        Array("ID,Name\nM1,\"Ada\nM2,Ben\n".utf8),
        "cases.csv: has a quoted value that is never closed (a \" with no closing \")"
      ),
      (
        Array("ID,Name\nM1,Ada\nM2,\"Ben\"x\"\"\n".utf8),
        "cases.csv: line 3: a quote mark is out of place; a value with a quote in it must be quoted, with the quote doubled (\"\")"
      ),
    ])
  func refused(_ bytes: [UInt8], _ expected: String) {
    #expect(Self.refusal(bytes) == [expected])
  }

  @Test("a huge cell is refused naming its line and column")
  func hugeField() {
    let text =
      "ID,Notes\nM1,ok\nM2," + String(repeating: "x", count: CSVTable.fieldLimit + 1) + "\n"
    #expect(
      Self.refusal(Array(text.utf8)) == [
        "cases.csv: line 3, column 'Notes': a value of 10001 characters is longer than the 10000 a cell may hold"
      ])
  }

  @Test("a file over the size limit is refused before it is parsed")
  func hugeFile() {
    let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: CSVTable.byteLimit + 1)
    #expect(
      Self.refusal(bytes) == [
        "cases.csv: is larger (16777217 bytes) than the 16 MiB an import file may be; split it by team"
      ])
  }
}
