import CaseloadCore

/// One worker: their cases with dates and continuity, open actions and supervision history.
public struct WorkerDetail: ScreenModel {
  public let worker: Worker.ID
  public var position = ListPosition(selected: 0)
  public var marked = Marks<Case.ID>()

  public init(_ worker: Worker.ID) { self.worker = worker }

  public var title: String { "Worker" }

  public func bindings(_ context: ScreenContext) -> [KeyBinding] {
    let child = selected(context)
    let noCase = "This worker holds no open cases."
    return Keymap.move + [
      Keymap.open.when(child != nil, else: noCase),
      Keymap.mark.when(child != nil, else: noCase),
      Keymap.reassign.when(child != nil, else: noCase),
      Keymap.note.when(child != nil, else: noCase),
      Keymap.supervise, Keymap.handover.when(child != nil, else: noCase), Keymap.back,
    ]
  }

  func cases(_ context: ScreenContext) -> [Case] {
    CaseOrdering.pressingFirst(context.caseload.cases(of: worker), rules: context.rules)
  }

  func selected(_ context: ScreenContext) -> Case? {
    let list = cases(context)
    guard let index = position.selected, list.indices.contains(index) else { return nil }
    return list[index]
  }

  /// Where the parts go: details on top, the case table, then actions and supervision.
  struct Layout {
    var info: Rect
    var table: Rect
    var actions: Rect
    var supervision: Rect

    static let infoHeight = 3
    static let footHeight = 5

    init(body: Rect) {
      info = Rect(x: body.x, y: body.y, width: body.width, height: Self.infoHeight)
      let tableHeight = max(2, body.height - Self.infoHeight - Self.footHeight)
      table = Rect(x: body.x, y: info.maxY, width: body.width, height: tableHeight)
      actions = Rect(x: body.x, y: table.maxY, width: body.width, height: 3)
      supervision = Rect(x: body.x, y: body.maxY - 1, width: body.width, height: 1)
    }

    /// Case rows in view: the page size.
    var caseRows: Int { Table.visibleRows(height: table.height) }
  }

  public mutating func perform(_ intent: KeyIntent, _ context: ScreenContext) -> Outcome {
    let list = cases(context)
    if position.move(intent, rowCount: list.count, visibleRows: Layout(body: context.body).caseRows)
    {
      return .none
    }
    switch intent {
    case .open:
      return selected(context).map { .push(.caseDetail(CaseDetail($0.id))) } ?? .none
    case .mark:
      guard let child = selected(context) else { return .none }
      marked.toggle(child.id)
      return .info(marked.summary)
    case .reassign:
      let chosen =
        marked.isEmpty
        ? selected(context).map { [$0.id] } ?? [] : marked.picked(from: list.map(\.id))
      return Flows.reassign(chosen, context)
    case .note:
      return Flows.note(on: selected(context)?.id, context)
    case .supervise:
      return Flows.supervise(worker, context)
    case .handover:
      return Flows.handover(worker, context)
    case .back:
      return .pop
    default:
      return .none
    }
  }

  public mutating func committed(_ entry: JournalEntry, _ context: ScreenContext) -> Outcome {
    marked.clear()
    return .none
  }

  public mutating func refresh(_ context: ScreenContext) {
    let list = cases(context)
    position.clamp(rowCount: list.count)
    marked.keep(only: list.map(\.id))
  }

