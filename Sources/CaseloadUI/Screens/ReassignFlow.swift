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

  public init(cases: [Case.ID], _ context: ScreenContext, suggested: Worker.ID? = nil) throws {
    self.cases = cases
    // An unknown or closed case is refused before the screen opens.
    for id in cases {
      guard let child = context.caseload.case(id) else {
        throw CaseloadError.notFound("no case '\(id)'")
      }
      guard child.isOpen else {
        throw CaseloadError.refused("case \(id) is closed and cannot be reassigned")
      }
    }
    // Cases waiting in the queue are allocated: leaving them unallocated is no choice.
    let waiting = cases.allSatisfy { context.caseload.case($0)?.worker == nil }
    let targets =
      context.rules.targetOptions(for: cases, in: context.teamID).map { Optional($0.worker) }
      + (waiting ? [] : [nil])
    self.targets = targets
    // The first highlighted target is the rules' suggestion (as the queue's), else the lightest
    // worker who can take new cases: never by default someone away or about to leave.
    let rules = context.rules
    let best =
      suggested ?? rules.suggestedTarget(for: cases, in: context.teamID)
      ?? targets.compactMap { $0 }.first { id in
        context.caseload.worker(id).map(rules.canTakeNewCases) == true
      }
    position = ListPosition(selected: best.flatMap { targets.firstIndex(of: $0) } ?? 0)
  }

  public var title: String { "Reassign" }
  public var takesText: Bool { step == .confirm }
  public var hasUnsavedEdit: Bool { !reason.text.isEmpty }

  var target: Worker.ID? {
    guard let index = position.selected, targets.indices.contains(index) else { return nil }
    return targets[index]
  }

  func preview(_ context: ScreenContext, to target: Worker.ID?) -> ReassignmentPreview? {
    try? context.rules.previewReassignment(of: cases, to: target, includeSiblings: includeSiblings)
  }

  /// Where the parts go: what moves on top, then the picker or the confirmation.
  struct Layout {
    var heading: Rect
    var siblings: Rect?
    var step: Rect
    /// The target table: the rows it needs, keeping at least four under it for the warnings.
    var picker: Rect
    var warnings: Rect

    init(body: Rect, hasSiblings: Bool, targetCount: Int) {
      heading = Rect(x: body.x, y: body.y, width: body.width, height: 1)
      siblings = hasSiblings ? Rect(x: body.x, y: body.y + 1, width: body.width, height: 1) : nil
      let top = body.y + (hasSiblings ? 3 : 2)
      step = Rect(x: body.x, y: top, width: body.width, height: max(0, body.maxY - top))
      let tableHeight = max(0, min(targetCount + 1, step.height - (step.height >= 10 ? 4 : 0)))
      picker = Rect(x: step.x, y: step.y, width: step.width, height: tableHeight)
      let below = picker.maxY + 1
      warnings = Rect(x: step.x, y: below, width: step.width, height: max(0, step.maxY - below))
    }
  }

  func layout(_ context: ScreenContext, preview: ReassignmentPreview?) -> Layout {
    Layout(
      body: context.body, hasSiblings: preview.map { !$0.siblings.isEmpty } ?? false,
      targetCount: targets.count)
  }

  public func bindings(_ context: ScreenContext) -> [KeyBinding] {
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

  public mutating func input(_ key: Key, _ context: ScreenContext) -> Bool {
    guard step == .confirm, key != .enter else { return false }
    return reason.handle(key)
  }

  public mutating func perform(_ intent: KeyIntent, _ context: ScreenContext) -> Outcome {
    let rows = Table.visibleRows(
      height: layout(context, preview: preview(context, to: target)).picker.height)
    if position.move(intent, rowCount: targets.count, visibleRows: rows) { return .none }
    switch intent {
    case .toggleSiblings:
      includeSiblings.toggle()
      return .info(
        includeSiblings
          ? "Siblings held by the same worker move too." : "Only the chosen cases move.")
    case .open:
      guard let chosen = preview(context, to: target) else {
        return .warning("These cases are already with that worker; choose another.")
      }
      reviewed = chosen.reassignment(reason: "", today: context.today).moves
      step = .confirm
      return .none
    case .back:
      step = .pick
      reviewed = nil
      return .none
    case .cancel:
      return .pop
    case .confirm:
      return confirm(context)
    default:
      return .none
    }
  }

  private mutating func confirm(_ context: ScreenContext) -> Outcome {
    let why = reason.text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !why.isEmpty else {
      return .warning("A reassignment needs a reason: type why the case moves, then Enter.")
    }
    guard let preview = preview(context, to: target) else {
      return .warning("These cases are now with that worker; Esc to choose another.")
    }
    let reassignment = preview.reassignment(reason: why, today: context.today)
    if let reviewed, reviewed != reassignment.moves {
      self.reviewed = reassignment.moves
      return .warning(
        "Another manager moved these cases since you looked: check the bars, then Enter again.")
    }
    let change = Change.reassign(reassignment)
    guard preview.warnings.isEmpty else {
      let block = preview.warnings.first(where: \.isBlock)
      return .ask(
        Question(
          title: block == nil ? "Go ahead despite the warnings?" : "Leave unallocated?",
          message: ReassignmentWarning.grouped(preview.warnings).map(\.message),
          yes: block == nil ? "Move anyway" : "Leave unallocated", no: "Go back",
          onYes: .commit(change)))
    }
    return .commit(change)
  }

  public func render(_ context: ScreenContext, into canvas: inout Canvas, rect: Rect) {
    let current = preview(context, to: target)
    let layout = layout(context, preview: current)
    let names = cases.compactMap { context.caseload.case($0) }.map {
      "\($0.childName) (\($0.id))"
    }
    canvas.put(
      "Move " + names.joined(separator: ", "), x: rect.x, y: layout.heading.y, role: .highlight,
      width: rect.width)
    if let current, let line = layout.siblings {
      let siblings = current.siblings.compactMap { context.caseload.case($0) }.map {
        "\($0.childName) (\($0.id))"
      }
      canvas.put(
        (includeSiblings ? "With siblings: " : "Siblings stay (i to move them too): ")
          + siblings.joined(separator: ", "),
        x: rect.x, y: line.y, role: includeSiblings ? .normal : .warn, width: rect.width)
    }
    switch step {
    case .pick:
      renderPicker(context, layout, into: &canvas)
    case .confirm:
      if let current { renderConfirm(context, current, into: &canvas, rect: layout.step) }
    }
  }

  private func renderPicker(_ context: ScreenContext, _ layout: Layout, into canvas: inout Canvas) {
    let rect = layout.step
    // Wider windows give the badges room first, so leaving dates show whole.
    let badgeWidth = min(24, 14 + max(0, rect.width - 80))
    let rows = targets.map { id -> [TableCell] in
      guard let id, let worker = context.caseload.worker(id) else {
        return [TableCell("Leave unallocated", role: .warn), "", "", "", ""]
      }
      let shown = preview(context, to: id)
      let change = shown?.load(of: id)
      let warnings = shown?.warnings.count ?? 0
      let badges = Badge.badges(of: worker, today: context.today).map {
        badgeWidth >= 24 ? $0.text : $0.shortText
      }.joined(separator: " ")
      return [
        TableCell(worker.name),
        TableCell(badges, role: .dim),
        change.map { .bar(LoadBar($0.before, label: "\($0.before.caseCount)")) } ?? "",
        change.map { .bar(LoadBar($0.after, label: "\($0.after.caseCount)")) } ?? "",
        TableCell(warnings == 0 ? "" : "\(warnings)!", role: .warn),
      ]
    }
    // The selected target's warnings go under the list, so they are read before choosing.
    Table(
      columns: [
        TableColumn("Move to", width: .fill), TableColumn("Badges", width: .fixed(badgeWidth)),
        TableColumn("Before", width: .fixed(20)), TableColumn("After", width: .fixed(20)),
        TableColumn("Warn", width: .fixed(4)),
      ], rows: rows, position: position
    ).render(into: &canvas, rect: layout.picker)
    let area = layout.warnings
    guard area.height > 0, let preview = preview(context, to: target) else { return }
    let name = target.flatMap { context.caseload.worker($0)?.name } ?? "nobody"
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
    _ context: ScreenContext, _ preview: ReassignmentPreview, into canvas: inout Canvas, rect: Rect
  ) {
    var y = rect.y
    for change in preview.loads {
      let name = context.caseload.worker(change.worker)?.name ?? change.worker.rawValue
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
