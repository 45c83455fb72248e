import CaseloadCore

extension SessionEditor {
  /// Where the parts go: the heading, the page tabs, and the page.
  struct Layout {
    var heading: Rect
    var tabs: Rect
    var page: Rect

    init(body: Rect) {
      heading = Rect(x: body.x, y: body.y, width: body.width, height: 1)
      tabs = Rect(x: body.x, y: body.y + 1, width: body.width, height: 1)
      page = Rect(x: body.x, y: body.y + 3, width: body.width, height: max(0, body.height - 3))
    }

    /// The general discussion's editor, under the date, who was there and a label.
    var editor: Rect {
      Rect(x: page.x, y: page.y + 3, width: page.width, height: max(2, page.height - 3))
    }

    /// The open actions' table, between its line of help and the note or reason.
    var reviews: Rect {
      Rect(x: page.x, y: page.y + 1, width: page.width, height: max(0, page.height - 3))
    }
    var reviewRows: Int { Table.visibleRows(height: reviews.height) }

    /// The children's checklist, under its line of help.
    var children: Rect {
      Rect(x: page.x, y: page.y + 1, width: page.width, height: max(0, page.height - 1))
    }
    var childRows: Int { Table.visibleRows(height: children.height) }

    /// A child's fields, under the line naming the child.
    func child(of body: Rect) -> DiscussionFields.Layout {
      DiscussionFields.Layout(
        Rect(x: page.x, y: page.y + 1, width: page.width, height: max(0, page.height - 1)),
        full: true, added: 0)
    }
  }

  public func render(_ context: ScreenContext, into canvas: inout Canvas, rect: Rect) {
    let layout = Layout(body: rect)
    let caseload = context.caseload
    let name = caseload.worker(worker)?.name ?? worker.rawValue
    canvas.put(
      "Supervision with \(name)", x: rect.x, y: rect.y, role: .highlight, width: rect.width)
    renderTabs(context, into: &canvas, rect: layout.tabs)
    switch page {
    case .general: renderGeneral(context, into: &canvas, layout: layout)
    case .reviews: renderReviews(context, into: &canvas, rect: layout.page)
    case .children: renderChildren(context, into: &canvas, rect: layout.page)
    case .child(let id): renderChild(id, context, into: &canvas, layout: layout)
    }
  }

  private func renderTabs(_ context: ScreenContext, into canvas: inout Canvas, rect: Rect) {
    var x = rect.x
    let decided = reviews.count { $0.choice != .carried }
    for (index, tab) in pages.enumerated() {
      let label: String
      switch tab {
      case .general: label = "Session"
      case .reviews: label = "Actions (\(reviews.count), \(decided) decided)"
      case .children: label = "Children (\(chosen.count))"
      case .child(let id): label = id.rawValue
      }
      let text = "\(index + 1) \(label)"
      guard x + text.displayWidth < rect.maxX else {
        canvas.put("~", x: x, y: rect.y, role: .dim)
        break
      }
      x += canvas.put(text, x: x, y: rect.y, role: tab == page ? .selected : .dim) + 2
    }
  }

  private func renderGeneral(_ context: ScreenContext, into canvas: inout Canvas, layout: Layout) {
    let page = layout.page
    var x = page.x
    x += canvas.put("Date: ", x: x, y: page.y, role: generalField == .date ? .header : .dim)
    date.render(
      into: &canvas, rect: Rect(x: x, y: page.y, width: 12, height: 1),
      focused: generalField == .date, role: .highlight)
    x += 14
    x += canvas.put(
      "Present: ", x: x, y: page.y, role: generalField == .attendees ? .header : .dim)
    attendees.render(
      into: &canvas, rect: Rect(x: x, y: page.y, width: max(0, page.maxX - x), height: 1),
      focused: generalField == .attendees, role: .highlight)
    if let problem = dateProblem(context) {
      canvas.put("! Date: \(problem)", x: page.x, y: page.y + 1, role: .over, width: page.width)
    }
    canvas.put(
      "Discussion (wellbeing, workload, development)", x: page.x, y: page.y + 2,
      role: generalField == .discussion ? .header : .dim, width: page.width)
    discussion.render(into: &canvas, rect: layout.editor, focused: generalField == .discussion)
  }

