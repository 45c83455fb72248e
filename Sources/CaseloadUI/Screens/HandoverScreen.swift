import CaseloadCore

/// `H`: a proposed target for each of a leaving worker's cases (siblings together, loads
/// balanced, previous workers preferred), changed line by line, applied as one change.
public struct HandoverScreen: ScreenModel {
  public let leaver: Worker.ID
  public var plan: HandoverPlan
  public var position = ListPosition(selected: 0)
  public var reason: Prompt
  public var editingReason = false
  /// Who a line can go to: the team's available workers, then nobody.
  let choices: [Worker.ID?]

  public init(leaver: Worker.ID, app: AppState) throws {
    self.leaver = leaver
    plan = try app.rules.handoverPlan(for: leaver)
    guard !plan.lines.isEmpty else {
      throw CaseloadError.refused("This worker holds no open cases to hand over.")
    }
    let name = app.caseload.worker(leaver)?.name ?? leaver.rawValue
    let leaving = app.caseload.worker(leaver)?.leaving.map { " (leaving \($0))" } ?? ""
    reason = Prompt(text: "Handover: \(name)\(leaving)")
    choices =
      app.caseload.workers(in: app.caseload.worker(leaver)?.team ?? app.teamID)
      .filter { $0.id != leaver && !$0.hasLeft(on: app.context.today) }
      .sorted { $0.name < $1.name }.map { Optional($0.id) } + [nil]
  }

  public var title: String { "Handover" }
  public var takesText: Bool { editingReason }

  public func bindings(_ app: AppState) -> [KeyBinding] {
    if editingReason {
      return [
        KeyBinding([.enter, .ctrl("s"), .function(2)], "Enter", "apply", .confirm),
        KeyBinding([.escape], "Esc", "back", .back),
      ]
    }
    return Keymap.move + [
      KeyBinding([.char("l"), .right], "h/l", "change target", .nextChoice, help: "next target"),
      KeyBinding([.char("h"), .left], "h", "previous target", .previousChoice, footer: false),
      KeyBinding([.enter], "Enter", "apply", .open),
      Keymap.cancel,
    ]
  }

  public mutating func handleText(_ key: Key, app: AppState) -> Bool {
    guard editingReason, key != .enter else { return false }
    return reason.handle(key)
  }

  public mutating func perform(_ command: Command, app: inout AppState) -> Outcome {
    switch command {
    case .up, .down, .pageUp, .pageDown, .top, .bottom:
      position.move(by: listStep(command, page: 10), rowCount: plan.lines.count, visibleRows: 10)
      return .stay
    case .nextChoice, .previousChoice:
      guard let index = position.selected, plan.lines.indices.contains(index), !choices.isEmpty
      else { return .stay }
      let line = plan.lines[index]
      let current = choices.firstIndex(of: line.target) ?? choices.count - 1
      let step = command == .nextChoice ? 1 : choices.count - 1
      plan = plan.changing(line.case, to: choices[(current + step) % choices.count])
      return .stay
    case .open:
      editingReason = true
      return .stay
    case .back:
      editingReason = false
      return .stay
    case .cancel:
      return .closed
    case .confirm:
      let why = reason.text.trimmingCharacters(in: .whitespaces)
      guard !why.isEmpty else {
        app.say(.warning, "A handover needs a reason.")
        return .stay
      }
      let change = plan.reassignment(reason: why, today: app.context.today)
      guard !change.moves.isEmpty else {
        app.say(.info, "Nothing to move: every line keeps its worker.")
        return .stay
      }
      let unallocated = change.moves.filter { $0.to == nil }.compactMap {
        app.caseload.case($0.case)
      }
      if unallocated.contains(where: \.category.isProtected) {
        app.question = Question(
          title: "Leave unallocated?",
          message: [
            "Some child protection or child-in-care cases would be left unallocated. Go ahead?"
          ],
          yes: "Apply", no: "Go back", intent: .commit(.reassign(change)))
        return .stay
      }
      return .commit(.reassign(change))
    default:
      return .stay
    }
  }

  public func render(_ app: AppState, into canvas: inout Canvas, rect: Rect) {
    let name = app.caseload.worker(leaver)?.name ?? leaver.rawValue
    canvas.put(
      "Handover plan for \(name): \(plan.lines.count) cases", x: rect.x, y: rect.y,
      role: .highlight,
      width: rect.width)
    let rows = plan.lines.enumerated().map { index, line -> [TableCell] in
      let child = app.caseload.case(line.case)
      let worker = line.target.flatMap { app.caseload.worker($0) }
      let target = worker?.name ?? "unallocated"
      // A high-risk case going to an ASYE is a warning of SPEC 1.4, so it stands out.
      let risky = worker?.role == .asye && child?.category.isHighRisk == true
      return [
        TableCell((index == position.selected ? ">" : " ") + line.case.rawValue),
        TableCell(child?.childName ?? ""), TableCell(child?.category.shortLabel ?? ""),
        TableCell(target, role: line.target == nil ? .warn : .normal),
        TableCell(line.why, role: risky ? .warn : .dim),
      ]
    }
    let tableRect = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 3)
    Table(
      columns: [
        TableColumn(" Case", width: .fixed(9)), TableColumn("Child", width: .fixed(16)),
        TableColumn("Type", width: .fixed(6)), TableColumn("To", width: .fixed(17)),
        TableColumn("Why", width: .fill),
      ], rows: rows, position: position
    ).render(into: &canvas, rect: tableRect, focused: !editingReason)
    let y = rect.maxY - 1
    let x = canvas.put("Reason: ", x: rect.x, y: y, role: editingReason ? .header : .dim)
    reason.render(
      into: &canvas, rect: Rect(x: rect.x + x, y: y, width: rect.width - x, height: 1),
      focused: editingReason)
  }
}