  public func render(_ context: ScreenContext, into canvas: inout Canvas, rect: Rect) {
    let layout = Layout(body: rect)
    guard let person = context.caseload.worker(worker) else {
      canvas.put("This worker is no longer in the store.", x: rect.x, y: rect.y, role: .warn)
      return
    }
    let rules = context.rules
    let load = rules.load(of: worker)
    let badges = Badge.badges(of: person, today: context.today).map(\.text).joined(
      separator: " ")
    var y = rect.y
    canvas.put(
      "\(person.name)  \(person.role.label), \(person.employment.rawValue)  \(badges)", x: rect.x,
      y: y,
      role: .highlight, width: rect.width)
    y += 1
    var x = canvas.put("\(load.caseCount) cases  ", x: rect.x, y: y)
    LoadBar(load)
      .render(into: &canvas, x: rect.x + x, y: y, width: min(30, rect.width - x))
    x += min(30, rect.width - x) + 2
    let supervision = rules.supervisionDue(person)
    let last = context.caseload.lastSupervision(of: worker)?.description ?? "never"
    canvas.put(
      "supervised \(last), next \(supervision.date)\(supervision.overdue ? " OVERDUE" : "")", x: x,
      y: y,
      role: supervision.overdue ? .over : .normal, width: rect.maxX - x)
    let list = cases(context)
    let table = Table(
      columns: [
        TableColumn("Case", width: .fixed(7)), TableColumn("Child", width: .fill),
        TableColumn("Type", width: .fixed(6)), TableColumn("Since", width: .fixed(10)),
        TableColumn("Visited", width: .fixed(10)), TableColumn("Due", width: .fixed(11)),
        TableColumn("SW", width: .fixed(2), alignment: .right),
        TableColumn("Oversight", width: .fixed(11)),
      ],
      rows: list.map { child in
        let due = rules.visitDue(child) ?? rules.assessmentDue(child)
        let since = context.caseload.history(of: child.id).last?.from ?? child.opened
        let workers = rules.socialWorkers(of: child.id).count
        let oversight = rules.oversightDue(child)
        return [
          TableCell(child.id.rawValue), TableCell(child.childName),
          TableCell(child.category.shortLabel), TableCell(since.description),
          TableCell(child.lastVisit?.description ?? "none"),
          TableCell(
            (due?.date.description ?? "") + (due?.overdue == true ? "!" : ""),
            role: due?.overdue == true ? .over : .normal),
          TableCell(
            "\(workers)",
            role: workers >= context.caseload.settings.workerCountWarnAt ? .warn : .normal
          ),
          TableCell(
            (context.caseload.lastOversight(of: child.id)?.description ?? "none")
              + (oversight?.overdue == true ? "!" : ""),
            role: oversight?.overdue == true ? .over : .normal),
        ]
      },
      position: position, marked: Set(list.indices.filter { marked.contains(list[$0].id) }))
    table.render(into: &canvas, rect: layout.table)
    y = layout.actions.y

    let actions = context.caseload.actions.filter {
      $0.action.owner == worker && !context.caseload.isDone($0.action.id)
    }
    canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: .header)
    canvas.put("Open actions (\(actions.count))", x: rect.x, y: y, role: .header)
    y += 1
    for item in actions.sorted(by: { $0.action.due < $1.action.due }).prefix(2) {
      let overdue = item.action.due < context.today
      canvas.put(
        "\(item.action.due)\(overdue ? "!" : " ") \(item.case?.rawValue ?? "-") \(item.action.text)",
        x: rect.x,
        y: y, role: overdue ? .over : .normal, width: rect.width)
      y += 1
    }
    let sessions = context.caseload.sessions(with: worker).suffix(4).reversed().map { "\($0.date)" }
    canvas.put(
      "Supervision: " + (sessions.isEmpty ? "none recorded" : sessions.joined(separator: ", ")),
      x: rect.x, y: layout.supervision.y, role: .dim, width: rect.width)
  }
}

extension Case.Category {
  /// At most six characters, for narrow columns.
  var shortLabel: String {
    switch self {
    case .assessment: return "Assess"
    case .childInNeed: return "CIN"
    case .childProtection: return "CP"
    case .childInCare: return "CiC"
    case .careLeaver: return "Leaver"
    case .courtProceedings: return "Court"
    }
  }
}

extension Worker.Role {
  /// As a manager says it.
  var label: String {
    switch self {
    case .socialWorker: return "Social worker"
    case .seniorPractitioner: return "Senior practitioner"
    case .asye: return "ASYE"
    case .student: return "Student"
    case .familySupportWorker: return "Family support worker"
    }
  }
}