  func dateProblem(_ context: ScreenContext) -> String? {
    do {
      let day = try RecordField.day(date.text)
      return day > context.today ? "cannot be in the future (today is \(context.today))" : nil
    } catch {
      return error.message
    }
  }

  private func renderReviews(_ context: ScreenContext, into canvas: inout Canvas, rect: Rect) {
    guard !reviews.isEmpty else {
      canvas.put(
        "No open actions on this worker's cases or of their own: Tab goes on to the children.",
        x: rect.x, y: rect.y, role: .dim, width: rect.width)
      return
    }
    canvas.put(
      "Open actions from earlier sessions and notes: Left/Right marks each done, carried"
        + " forward or closed", x: rect.x, y: rect.y, role: .dim, width: rect.width)
    let tableRect = Layout(body: context.body).reviews
    Table(
      columns: [
        TableColumn("Due", width: .fixed(11)), TableColumn("Case", width: .fixed(7)),
        TableColumn("Action", width: .fill), TableColumn("Owner", width: .fixed(14)),
        TableColumn("Outcome", width: .fixed(13)),
      ],
      rows: reviews.map { review in
        let late = review.item.isOverdue(today: context.today)
        return [
          TableCell("\(review.item.action.due)\(late ? "!" : "")", role: late ? .over : .normal),
          TableCell(review.item.case?.rawValue ?? "-"), TableCell(review.item.action.text),
          TableCell(review.item.action.owner.name(in: context.caseload), role: .dim),
          TableCell(review.choice.label, role: review.choice == .carried ? .dim : .highlight),
        ]
      }, position: reviewPosition
    ).render(into: &canvas, rect: tableRect, focused: !onReviewText)
    guard let index = selectedReview else { return }
    let review = reviews[index]
    let y = rect.maxY - 1
    switch review.choice {
    case .carried:
      canvas.put(
        "Carried forward: it stays open and this session's record shows it.", x: rect.x, y: y,
        role: .dim, width: rect.width)
    case .done, .closed:
      let label = review.choice == .done ? "Note (optional): " : "Reason (required): "
      let x = canvas.put(label, x: rect.x, y: y, role: onReviewText ? .header : .dim)
      review.text.render(
        into: &canvas, rect: Rect(x: rect.x + x, y: y, width: rect.width - x, height: 1),
        focused: onReviewText, role: .highlight)
    }
  }

  private func renderChildren(_ context: ScreenContext, into canvas: inout Canvas, rect: Rect) {
    canvas.put(
      "Children discussed: Space ticks a child, Enter writes about them (oversight overdue first)",
      x: rect.x, y: rect.y, role: .dim, width: rect.width)
    let rules = context.rules
    Table(
      columns: [
        TableColumn("", width: .fixed(3)), TableColumn("Case", width: .fixed(7)),
        TableColumn("Child", width: .fill), TableColumn("Type", width: .fixed(6)),
        TableColumn("Oversight due", width: .fixed(14)),
      ],
      rows: candidates.map { id in
        let child = context.caseload.case(id)
        let due = child.flatMap(rules.oversightDue)
        return [
          TableCell(chosen.contains(id) ? "[x]" : "[ ]"), TableCell(id.rawValue),
          TableCell(child?.childName ?? ""), TableCell(child?.category.shortLabel ?? ""),
          TableCell(
            (due?.date.description ?? "") + (due?.overdue == true ? " !" : ""),
            role: due?.overdue == true ? .over : .normal),
        ]
      }, position: childPosition
    ).render(into: &canvas, rect: Layout(body: context.body).children)
  }

  private func renderChild(
    _ id: Case.ID, _ context: ScreenContext, into canvas: inout Canvas, layout: Layout
  ) {
    let page = layout.page
    let child = context.caseload.case(id)
    let due = child.flatMap(context.rules.oversightDue)
    canvas.put(
      "\(id) \(child?.childName ?? "")  \(child?.category.label ?? "")"
        + (due.map { "  oversight due \($0.date)\($0.overdue ? " OVERDUE" : "")" } ?? ""),
      x: page.x, y: page.y, role: due?.overdue == true ? .over : .highlight, width: page.width)
    entries[id]?.render(
      context, into: &canvas, layout: layout.child(of: page), label: "Discussion", full: true)
  }
}
