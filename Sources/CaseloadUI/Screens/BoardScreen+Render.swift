import CaseloadCore

/// Where the parts of the board go for a given window size.
struct BoardLayout {
  var summary: Rect
  var workers: Rect
  var casesTitle: Rect
  var cases: Rect
  /// Worker rows that fit (the page size for PgUp/PgDn).
  var workerRows: Int { Table.visibleRows(height: workers.height) }
  /// Case rows that fit under the pane title.
  var caseRows: Int { Table.visibleRows(height: cases.height, showsHeader: false) }

  /// The column between the panes when they sit side by side, else nil.
  var divider: Rect?

  /// From this width the cases sit beside the workers instead of under them.
  static let sideBySideWidth = 160

  init(body: Rect, summary: TeamSummary?, workerCount: Int) {
    let summaryHeight = summary.map { SummaryLine.height($0, width: body.width) } ?? 1
    self.summary = Rect(x: body.x, y: body.y, width: body.width, height: summaryHeight)
    let top = self.summary.maxY
    let rest = max(0, body.maxY - top)
    if body.width >= Self.sideBySideWidth {
      // The workers keep the width their columns need; the cases get the rest.
      let workersWidth = min(110, max(94, body.width - 66))
      workers = Rect(x: body.x, y: top, width: workersWidth, height: rest)
      divider = Rect(x: workers.maxX, y: top, width: 1, height: rest)
      let right = workers.maxX + 1
      casesTitle = Rect(x: right, y: top, width: body.maxX - right, height: 1)
      cases = Rect(x: right, y: top + 1, width: body.maxX - right, height: max(0, rest - 1))
      return
    }
    // Every worker row when it leaves at least four lines for the cases, else share the room.
    let wanted = workerCount + 1
    let workerHeight = max(3, min(wanted, rest - 5))
    workers = Rect(x: body.x, y: top, width: body.width, height: workerHeight)
    casesTitle = Rect(x: body.x, y: workers.maxY, width: body.width, height: 1)
    cases = Rect(
      x: body.x, y: casesTitle.maxY, width: body.width, height: max(0, body.maxY - casesTitle.maxY))
  }
}

extension BoardScreen {
  public func render(_ context: ScreenContext, into canvas: inout Canvas, rect: Rect) {
    if context.caseload.teams.isEmpty {
      FirstRun.render(into: &canvas, rect: rect)
      return
    }
    let summary = context.summary
    let rows = summary?.workers ?? []
    let layout = BoardLayout(body: rect, summary: summary, workerCount: rows.count)
    if let summary {
      SummaryLine.render(summary, into: &canvas, rect: layout.summary)
    } else {
      canvas.put(
        "This team no longer exists; press t to choose another.", x: rect.x, y: rect.y, role: .warn)
      return
    }

    let workerTable = Table(
      columns: WorkerColumns.columns(width: layout.workers.width),
      rows: rows.map { WorkerColumns.cells($0, width: layout.workers.width) }, position: workers)
    let workerY = workerTable.render(into: &canvas, rect: layout.workers, focused: pane == .workers)
    if rows.isEmpty {
      canvas.put(
        "No workers in this team yet: w adds one, N adds a new case (it waits in the queue),"
          + " e lists every record form.", x: layout.workers.x + 1, y: layout.workers.y + 1,
        role: .dim, width: layout.workers.width - 1)
    }

    let chosen = selectedWorker(context)
    let list = caseList(context)
    let title: String
    if let chosen {
      let count = list.count
      let markedText = marked.isEmpty ? "" : ", \(marked.count) marked"
      title = "Cases of \(chosen.worker.name) (\(count)\(markedText))"
    } else {
      title = "No worker selected"
    }
    if let divider = layout.divider {
      canvas.vline(x: divider.x, y: divider.y, height: divider.height, role: .dim)
    }
    canvas.fill(layout.casesTitle, role: .header)
    canvas.put(
      (pane == .cases ? "\(canvas.glyphs.arrow) " : "  ") + title, x: layout.casesTitle.x,
      y: layout.casesTitle.y, role: .header, width: layout.casesTitle.width)
    let caseTable = Table(
      columns: CaseColumns.columns,
      rows: list.map { CaseColumns.cells($0, rules: context.rules) },
      position: pane == .cases ? cases : ListPosition(selected: nil, offset: 0),
      showsHeader: false,
      marked: Set(list.indices.filter { marked.contains(list[$0].id) }))
    caseTable.render(into: &canvas, rect: layout.cases, focused: pane == .cases)
    if pane == .workers, let workerY { canvas.cursor = (rect.x, workerY) }
  }
}

