import CaseloadCore

extension WorkerDetail {
  /// A section's title across the first row; returns the rows under it.
  static func section(_ title: String, into canvas: inout Canvas, rect: Rect) -> Rect {
    canvas.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), role: .header)
    canvas.put(" " + title, x: rect.x, y: rect.y, role: .header, width: rect.width)
    return Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: max(0, rect.height - 1))
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
      y: y, role: .highlight, width: rect.width)
    y += 1
    var x = canvas.put("\(load.caseCount) cases  ", x: rect.x, y: y)
    LoadBar(load).render(into: &canvas, x: rect.x + x, y: y, width: min(30, rect.width - x))
    x += min(30, rect.width - x) + 2
    let supervision = rules.supervisionDue(person)
    let last = context.caseload.lastSupervision(of: worker)?.description ?? "never"
    canvas.put(
      "supervised \(last), next \(supervision.date)\(supervision.overdue ? " OVERDUE" : "")", x: x,
      y: y, role: supervision.overdue ? .over : .normal, width: rect.maxX - x)

    renderCases(context, into: &canvas, rect: layout.table)
    renderActions(context, into: &canvas, rect: layout.actions)
    renderSessions(context, into: &canvas, rect: layout.sessions)
  }

  private func renderCases(_ context: ScreenContext, into canvas: inout Canvas, rect: Rect) {
    let rules = context.rules
    let list = cases(context)
    Table(
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
            role: workers >= context.caseload.settings.workerCountWarnAt ? .warn : .normal),
          TableCell(
            (context.caseload.lastOversight(of: child.id)?.description ?? "none")
              + (oversight?.overdue == true ? "!" : ""),
            role: oversight?.overdue == true ? .over : .normal),
        ]
      },
      position: pane == .cases ? position : ListPosition(selected: nil, offset: position.offset),
      marked: Set(list.indices.filter { marked.contains(list[$0].id) })
    ).render(into: &canvas, rect: rect, focused: pane == .cases)
  }

  private func renderActions(_ context: ScreenContext, into canvas: inout Canvas, rect: Rect) {
    let list = actions(context)
    let overdue = list.count { $0.isOverdue(today: context.today) }
    let title =
      "\(pane == .actions ? canvas.glyphs.arrow + " " : "")Open actions (\(list.count)"
      + (overdue > 0 ? ", \(overdue) overdue)" : ")")
    let body = Self.section(title, into: &canvas, rect: rect)
    Table(
      columns: [
        TableColumn("", width: .fixed(11)), TableColumn("", width: .fixed(7)),
        TableColumn("", width: .fill), TableColumn("", width: .fixed(18)),
      ],
      rows: list.map { item in
        let late = item.isOverdue(today: context.today)
        let owner = item.action.owner.name(in: context.caseload)
        return [
          TableCell("\(item.action.due)\(late ? "!" : "")", role: late ? .over : .normal),
          TableCell(item.case?.rawValue ?? "-"), TableCell(item.action.text),
          TableCell(owner, role: .dim),
        ]
      },
      position: pane == .actions
        ? actionPosition : ListPosition(selected: nil, offset: actionPosition.offset),
      showsHeader: false
    ).render(into: &canvas, rect: body, focused: pane == .actions)
    if list.isEmpty {
      canvas.put("None open.", x: rect.x + 1, y: rect.y + 1, role: .dim, width: rect.width - 1)
    }
  }

  private func renderSessions(_ context: ScreenContext, into canvas: inout Canvas, rect: Rect) {
    let list = sessions(context)
    let title =
      "\(pane == .sessions ? canvas.glyphs.arrow + " " : "")Supervision (\(list.count))"
    let body = Self.section(title, into: &canvas, rect: rect)
    Table(
      columns: [TableColumn("", width: .fixed(11)), TableColumn("", width: .fill)],
      rows: list.map { session in
        let actions = session.entries.reduce(0) { $0 + $1.actions.count }
        let children = session.entries.count
        return [
          TableCell(session.date.description),
          TableCell(
            "\(children) child\(children == 1 ? "" : "ren") discussed, \(actions)"
              + " action\(actions == 1 ? "" : "s"); by \(session.authorship.author)", role: .dim),
        ]
      },
      position: pane == .sessions
        ? sessionPosition : ListPosition(selected: nil, offset: sessionPosition.offset),
      showsHeader: false
    ).render(into: &canvas, rect: body, focused: pane == .sessions)
    if list.isEmpty {
      canvas.put("None recorded.", x: rect.x + 1, y: rect.y + 1, role: .dim, width: rect.width - 1)
    }
  }
}
