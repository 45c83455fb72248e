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
  /// The moves as shown when the user chose the target: if another manager changes them
  /// before the confirm, the user is shown the new bars and asked again, never overruled.
  public var reviewed: [Reassignment.Move]?

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
      guard let chosen = preview(app, to: target) else {
        app.say(.warning, "These cases are already with that worker; choose another.")
        return .stay
      }
      reviewed = chosen.reassignment(reason: "", today: app.context.today).moves
      step = .confirm
      return .stay
    case .back:
      step = .pick
      reviewed = nil
      return .stay
    case .cancel:
      return .closed
    case .confirm:
      return confirm(app: &app)
    default:
      return .stay
    }
  }

  private mutating func confirm(app: inout AppState) -> Outcome {
    let why = reason.text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !why.isEmpty else {
      app.say(.warning, "A reassignment needs a reason: type why the case moves, then Enter.")
      return .stay
    }
    guard let preview = preview(app, to: target) else {
      app.say(.warning, "These cases are now with that worker; Esc to choose another.")
      return .stay
    }
    let reassignment = preview.reassignment(reason: why, today: app.context.today)
    if let reviewed, reviewed != reassignment.moves {
      self.reviewed = reassignment.moves
      app.say(
        .warning,
        "Another manager moved these cases since you looked: check the bars, then Enter again.")
      return .stay
    }
    let change = Change.reassign(reassignment)
    guard preview.warnings.isEmpty else {
      let block = preview.warnings.first(where: \.isBlock)
      app.question = Question(
        title: block == nil ? "Go ahead despite the warnings?" : "Leave unallocated?",
        message: ReassignmentWarning.grouped(preview.warnings).map(\.message),
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
    // Wider windows give the badges room first, so leaving dates show whole.
    let badgeWidth = min(24, 14 + max(0, rect.width - 80))
    let rows = targets.enumerated().map { index, id -> [TableCell] in
      let lead = index == position.selected ? ">" : " "
      guard let id, let worker = app.caseload.worker(id) else {
        return [TableCell(lead + "Leave unallocated", role: .warn), "", "", "", ""]
      }
      let shown = preview(app, to: id)
      let change = shown?.load(of: id)
      let warnings = shown?.warnings.count ?? 0
      let badges = Badge.badges(of: worker, today: app.context.today).map {
        badgeWidth >= 24 ? $0.text : $0.shortText
      }.joined(separator: " ")
      return [
        TableCell(lead + worker.name),
        TableCell(badges, role: .dim),
        change.map { .bar(LoadBar($0.before, label: "\($0.before.caseCount)")) } ?? "",
        change.map { .bar(LoadBar($0.after, label: "\($0.after.caseCount)")) } ?? "",
        TableCell(warnings == 0 ? "" : "\(warnings)!", role: .warn),
      ]
    }
    // The selected target's warnings go under the list, so they are read before choosing.
    // The list takes the rows it needs, keeping at least four for them.
    let tableHeight = min(targets.count + 1, rect.height - (rect.height >= 10 ? 4 : 0))
    Table(
      columns: [
        TableColumn(" Move to", width: .fill), TableColumn("Badges", width: .fixed(badgeWidth)),
        TableColumn("Before", width: .fixed(20)), TableColumn("After", width: .fixed(20)),
        TableColumn("Warn", width: .fixed(4)),
      ], rows: rows, position: position
    ).render(
      into: &canvas,
      rect: Rect(x: rect.x, y: rect.y, width: rect.width, height: tableHeight))
    let area = Rect(
      x: rect.x, y: rect.y + tableHeight + 1, width: rect.width,
      height: rect.maxY - (rect.y + tableHeight + 1))
    guard area.height > 0, let preview = preview(app, to: target) else { return }
    let name = target.flatMap { app.caseload.worker($0)?.name } ?? "nobody"
    if preview.warnings.isEmpty {
      canvas.put("Moving to \(name): no warnings.", x: area.x, y: area.y, role: .ok)
    } else {
      renderWarnings(
        Self.warningLines(preview.warnings, width: area.width), heading: "If moved to \(name):",
        into: &canvas, rect: area)
    }
  }

  /// The warnings as wrapped lines, alike ones grouped, each saying whether it is a block.
  static func warningLines(_ warnings: [ReassignmentWarning], width: Int) -> [(
    text: String, block: Bool
  )] {
    ReassignmentWarning.grouped(warnings).flatMap { message, block in
      wordWrap((block ? "BLOCK: " : "WARNING: ") + message, width: width).map { ($0, block) }
    }
  }

  /// Draws warning lines into `rect`, under a heading if given; what does not fit is counted
  /// on the last row.
  private func renderWarnings(
    _ warnings: [(text: String, block: Bool)], heading: String?, into canvas: inout Canvas,
    rect: Rect
  ) {
    var lines: [(text: String, block: Bool)] = heading.map { [($0, false)] } ?? []
    lines += warnings
    if lines.count > rect.height, rect.height > 0 {
      let hidden = lines.count - rect.height + 1
      lines = Array(lines.prefix(rect.height - 1))
      lines.append(("... \(hidden) more line\(hidden == 1 ? "" : "s") of warnings", true))
    }
    for (row, line) in lines.prefix(rect.height).enumerated() {
      let role: StyleRole = heading != nil && row == 0 ? .header : line.block ? .over : .warn
      canvas.put(line.text, x: rect.x, y: rect.y + row, role: role, width: rect.width)
    }
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
      LoadBar(change.before, label: "\(change.before.caseCount)")
        .render(into: &canvas, x: x, y: y, width: 22)
      canvas.put(canvas.glyphs.arrow, x: x + 23, y: y)
      LoadBar(change.after, label: "\(change.after.caseCount)")
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
    // The reason line always shows: warnings get the rows above it, and say if some are cut.
    let lines = Self.warningLines(preview.warnings, width: rect.width)
    let reasonY = min(rect.maxY - 1, y + lines.count + 1)
    renderWarnings(
      lines, heading: nil, into: &canvas,
      rect: Rect(x: rect.x, y: y, width: rect.width, height: max(0, reasonY - 1 - y)))
    y = reasonY
    let label = "Reason (required): "
    let x = canvas.put(label, x: rect.x, y: y, role: .highlight)
    reason.render(
      into: &canvas, rect: Rect(x: rect.x + x, y: y, width: rect.width - x, height: 1),
      focused: true)
  }
}

extension ReassignmentWarning {
  /// Warnings as lines for the screen: the same warning for several siblings becomes one
  /// line naming them all. Each line says whether it is a block.
  static func grouped(_ warnings: [ReassignmentWarning]) -> [(message: String, block: Bool)] {
    var order: [String] = []
    var cases: [String: [String]] = [:]
    var lines: [String: (message: String, block: Bool)] = [:]
    for warning in warnings {
      let key: String
      let id: String?
      switch warning {
      case .thirdWorker(let caseID, let count): (key, id) = ("worker\(count)", caseID.rawValue)
      case .asyeHighRisk(let caseID): (key, id) = ("asye", caseID.rawValue)
      case .unallocatingProtected(let caseID): (key, id) = ("protected", caseID.rawValue)
      default: (key, id) = (warning.message, nil)
      }
      if lines[key] == nil {
        order.append(key)
        lines[key] = (warning.message, warning.isBlock)
      }
      if let id { cases[key, default: []].append(id) }
    }
    return order.compactMap { key in
      guard let line = lines[key] else { return nil }
      guard let ids = cases[key], ids.count > 1 else { return line }
      let names = ids.joined(separator: ", ")
      switch key {
      case "asye":
        return ("\(names) are child protection or court cases and the new worker is an ASYE", false)
      case "protected":
        return (
          "\(names) are child protection or child-in-care cases: leaving them unallocated must"
            + " be confirmed", true
        )
      default:
        // "C1 would be on their 3rd social worker ...": the same words fit several children.
        return (names + line.message.dropFirst(ids[0].count), line.block)
      }
    }
  }
}