/// The summary line of SPEC 2.1, wrapped to the width: every figure is always shown, on as
/// many lines as it takes.
enum SummaryLine {
  struct Item {
    var text: String
    var role: StyleRole
    /// Joined to the item before it with a comma rather than a bar (the overdue figures).
    var continues = false
  }

  static func items(_ s: TeamSummary) -> [Item] {
    let agency = Int((s.agencyShare * 100).rounded())
    func late(_ count: Int) -> StyleRole { count > 0 ? .over : .normal }
    return [
      Item(text: "Workers \(s.workerCount)", role: .normal),
      Item(text: "agency \(s.agencyCount) (\(agency)%)", role: .normal),
      Item(text: "open cases \(s.openCases)", role: .normal),
      Item(
        text: "caseloads avg \(String(format: "%.1f", s.averageCaseload))"
          + " (\(s.minCaseload)-\(s.maxCaseload))", role: .normal),
      Item(text: "unallocated \(s.unallocated)", role: s.unallocated > 0 ? .warn : .normal),
      Item(text: "overdue: visits \(s.visitsOverdue)", role: late(s.visitsOverdue)),
      Item(
        text: "assessments \(s.assessmentsOverdue)", role: late(s.assessmentsOverdue),
        continues: true),
      Item(
        text: "oversight \(s.oversightOverdue)", role: late(s.oversightOverdue), continues: true),
      Item(
        text: "supervision \(s.supervisionsOverdue)", role: late(s.supervisionsOverdue),
        continues: true),
    ]
  }

  /// Where each item goes: (line, column, separator before it), wrapping at item boundaries
  /// and keeping the overdue figures together when they fit on one line.
  static func placement(_ items: [Item], width: Int, ascii: Bool) -> [(
    line: Int, x: Int, separator: String
  )] {
    var result: [(Int, Int, String)] = []
    var line = 0
    var x = 0
    for (index, item) in items.enumerated() {
      let separator = index == 0 ? "" : item.continues ? ", " : ascii ? " | " : " · "
      var needed = item.text.displayWidth
      if !item.continues {
        // The item and the figures that continue it go to the next line together.
        for next in items.dropFirst(index + 1) {
          guard next.continues else { break }
          needed += 2 + next.text.displayWidth
        }
        if needed > width { needed = item.text.displayWidth }
      }
      if x > 0, x + separator.displayWidth + needed > width {
        line += 1
        x = 0
        result.append((line, 0, ""))
      } else {
        result.append((line, x, separator))
        x += separator.displayWidth
      }
      x += item.text.displayWidth
    }
    return result
  }

  /// How many lines the summary takes at this width.
  static func height(_ s: TeamSummary, width: Int) -> Int {
    (placement(items(s), width: width, ascii: true).last?.line ?? 0) + 1
  }

  static func render(_ s: TeamSummary, into canvas: inout Canvas, rect: Rect) {
    let items = items(s)
    for (item, place) in zip(
      items, placement(items, width: rect.width, ascii: canvas.glyphs == .ascii))
    where place.line < rect.height {
      let y = rect.y + place.line
      let x = rect.x + place.x
      canvas.put(place.separator, x: x, y: y, role: .dim)
      let start = x + place.separator.displayWidth
      canvas.put(item.text, x: start, y: y, role: item.role, width: rect.maxX - start)
    }
  }
}

/// The worker table's columns; wider windows get more detail.
enum WorkerColumns {
  /// Badges and bar widths: at 80 columns the bar gives up two cells so `AGY LEAVING 30 Nov`
  /// fits whole; beyond 80 half of each extra column goes to each, up to 30.
  static func badgeWidth(_ width: Int) -> Int { min(30, 18 + max(0, width - 80) / 2) }
  static func loadWidth(_ width: Int) -> Int { min(30, 16 + max(0, width - 80) / 2) }

