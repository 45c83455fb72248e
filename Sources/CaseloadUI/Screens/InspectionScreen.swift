import CaseloadCore

/// `I`: inspection readiness for the team (SPEC 1.7): management oversight and visits within
/// timescale, supervision, assessments, children with many social workers, unallocated
/// children, open and overdue actions, then a row per worker. Enter opens the worker.
public struct InspectionScreen: ScreenModel {
  public var position = ListPosition(selected: 0)

  public init() {}

  public var title: String { "Inspection" }

  func inspection(_ context: ScreenContext) -> Inspection? {
    try? context.rules.inspection(of: context.teamID)
  }

  public func bindings(_ context: ScreenContext) -> [KeyBinding] {
    Keymap.move + [
      KeyBinding([.enter], "Enter", "open worker", .open).when(
        inspection(context)?.workers.isEmpty == false, else: "This team has no workers yet."),
      Keymap.back,
    ]
  }

  /// The figures take the lines they need; the workers' table the rest.
  static func table(_ body: Rect, summaryLines: Int) -> Rect {
    let top = body.y + summaryLines + 1
    return Rect(x: body.x, y: top, width: body.width, height: max(0, body.maxY - top))
  }

  public mutating func perform(_ intent: KeyIntent, _ context: ScreenContext) -> Outcome {
    guard let inspection = inspection(context) else { return intent == .back ? .pop : .none }
    let lines = Self.summary(inspection, width: context.body.width).count
    let rows = Table.visibleRows(height: Self.table(context.body, summaryLines: lines).height)
    if position.move(intent, rowCount: inspection.workers.count, visibleRows: rows) {
      return .none
    }
    switch intent {
    case .open:
      guard let index = position.selected, inspection.workers.indices.contains(index) else {
        return .none
      }
      return .push(.worker(WorkerDetail(inspection.workers[index].worker.id)))
    case .back:
      return .pop
    default:
      return .none
    }
  }

  public mutating func committed(_ entry: JournalEntry, _ context: ScreenContext) -> Outcome {
    .none
  }

  /// The team's figures as lines for the width.
  static func summary(_ i: Inspection, width: Int) -> [String] {
    let f = i.figures
    let a = f.assessments
    let waiting =
      i.unallocated.count == 0
      ? "none waiting"
      : "\(i.unallocated.count) waiting, longest \(i.unallocated.longestDays ?? 0) days,"
        + " median \(i.unallocated.medianDays ?? 0)"
    let items = [
      "Oversight in timescale: \(f.oversight.count) of \(f.oversight.total)"
        + " (\(f.oversight.percentText))",
      "Visits in timescale: \(f.visits.count) of \(f.visits.total) (\(f.visits.percentText))",
      "Supervision overdue: \(i.supervisionsOverdue) of \(i.supervisedWorkers) workers;"
        + " on schedule \(i.supervisionOnSchedule.percentText) of days in six months",
      "Assessments: \(a.completedInTime) done in time, \(a.completedLate) late;"
        + " \(a.openOverdue) of \(a.open) open past 45 working days",
      "Children with \(i.manyWorkersAt)+ social workers in 12 months: \(f.manyWorkers)",
      "Unallocated: \(waiting)",
      "Actions: \(f.openActions) open, \(f.overdueActions) overdue",
    ]
    return items.flatMap { wordWrap($0, width: max(1, width)) }
  }

  public func render(_ context: ScreenContext, into canvas: inout Canvas, rect: Rect) {
    guard let i = inspection(context) else {
      canvas.put("This team is no longer in the store.", x: rect.x, y: rect.y, role: .warn)
      return
    }
    let lines = Self.summary(i, width: rect.width)
    for (index, line) in lines.enumerated() where index < rect.height {
      canvas.put(line, x: rect.x, y: rect.y + index, role: .normal, width: rect.width)
    }
    Table(
      columns: [
        TableColumn("Worker", width: .fill),
        TableColumn("Cases", width: .fixed(5), alignment: .right),
        TableColumn("Load", width: .fixed(5), alignment: .right),
        TableColumn("Overs.", width: .fixed(6), alignment: .right),
        TableColumn("Visits", width: .fixed(6), alignment: .right),
        TableColumn("Last sup.", width: .fixed(10)), TableColumn("Due", width: .fixed(11)),
        TableColumn("6m", width: .fixed(4), alignment: .right),
        TableColumn("SW3+", width: .fixed(4), alignment: .right),
        TableColumn("Act.", width: .fixed(5), alignment: .right),
      ],
      rows: i.workers.map { row in
        let g = row.figures
        let due = row.supervision.due
        return [
          TableCell(row.worker.name), TableCell("\(g.openCases)"),
          TableCell("\(row.load.percent)%", role: row.load.band == .over ? .over : .normal),
          TableCell(g.oversight.percentText), TableCell(g.visits.percentText),
          TableCell(row.supervision.last?.description ?? "never"),
          TableCell("\(due.date)\(due.overdue ? "!" : "")", role: due.overdue ? .over : .normal),
          TableCell(row.supervision.onSchedule.percentText),
          TableCell("\(g.manyWorkers)", role: g.manyWorkers > 0 ? .warn : .normal),
          TableCell(
            "\(g.openActions)/\(g.overdueActions)", role: g.overdueActions > 0 ? .over : .normal),
        ]
      }, position: position
    ).render(into: &canvas, rect: Self.table(rect, summaryLines: lines.count))
  }
}
