import CaseloadCore

extension DiscussionFields {
  /// Draws the fields; `label` names the discussion (it says what it covers).
  func render(
    _ context: ScreenContext, into canvas: inout Canvas, layout: Layout, label: String,
    full: Bool, focused: Bool = true
  ) {
    canvas.put(
      label, x: layout.discussionLabel.x, y: layout.discussionLabel.y,
      role: focused && field == .discussion ? .header : .dim, width: layout.discussionLabel.width)
    discussion.render(
      into: &canvas, rect: layout.discussion, focused: focused && field == .discussion)
    guard full else { return }
    canvas.put(
      "Decision", x: layout.decisionLabel.x, y: layout.decisionLabel.y,
      role: focused && field == .decision ? .header : .dim)
    decision.render(into: &canvas, rect: layout.decision, focused: focused && field == .decision)
    renderAdded(context, into: &canvas, rect: layout.added)
    renderAction(context, into: &canvas, rect: layout.action, focused: focused)
  }

  /// The actions added so far, numbered; the earliest are counted when there are many.
  private func renderAdded(_ context: ScreenContext, into canvas: inout Canvas, rect: Rect) {
    guard rect.height > 0 else { return }
    var rows = actions.enumerated().map { index, action in
      "\(index + 1). \(action.text) | \(action.owner.name(in: context.caseload)) | due \(action.due)"
    }
    if rows.count > rect.height {
      let hidden = rows.count - rect.height + 1
      rows = ["(\(hidden) earlier action\(hidden == 1 ? "" : "s"))"] + rows.suffix(rect.height - 1)
    }
    for (row, text) in rows.enumerated() {
      canvas.put(text, x: rect.x, y: rect.y + row, role: .normal, width: rect.width)
    }
  }

  private func renderAction(
    _ context: ScreenContext, into canvas: inout Canvas, rect: Rect, focused: Bool
  ) {
    func on(_ wanted: Field) -> Bool { focused && field == wanted }
    var x = rect.x
    x += canvas.put("Action: ", x: x, y: rect.y, role: on(.actionText) ? .header : .dim)
    // Room for the owner's name (up to 22 cells) and the due date with its cursor (11).
    let textWidth = max(10, rect.width - 55)
    actionText.render(
      into: &canvas, rect: Rect(x: x, y: rect.y, width: textWidth, height: 1),
      focused: on(.actionText), role: .highlight)
    x += textWidth + 1
    x += canvas.put("Owner: ", x: x, y: rect.y, role: on(.actionOwner) ? .header : .dim)
    let name = owners.indices.contains(owner) ? owners[owner].name(in: context.caseload) : "none"
    x += canvas.put(
      "<\(name)>", x: x, y: rect.y, role: on(.actionOwner) ? .selected : .normal, width: 22)
    if on(.actionOwner) { canvas.cursor = (x - 1, rect.y) }
    x += 1
    x += canvas.put("Due: ", x: x, y: rect.y, role: on(.actionDue) ? .header : .dim)
    actionDue.render(
      into: &canvas, rect: Rect(x: x, y: rect.y, width: min(11, rect.maxX - x), height: 1),
      focused: on(.actionDue), role: .highlight)
  }
}
