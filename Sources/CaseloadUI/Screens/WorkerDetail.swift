import CaseloadCore

/// One worker: their cases with dates and continuity, open actions and supervision history.
public struct WorkerDetail: ScreenModel {
  public let worker: Worker.ID
  public var position = ListPosition(selected: 0)
  public var marked: Set<Case.ID> = []

  public init(_ worker: Worker.ID) { self.worker = worker }

  public var title: String { "Worker" }

  public func bindings(_ app: AppState) -> [KeyBinding] {
    Keymap.move + [
      Keymap.open, Keymap.mark, Keymap.reassign, Keymap.note, Keymap.supervise, Keymap.handover,
      Keymap.back,
    ]
  }

  func cases(_ app: AppState) -> [Case] {
    CaseOrdering.pressingFirst(app.caseload.cases(of: worker), rules: app.rules)
  }

  func selected(_ app: AppState) -> Case? {
    let list = cases(app)
    guard let index = position.selected, list.indices.contains(index) else { return nil }
    return list[index]
  }

  static let infoHeight = 3
  static let footHeight = 5

  public mutating func perform(_ command: Command, app: inout AppState) -> Outcome {
    let page = max(1, app.size.height - 3 - Self.infoHeight - Self.footHeight - 1)
    switch command {
    case .up, .down, .pageUp, .pageDown, .top, .bottom:
      position.move(
        by: listStep(command, page: page), rowCount: cases(app).count, visibleRows: page)
      return .stay
    case .open:
      return selected(app).map { .opening(CaseDetail($0.id)) } ?? .stay
    case .mark:
      guard let child = selected(app) else { return .stay }
      if marked.remove(child.id) == nil { marked.insert(child.id) }
      app.say(
        .info, "\(marked.count) case\(marked.count == 1 ? "" : "s") marked; r moves them together.")
      return .stay
    case .reassign:
      let chosen =
        marked.isEmpty
        ? selected(app).map { [$0.id] } ?? [] : cases(app).map(\.id).filter(marked.contains)
      return Flows.reassign(chosen, app: &app)
    case .note:
      return Flows.note(on: selected(app)?.id, app: &app)
    case .supervise:
      return Flows.supervise(worker, app: &app)
    case .handover:
      return Flows.handover(worker, app: &app)
    case .back:
      return .closed
    default:
      return .stay
    }
  }

  public mutating func committed(_ entry: JournalEntry, app: inout AppState) -> Outcome {
    marked.removeAll()
    let count = cases(app).count
    if let selected = position.selected, selected >= count { position.selected = max(0, count - 1) }
    return .stay
  }

  public func render(_ app: AppState, into canvas: inout Canvas, rect: Rect) {
    guard let person = app.caseload.worker(worker) else {
      canvas.put("This worker is no longer in the store.", x: rect.x, y: rect.y, role: .warn)
      return
    }
    let rules = app.rules
    let load = rules.load(of: worker)
    let badges = Badge.badges(of: person, today: app.context.today).map(\.text).joined(
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
    let last = app.caseload.lastSupervision(of: worker)?.description ?? "never"
    canvas.put(
      "supervised \(last), next \(supervision.date)\(supervision.overdue ? " OVERDUE" : "")", x: x,
      y: y,
      role: supervision.overdue ? .over : .normal, width: rect.maxX - x)
    y += 2

    let tableHeight = max(2, rect.height - Self.infoHeight - Self.footHeight)
    let list = cases(app)
    let table = Table(
      columns: [
        TableColumn(" Case", width: .fixed(8)), TableColumn("Child", width: .fill),
        TableColumn("Type", width: .fixed(6)), TableColumn("Since", width: .fixed(10)),
        TableColumn("Visited", width: .fixed(10)), TableColumn("Due", width: .fixed(11)),
        TableColumn("SW", width: .fixed(2), alignment: .right),
        TableColumn("Oversight", width: .fixed(11)),
      ],
      rows: list.enumerated().map { index, child in
        let due = rules.visitDue(child) ?? rules.assessmentDue(child)
        let since = app.caseload.history(of: child.id).last?.from ?? child.opened
        let workers = rules.socialWorkers(of: child.id).count
        let oversight = rules.oversightDue(child)
        let lead = index == position.selected ? ">" : (marked.contains(child.id) ? "*" : " ")
        return [
          TableCell(lead + child.id.rawValue), TableCell(child.childName),
          TableCell(child.category.shortLabel), TableCell(since.description),
          TableCell(child.lastVisit?.description ?? "none"),
          TableCell(
            (due?.date.description ?? "") + (due?.overdue == true ? "!" : ""),
            role: due?.overdue == true ? .over : .normal),
          TableCell(
            "\(workers)", role: workers >= app.caseload.settings.workerCountWarnAt ? .warn : .normal
          ),
          TableCell(
            (app.caseload.lastOversight(of: child.id)?.description ?? "none")
              + (oversight?.overdue == true ? "!" : ""),
            role: oversight?.overdue == true ? .over : .normal),
        ]
      },
      position: position)
    table.render(into: &canvas, rect: Rect(x: rect.x, y: y, width: rect.width, height: tableHeight))
    y += tableHeight

    let actions = app.caseload.actions.filter {
      $0.action.owner == worker && !app.caseload.isDone($0.action.id)
    }
    canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: .header)
    canvas.put("Open actions (\(actions.count))", x: rect.x, y: y, role: .header)
    y += 1
    for item in actions.sorted(by: { $0.action.due < $1.action.due }).prefix(2) {
      let overdue = item.action.due < app.context.today
      canvas.put(
        "\(item.action.due)\(overdue ? "!" : " ") \(item.case?.rawValue ?? "-") \(item.action.text)",
        x: rect.x,
        y: y, role: overdue ? .over : .normal, width: rect.width)
      y += 1
    }
    let sessions = app.caseload.sessions(with: worker).suffix(4).reversed().map { "\($0.date)" }
    canvas.put(
      "Supervision: " + (sessions.isEmpty ? "none recorded" : sessions.joined(separator: ", ")),
      x: rect.x,
      y: rect.maxY - 1, role: .dim, width: rect.width)
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
