import CaseloadCore

/// `r`: pick a target by load after the move, see before/after bars and every warning of
/// SPEC 1.4, give a reason, confirm.
public struct ReassignFlow: ScreenModel {
  public enum Step: Hashable, Sendable { case pick, confirm }

  public let cases: [Case.ID]
  /// Workers who could take the cases, sorted by load after the move; nil = leave unallocated.
  public let targets: [Worker.ID?]
  public var position: ListPosition
  public var includeSiblings = true
  public var step = Step.pick
  public var reason = Prompt()

  public init(cases: [Case.ID], app: AppState, suggested: Worker.ID? = nil) throws {
    self.cases = cases
    let rules = app.rules
    // Probe once so an unknown or closed case is refused before the screen opens.
    _ = try rules.previewReassignment(of: cases, to: nil, includeSiblings: true)
    let targets =
      rules.targetOptions(for: cases, in: app.teamID).map { Optional($0.worker) } + [nil]
    self.targets = targets
    let start = suggested.flatMap { s in targets.firstIndex(of: s) } ?? 0
    position = ListPosition(selected: start)
  }

  public var title: String { "Reassign" }
  public var takesText: Bool { step == .confirm }
  public var hasUnsavedEdit: Bool { !reason.text.isEmpty }

  var target: Worker.ID? {
    guard let index = position.selected, targets.indices.contains(index) else { return nil }
    return targets[index]
  }

  func preview(_ app: AppState, to target: Worker.ID?) -> ReassignmentPreview? {
    try? app.rules.previewReassignment(of: cases, to: target, includeSiblings: includeSiblings)
  }

  public func bindings(_ app: AppState) -> [KeyBinding] {
    switch step {
    case .pick:
      return Keymap.move + [
        KeyBinding([.enter], "Enter", "choose", .open),
        KeyBinding([.char("i")], "i", "siblings", .toggleSiblings),
        Keymap.cancel,
      ]
    case .confirm:
      return [
        KeyBinding([.enter, .ctrl("s"), .function(2)], "Enter", "confirm", .confirm),
        KeyBinding([.escape], "Esc", "back", .back),
      ]
    }
  }

  public mutating func handleText(_ key: Key, app: AppState) -> Bool {
    guard step == .confirm, key != .enter else { return false }
    return reason.handle(key)
  }

  public mutating func perform(_ command: Command, app: inout AppState) -> Outcome {
    switch command {
    case .up, .down, .pageUp, .pageDown, .top, .bottom:
      position.move(by: listStep(command, page: 8), rowCount: targets.count, visibleRows: 8)
      return .stay
    case .toggleSiblings:
      includeSiblings.toggle()
      app.say(
        .info,
        includeSiblings
          ? "Siblings held by the same worker move too." : "Only the chosen cases move.")
      return .stay
    case .open:
      guard preview(app, to: target) != nil else {
        app.say(.warning, "These cases are already with that worker; choose another.")
        return .stay
      }
      step = .confirm
      return .stay
    case .back:
      step = .pick
      return .stay
    case .cancel:
      return .closed
    case .confirm:
      return confirm(app: &app)
    default:
      return .stay
    }
  }

  private func confirm(app: inout AppState) -> Outcome {
    let why = reason.text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !why.isEmpty else {
      app.say(.warning, "A reassignment needs a reason: type why the case moves, then Enter.")
      return .stay
    }
    guard let preview = preview(app, to: target) else { return .stay }
    let change = Change.reassign(preview.reassignment(reason: why, today: app.context.today))
    guard preview.warnings.isEmpty else {
      let block = preview.warnings.first(where: \.isBlock)
      app.question = Question(
        title: block == nil ? "Go ahead despite the warnings?" : "Leave unallocated?",
        message: preview.warnings.map(\.message),
        yes: block == nil ? "Move anyway" : "Leave unallocated", no: "Go back",
        intent: .commit(change))
      return .stay
    }
    return .commit(change)
  }

