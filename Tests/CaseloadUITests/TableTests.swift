import Testing

@testable import CaseloadUI

@Suite("Table")
struct TableTests {
  private let columns = [
    TableColumn("Worker", width: .fill),
    TableColumn("Cases", width: .fixed(5), alignment: .right),
  ]

  private func workers(_ count: Int) -> [[TableCell]] {
    (1...count).map { [TableCell("Worker \($0)"), TableCell("\($0 % 30)")] }
  }

  @Test("the selected row stays in view while scrolling through 100 rows in 10 lines")
  func scrolling() {
    var table = Table(columns: columns, rows: workers(100), position: ListPosition(selected: 0))
    let rect = Rect(x: 0, y: 0, width: 20, height: 11)
    let visible = table.visibleRows(height: rect.height)
    #expect(visible == 10)

    for _ in 0..<14 { table.position.move(by: 1, rowCount: 100, visibleRows: visible) }
    var canvas = Canvas(width: 20, height: 11)
    #expect(table.render(into: &canvas, rect: rect) == 10)
    #expect(
      canvas.text == """
        Worker         Cases
        Worker 6           6
        Worker 7           7
        Worker 8           8
        Worker 9           9
        Worker 10         10
        Worker 11         11
        Worker 12         12
        Worker 13         13
        Worker 14         14
        Worker 15         15
        """)
    #expect(canvas.cursor?.y == 10)

    // Moving back up inside the view moves the highlight, not the rows.
    for _ in 0..<3 { table.position.move(by: -1, rowCount: 100, visibleRows: visible) }
    canvas = Canvas(width: 20, height: 11)
    #expect(table.render(into: &canvas, rect: rect) == 7)
    #expect(canvas.lines[1] == "Worker 6           6")
    #expect(canvas.styledText.split(separator: "\n")[7] == "{selected}Worker 12         12")

    table.position.move(by: visible, rowCount: 100, visibleRows: visible)
    table.position.move(by: 1000, rowCount: 100, visibleRows: visible)
    canvas = Canvas(width: 20, height: 11)
    #expect(table.render(into: &canvas, rect: rect) == 10)
    #expect(canvas.lines.last == "Worker 100        10")
    #expect(table.position.selected == 99)
  }

  @Test("a selection scrolled out of view by a stale offset is brought back on drawing")
  func staleOffset() {
    let table = Table(
      columns: columns, rows: workers(100), position: ListPosition(selected: 50, offset: 0))
    var canvas = Canvas(width: 20, height: 4)
    #expect(table.render(into: &canvas, rect: Rect(x: 0, y: 0, width: 20, height: 4)) == 3)
    #expect(
      canvas.lines[1...] == [
        "Worker 49         19", "Worker 50         20", "Worker 51         21",
      ])
  }

  @Test("wide and accented names keep the columns aligned, and long ones are cut")
  func wideNamesAlign() {
    let table = Table(
      columns: [
        TableColumn("Child", width: .fixed(12)),
        TableColumn("Worker", width: .fill),
        TableColumn("Load", width: .fixed(4), alignment: .right),
      ],
      rows: [
        ["Zoë Adeyemi", "Siobhán", TableCell("92%", role: .warn)],
        ["陈静", "Łukasz", "64%"],
        ["Nguye\u{0302}\u{0303}n Văn An", "陈小明先生", "130%"],
        ["👩‍👧 Family", "Ann", "5%"],
      ])
    var canvas = Canvas(width: 26, height: 5)
    table.render(into: &canvas, rect: Rect(x: 0, y: 0, width: 26, height: 5), focused: false)
    #expect(
      canvas.text == """
        Child        Worker   Load
        Zoë Adeyemi  Siobhán   92%
        陈静         Łukasz    64%
        Nguyễn Văn … 陈小明 … 130%
        👩‍👧 Family    Ann        5%
        """)
    #expect(canvas.lines.allSatisfy { $0.displayWidth <= 26 })
    #expect(canvas.cursor == nil)
  }

  @Test("the header is in the header role and the selected row is selected across its width")
  func roles() {
    let table = Table(
      columns: columns, rows: [["Ann", TableCell("3", role: .warn)], ["Bo", "4"]],
      position: ListPosition(selected: 1))
    var canvas = Canvas(width: 12, height: 3)
    table.render(into: &canvas, rect: Rect(x: 0, y: 0, width: 12, height: 3))
    #expect(
      canvas.styledText == """
        {header}Worker Cases
        Ann        {warn}3
        {selected}Bo         4
        """)
  }

  @Test("a load bar fills its column")
  func barCell() {
    let table = Table(
      columns: [TableColumn("Name", width: .fixed(4)), TableColumn("Load", width: .fill)],
      rows: [["Ann", .bar(LoadBar(fraction: 0.5, percent: 50, level: .ok))]])
    var canvas = Canvas(width: 18, height: 2, glyphs: .ascii)
    table.render(into: &canvas, rect: Rect(x: 0, y: 0, width: 18, height: 2))
    #expect(canvas.lines == ["Name Load", "Ann  [###..]  50%"])
  }

  @Test("an empty list draws just its header and selects nothing")
  func empty() {
    var position = ListPosition()
    position.move(by: 1, rowCount: 0, visibleRows: 5)
    #expect(position.selected == nil)
    let table = Table(columns: columns, rows: [], position: position)
    var canvas = Canvas(width: 12, height: 3)
    #expect(table.render(into: &canvas, rect: Rect(x: 0, y: 0, width: 12, height: 3)) == nil)
    #expect(canvas.lines == ["Worker Cases", "", ""])
  }
}
