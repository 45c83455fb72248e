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

  public init(leaver: Worker.ID, _ context: ScreenContext) throws {
    self.leaver = leaver
    plan = try context.rules.handoverPlan(for: leaver)
    guard !plan.lines.isEmpty else {
      throw CaseloadError.refused("This worker holds no open cases to hand over.")
    }
    let name = context.caseload.worker(leaver)?.name ?? leaver.rawValue
    let leaving = context.caseload.worker(leaver)?.leaving.map { " (leaving \($0))" } ?? ""
    reason = Prompt(text: "Handover: \(name)\(leaving)")
    choices =
      context.caseload.workers(in: context.caseload.worker(leaver)?.team ?? context.teamID)
      .filter { $0.id != leaver && !$0.hasLeft(on: context.today) }
      .sorted { $0.name < $1.name }.map { Optional($0.id) } + [nil]
  }

  public var title: String { "Handover" }
  public var takesText: Bool { editingReason }

  public func bindings(_ context: ScreenContext) -> [KeyBinding] {
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

  public mutating func input(_ key: Key, _ context: ScreenContext) -> Bool {
    guard editingReason, key != .enter else { return false }
    return reason.handle(key)
  }

  /// The plan's table, between the heading and the reason line.
  static func table(_ body: Rect) -> Rect {
    Rect(x: body.x, y: body.y + 1, width: body.width, height: max(0, body.height - 3))
  }

  public mutating func perform(_ intent: KeyIntent, _ context: ScreenContext) -> Outcome {
    let rows = Table.visibleRows(height: Self.table(context.body).height)
    if position.move(intent, rowCount: plan.lines.count, visibleRows: rows) { return .none }
    switch intent {
    case .nextChoice, .previousChoice:
      guard let index = position.selected, plan.lines.indices.contains(index), !choices.isEmpty
      else { return .none }
      let line = plan.lines[index]
      let current = choices.firstIndex(of: line.target) ?? choices.count - 1
      let step = intent == .nextChoice ? 1 : choices.count - 1
      plan = plan.changing(line.case, to: choices[(current + step) % choices.count])
      return .none
    case .open:
      editingReason = true
      return .none
    case .back:
      editingReason = false
      return .none
    case .cancel:
      return .pop
    case .confirm:
      let why = reason.text.trimmingCharacters(in: .whitespaces)
      guard !why.isEmpty else { return .warning("A handover needs a reason.") }
      let change = plan.reassignment(reason: why, today: context.today)
      guard !change.moves.isEmpty else {
        return .info("Nothing to move: every line keeps its worker.")
      }
      let unallocated = change.moves.filter { $0.to == nil }.compactMap {
        context.caseload.case($0.case)
      }
      if unallocated.contains(where: \.category.isProtected) {
        return .ask(
          Question(
            title: "Leave unallocated?",
            message: [
              "Some child protection or child-in-care cases would be left unallocated. Go ahead?"
            ],
            yes: "Apply", no: "Go back", onYes: .commit(.reassign(change))))
      }
      return .commit(.reassign(change))
    default:
      return .none
    }
  }

  public func render(_ context: ScreenContext, into canvas: inout Canvas, rect: Rect) {
    let name = context.caseload.worker(leaver)?.name ?? leaver.rawValue
    canvas.put(
      "Handover plan for \(name): \(plan.lines.count) cases", x: rect.x, y: rect.y,
      role: .highlight,
      width: rect.width)
    let rows = plan.lines.map { line -> [TableCell] in
      let child = context.caseload.case(line.case)
      let worker = line.target.flatMap { context.caseload.worker($0) }
      let target = worker?.name ?? "unallocated"
      // A high-risk case going to an ASYE is a warning of SPEC 1.4, so it stands out.
      let risky = worker?.role == .asye && child?.category.isHighRisk == true
      return [
        TableCell(line.case.rawValue),
        TableCell(child?.childName ?? ""), TableCell(child?.category.shortLabel ?? ""),
        TableCell(target, role: line.target == nil ? .warn : .normal),
        TableCell(line.why, role: risky ? .warn : .dim),
      ]
    }
    let tableRect = Self.table(rect)
    Table(
      columns: [
        TableColumn("Case", width: .fixed(8)), TableColumn("Child", width: .fixed(16)),
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