  public func render(_ app: AppState, into canvas: inout Canvas, rect: Rect) {
    let current = preview(app, to: target)
    var y = rect.y
    let names = cases.compactMap { app.caseload.case($0) }.map { "\($0.childName) (\($0.id))" }
    canvas.put(
      "Move " + names.joined(separator: ", "), x: rect.x, y: y, role: .highlight, width: rect.width)
    y += 1
    if let current, !current.siblings.isEmpty {
      let siblings = current.siblings.compactMap { app.caseload.case($0) }.map {
        "\($0.childName) (\($0.id))"
      }
      canvas.put(
        (includeSiblings ? "With siblings: " : "Siblings stay (i to move them too): ")
          + siblings.joined(separator: ", "),
        x: rect.x, y: y, role: includeSiblings ? .normal : .warn, width: rect.width)
      y += 1
    }
    y += 1
    switch step {
    case .pick:
      renderPicker(
        app, into: &canvas, rect: Rect(x: rect.x, y: y, width: rect.width, height: rect.maxY - y))
    case .confirm:
      if let current {
        renderConfirm(
          app, current, into: &canvas,
          rect: Rect(x: rect.x, y: y, width: rect.width, height: rect.maxY - y))
      }
    }
  }

  private func renderPicker(_ app: AppState, into canvas: inout Canvas, rect: Rect) {
    let rows = targets.enumerated().map { index, id -> [TableCell] in
      let lead = index == position.selected ? ">" : " "
      guard let id, let worker = app.caseload.worker(id) else {
        return [TableCell(lead + "Leave unallocated", role: .warn), "", "", "", ""]
      }
      let change = preview(app, to: id)?.load(of: id)
      let warnings = preview(app, to: id)?.warnings.count ?? 0
      let badges = Badge.badges(of: worker, today: app.context.today).map(\.text).joined(
        separator: " ")
      return [
        TableCell(lead + worker.name),
        TableCell(badges, role: .dim),
        change.map {
          .bar(
            LoadBar(
              fraction: $0.before.fraction, level: BarLevel($0.before.band),
              label: "\($0.before.caseCount)"))
        } ?? "",
        change.map {
          .bar(
            LoadBar(
              fraction: $0.after.fraction, level: BarLevel($0.after.band),
              label: "\($0.after.caseCount)"))
        } ?? "",
        TableCell(warnings == 0 ? "" : "\(warnings)!", role: .warn),
      ]
    }
    Table(
      columns: [
        TableColumn(" Move to", width: .fill), TableColumn("Badges", width: .fixed(12)),
        TableColumn("Before", width: .fixed(20)), TableColumn("After", width: .fixed(20)),
        TableColumn("Warn", width: .fixed(4)),
      ], rows: rows, position: position
    ).render(into: &canvas, rect: rect)
  }

  private func renderConfirm(
    _ app: AppState, _ preview: ReassignmentPreview, into canvas: inout Canvas, rect: Rect
  ) {
    var y = rect.y
    for change in preview.loads {
      let name = app.caseload.worker(change.worker)?.name ?? change.worker.rawValue
      let role = change.worker == preview.target ? "To  " : "From"
      var x = rect.x + canvas.put("\(role) \(name)", x: rect.x, y: y, width: 26)
      x = rect.x + 27
      LoadBar(
        fraction: change.before.fraction, level: BarLevel(change.before.band),
        label: "\(change.before.caseCount)"
      )
      .render(into: &canvas, x: x, y: y, width: 22)
      canvas.put(canvas.glyphs.arrow, x: x + 23, y: y)
      LoadBar(
        fraction: change.after.fraction, level: BarLevel(change.after.band),
        label: "\(change.after.caseCount)"
      )
      .render(into: &canvas, x: x + 26, y: y, width: 22)
      y += 1
    }
    if preview.target == nil {
      canvas.put(
        "To   nobody: the cases wait in the unallocated queue", x: rect.x, y: y, role: .warn,
        width: rect.width)
      y += 1
    }
    y += 1
    if preview.warnings.isEmpty {
      canvas.put("No warnings.", x: rect.x, y: y, role: .ok)
      y += 1
    }
    for warning in preview.warnings {
      let lead = warning.isBlock ? "BLOCK: " : "WARNING: "
      for line in wordWrap(lead + warning.message, width: rect.width) {
        canvas.put(line, x: rect.x, y: y, role: warning.isBlock ? .over : .warn, width: rect.width)
        y += 1
      }
    }
    y += 1
    let label = "Reason (required): "
    let x = canvas.put(label, x: rect.x, y: y, role: .highlight)
    reason.render(
      into: &canvas, rect: Rect(x: rect.x + x, y: y, width: rect.width - x, height: 1),
      focused: true)
  }
}
