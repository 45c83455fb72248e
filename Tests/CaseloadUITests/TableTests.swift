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
    let rect = Rect(x: 0, y: 0, width: 21, height: 11)
    let visible = table.visibleRows(height: rect.height)
    #expect(visible == 10)

    for _ in 0..<14 { table.position.move(by: 1, rowCount: 100, visibleRows: visible) }
    var canvas = Canvas(width: 21, height: 11)
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
        >Worker 15         15
        """)
    #expect(canvas.cursor?.y == 10)

    // Moving back up inside the view moves the highlight, not the rows.
    for _ in 0..<3 { table.position.move(by: -1, rowCount: 100, visibleRows: visible) }
    canvas = Canvas(width: 21, height: 11)
    #expect(table.render(into: &canvas, rect: rect) == 7)
    #expect(canvas.lines[1] == " Worker 6           6")
    #expect(canvas.styledText.split(separator: "\n")[7] == "{selected}>Worker 12         12")

    table.position.move(by: visible, rowCount: 100, visibleRows: visible)
    table.position.move(by: 1000, rowCount: 100, visibleRows: visible)
    canvas = Canvas(width: 21, height: 11)
    #expect(table.render(into: &canvas, rect: rect) == 10)
    #expect(canvas.lines.last == ">Worker 100        10")
    #expect(table.position.selected == 99)
  }

  @Test("a selection scrolled out of view by a stale offset is brought back on drawing")
  func staleOffset() {
    let table = Table(
      columns: columns, rows: workers(100), position: ListPosition(selected: 50, offset: 0))
    var canvas = Canvas(width: 21, height: 4)
    #expect(table.render(into: &canvas, rect: Rect(x: 0, y: 0, width: 21, height: 4)) == 3)
    #expect(
      canvas.lines[1...] == [
        " Worker 49         19", " Worker 50         20", ">Worker 51         21",
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
    var canvas = Canvas(width: 27, height: 5)
    table.render(into: &canvas, rect: Rect(x: 0, y: 0, width: 27, height: 5), focused: false)
    #expect(
      canvas.text == """
         Child        Worker   Load
         Zoë Adeyemi  Siobhán   92%
         陈静         Łukasz    64%
         Nguyễn Văn … 陈小明 … 130%
         👩‍👧 Family    Ann        5%
        """)
    #expect(canvas.lines.allSatisfy { $0.displayWidth <= 27 })
    #expect(canvas.cursor == nil)
  }

  @Test("the header is in the header role and the selected row is selected across its width")
  func roles() {
    let table = Table(
      columns: columns, rows: [["Ann", TableCell("3", role: .warn)], ["Bo", "4"]],
      position: ListPosition(selected: 1))
    var canvas = Canvas(width: 13, height: 3)
    table.render(into: &canvas, rect: Rect(x: 0, y: 0, width: 13, height: 3))
    #expect(
      canvas.styledText == """
        {header} Worker Cases
         Ann        {warn}3
        {selected}>Bo         4
        """)
  }

  @Test("a load bar fills its column")
  func barCell() {
    let table = Table(
      columns: [TableColumn("Name", width: .fixed(4)), TableColumn("Load", width: .fill)],
      rows: [["Ann", .bar(LoadBar(fraction: 0.5, percent: 50, level: .ok))]])
    var canvas = Canvas(width: 19, height: 2, glyphs: .ascii)
    table.render(into: &canvas, rect: Rect(x: 0, y: 0, width: 19, height: 2))
    #expect(canvas.lines == [" Name Load", " Ann  [###..]  50%"])
  }

  @Test("an empty list draws just its header and selects nothing")
  func empty() {
    var position = ListPosition()
    position.move(by: 1, rowCount: 0, visibleRows: 5)
    #expect(position.selected == nil)
    let table = Table(columns: columns, rows: [], position: position)
    var canvas = Canvas(width: 13, height: 3)
    #expect(table.render(into: &canvas, rect: Rect(x: 0, y: 0, width: 13, height: 3)) == nil)
    #expect(canvas.lines == [" Worker Cases", "", ""])
  }

  @Test("rows marked with Space show the mark glyph in the gutter, selected or not")
  func marks() {
    let table = Table(
      columns: columns, rows: workers(4), position: ListPosition(selected: 1), marked: [1, 3])
    var canvas = Canvas(width: 21, height: 5, glyphs: .ascii)
    table.render(into: &canvas, rect: Rect(x: 0, y: 0, width: 21, height: 5))
    #expect(
      canvas.lines.map { String($0.prefix(9)) } == [
        " Worker  ", " Worker 1", "*Worker 2", " Worker 3", "*Worker 4",
      ])
    canvas = Canvas(width: 21, height: 5, glyphs: .unicode)
    table.render(into: &canvas, rect: Rect(x: 0, y: 0, width: 21, height: 5))
    #expect(canvas.lines[2].hasPrefix("●Worker 2"))
  }

  @Test(
    "every list moves the same way: a row, a page of the rows on screen, Home and End",
    arguments: [
      (KeyIntent.down, 5, 6), (.up, 5, 4), (.pageDown, 5, 12), (.pageUp, 5, 0), (.pageUp, 12, 5),
      (.top, 40, 0), (.bottom, 3, 99), (.down, 99, 99), (.up, 0, 0),
    ])
  func movement(intent: KeyIntent, from: Int, to: Int) {
    var position = ListPosition(selected: from)
    let moved = position.move(intent, rowCount: 100, visibleRows: 7)
    #expect(moved)
    #expect(position.selected == to)
    let opened = position.move(.open, rowCount: 100, visibleRows: 7)
    #expect(!opened)
  }
}
