import CaseloadCore

extension HandoverScreen {
  /// Where the parts go: the heading, every affected worker's bars, the plan, the selected
  /// line's warnings and the reason.
  struct Layout {
    var heading: Rect
    var loads: Rect
    var plan: Rect
    var warnings: Rect
    var reason: Rect

    /// Warning lines under the plan for the selected line.
    static let warningRows = 2

    init(body: Rect, review: HandoverReview) {
      heading = Rect(x: body.x, y: body.y, width: body.width, height: 1)
      // Every affected worker when they fit beside a plan of at least five lines.
      let room = body.height - 1 - Self.warningRows - 1 - 6
      let loadsHeight = max(2, min(review.loads.count + 1, room))
      loads = Rect(x: body.x, y: heading.maxY, width: body.width, height: loadsHeight)
      reason = Rect(x: body.x, y: body.maxY - 1, width: body.width, height: 1)
      warnings = Rect(
        x: body.x, y: reason.y - Self.warningRows, width: body.width, height: Self.warningRows)
      plan = Rect(
        x: body.x, y: loads.maxY, width: body.width, height: max(0, warnings.y - loads.maxY))
    }

    var planRows: Int { Table.visibleRows(height: plan.height) }
  }

  public func render(_ context: ScreenContext, into canvas: inout Canvas, rect: Rect) {
    let review = context.rules.review(plan)
    let layout = Layout(body: rect, review: review)
    let caseload = context.caseload
    let name = caseload.worker(leaver)?.name ?? leaver.rawValue
    let undecided = plan.undecided.count
    canvas.put(
      "Handover plan for \(name): \(plan.lines.count) cases"
        + (undecided > 0 ? ", \(undecided) need your decision" : ""),
      x: rect.x, y: rect.y, role: .highlight, width: rect.width)

    Table(
      columns: [
        TableColumn("Worker", width: .fill), TableColumn("Before", width: .fixed(22)),
        TableColumn("After the plan", width: .fixed(22)),
      ],
      rows: review.loads.map { change in
        [
          TableCell(caseload.worker(change.worker)?.name ?? change.worker.rawValue),
          .bar(LoadBar(change.before, label: "\(change.before.caseCount)")),
          .bar(LoadBar(change.after, label: "\(change.after.caseCount)")),
        ]
      }, position: ListPosition(selected: nil)
    ).render(into: &canvas, rect: layout.loads, focused: false)

    let rows = plan.lines.map { line -> [TableCell] in
      let child = caseload.case(line.case)
      let warnings = review.warnings(of: line.case)
      let target: TableCell
      if line.needsDecision {
        target = TableCell("DECIDE", role: .over)
      } else if line.target == leaver {
        target = TableCell("stays with \(name)", role: .dim)
      } else {
        target = TableCell(
          line.target.flatMap { caseload.worker($0)?.name } ?? "unallocated",
          role: line.target == nil ? .warn : .normal)
      }
      return [
        TableCell(line.case.rawValue), TableCell(child?.childName ?? ""),
        TableCell(child?.category.shortLabel ?? ""), target,
        TableCell(
          warnings.isEmpty ? "-" : "\(warnings.count)!", role: warnings.isEmpty ? .dim : .warn),
        TableCell(line.why, role: line.needsDecision ? .over : .dim),
      ]
    }
    Table(
      columns: [
        TableColumn("Case", width: .fixed(8)), TableColumn("Child", width: .fixed(16)),
        TableColumn("Type", width: .fixed(6)), TableColumn("To", width: .fixed(17)),
        TableColumn("Warn", width: .fixed(4)), TableColumn("Why", width: .fill),
      ], rows: rows, position: position
    ).render(into: &canvas, rect: layout.plan, focused: !editingReason)

    renderWarnings(context, review, into: &canvas, rect: layout.warnings)

    let y = layout.reason.y
    let label = editingReason ? "Reason (Enter applies): " : "Reason: "
    let x = canvas.put(label, x: rect.x, y: y, role: editingReason ? .highlight : .dim)
    reason.render(
      into: &canvas, rect: Rect(x: rect.x + x, y: y, width: rect.width - x, height: 1),
      focused: editingReason)
  }

  /// The selected line's warnings, or that it has none, in the rows under the plan.
  private func renderWarnings(
    _ context: ScreenContext, _ review: HandoverReview, into canvas: inout Canvas, rect: Rect
  ) {
    guard let line = selectedLine, rect.height > 0 else { return }
    let to = line.target.flatMap { context.caseload.worker($0)?.name } ?? "nobody"
    if line.needsDecision {
      canvas.put(
        "\(line.case): \(line.why); choose with h/l (it stays with the leaver until you do).",
        x: rect.x, y: rect.y, role: .over, width: rect.width)
      return
    }
    let warnings = review.warnings(of: line.case)
    guard !warnings.isEmpty else {
      canvas.put(
        line.target == leaver
          ? "\(line.case) stays where it is." : "\(line.case) to \(to): no warnings.",
        x: rect.x, y: rect.y, role: .ok, width: rect.width)
      return
    }
    var lines = ReassignFlow.warningLines(warnings, width: rect.width).map(\.text)
    if lines.count > rect.height {
      lines = Array(lines.prefix(rect.height - 1)) + ["... and more: Enter lists them all"]
    }
    for (row, text) in lines.enumerated() {
      canvas.put(text, x: rect.x, y: rect.y + row, role: .warn, width: rect.width)
    }
  }
}