  static func columns(width: Int) -> [TableColumn] {
    [
      TableColumn("Worker", width: .fill),
      TableColumn("Badges", width: .fixed(badgeWidth(width))),
      TableColumn("Cases", width: .fixed(5), alignment: .right),
      TableColumn("Load", width: .fixed(loadWidth(width))),
      TableColumn("Overdue", width: .fixed(7), alignment: .right),
      TableColumn("Supervised", width: .fixed(11)),
    ]
  }

  static func cells(_ row: WorkerRow, width: Int) -> [TableCell] {
    let overdue = row.overdue
    let badgeRole: StyleRole =
      row.badges.contains { if case .left = $0 { true } else { false } } ? .over : .dim
    return [
      TableCell(row.worker.name),
      TableCell(
        row.badges.map { badgeWidth(width) >= 24 ? $0.text : $0.shortText }.joined(
          separator: " "),
        role: badgeRole),
      TableCell("\(row.load.caseCount)"),
      .bar(LoadBar(row.load)),
      TableCell(overdue == 0 ? "-" : "\(overdue)", role: overdue > 0 ? .over : .normal),
      TableCell(
        (row.lastSupervision?.description ?? "never") + (row.supervision.overdue ? "!" : ""),
        role: row.supervision.overdue ? .over : .normal),
    ]
  }
}

/// The case list's columns under the board.
enum CaseColumns {
  static let columns = [
    TableColumn("Case", width: .fixed(8)),
    TableColumn("Child", width: .fill),
    TableColumn("Category", width: .fixed(11)),
    TableColumn("Next due", width: .fixed(26)),
  ]

  static func cells(_ child: Case, rules: Rules) -> [TableCell] {
    [
      TableCell(child.id.rawValue),
      TableCell(child.childName),
      TableCell(child.category.label),
      DueText.cell(for: child, rules: rules),
    ]
  }
}

/// "visit 2026-11-20 OVERDUE" and friends, with words rather than colour alone.
enum DueText {
  static func cell(for child: Case, rules: Rules) -> TableCell {
    if let due = rules.visitDue(child) {
      return TableCell(
        "visit \(due.date)\(due.overdue ? " OVERDUE" : "")", role: due.overdue ? .over : .normal)
    }
    if let due = rules.assessmentDue(child) {
      return TableCell(
        "assess by \(due.date)\(due.overdue ? " OVERDUE" : "")", role: due.overdue ? .over : .normal
      )
    }
    return TableCell("")
  }
}

extension Badge {
  /// The badge with its date as `30 Nov`, for the narrow board (the full date is in detail).
  var shortText: String {
    switch self {
    case .onLeave(let until): return "LEAVE to \(until.dayAndMonth)"
    case .leaving(let day): return "LEAVING \(day.dayAndMonth)"
    case .left(let day): return "LEFT \(day.dayAndMonth)"
    case .agency, .asye, .fte: return text
    }
  }
}

extension Day {
  /// `30 Nov`.
  var dayAndMonth: String {
    let months = [
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    let parts = components
    return "\(parts.day) \(months[max(0, min(11, parts.month - 1))])"
  }
}

/// What a store with no teams shows: how to bring a team in, and the keys that do it.
enum FirstRun {
  static let lines: [(String, StyleRole)] = [
    ("Welcome to caseload. This store has no teams yet.", .highlight),
    ("", .normal),
    ("Add your team here:", .header),
    ("  a     add a team (its id, name, kind and managers)", .normal),
    ("  then  w adds a worker, N a new case, e lists every record form", .normal),
    ("", .normal),
    ("Or bring a team in from the spreadsheets you keep, on the command line:", .header),
    ("  caseload import --workers workers.csv --cases cases.csv --team ID --dry-run", .normal),
    ("  (then again without --dry-run; sample files are in Data/import, and the", .dim),
    ("  README's \"Bringing your team in\" lists every column it recognises)", .dim),
    ("", .normal),
    ("? lists every key; q quits.", .dim),
  ]

  static func render(into canvas: inout Canvas, rect: Rect) {
    for (index, line) in lines.enumerated() where index < rect.height {
      canvas.put(line.0, x: rect.x + 1, y: rect.y + index, role: line.1, width: rect.width - 1)
    }
  }
}
