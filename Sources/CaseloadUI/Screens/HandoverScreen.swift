import CaseloadCore

/// `H`: a proposed target for each of a leaving worker's cases (siblings together, loads
/// balanced, previous workers preferred, never an ASYE for child protection or court work),
/// with every affected worker's bar before and after the whole plan and each line's warnings,
/// changed line by line and applied as one change.
public struct HandoverScreen: ScreenModel {
  public let leaver: Worker.ID
  public var plan: HandoverPlan
  /// The plan as proposed, so Esc can tell whether the manager changed it.
  let proposed: HandoverPlan
  public var position = ListPosition(selected: 0)
  public var reason: Prompt
  let proposedReason: String
  public var editingReason = false
  /// Who a line can go to: the team's workers still in post, nobody, then back to the leaver.
  let choices: [Worker.ID?]

  public init(leaver: Worker.ID, _ context: ScreenContext) throws {
    self.leaver = leaver
    plan = try context.rules.handoverPlan(for: leaver)
    guard !plan.lines.isEmpty else {
      throw CaseloadError.refused("This worker holds no open cases to hand over.")
    }
    proposed = plan
    let worker = context.caseload.worker(leaver)
    let name = worker?.name ?? leaver.rawValue
    let leaving = worker?.leaving.map { " (leaving \($0))" } ?? ""
    reason = Prompt(text: "Handover: \(name)\(leaving)")
    // As the field holds it (control characters in a name dropped), so an untouched reason
    // never counts as a change.
    proposedReason = reason.text
    choices =
      context.caseload.workers(in: worker?.team ?? context.teamID)
      .filter { $0.id != leaver && !$0.hasLeft(on: context.today) }
      .sorted(by: Worker.byName).map { Optional($0.id) } + [nil, leaver]
  }

  public var title: String { "Handover" }
  public var takesText: Bool { editingReason }

  var isChanged: Bool { plan != proposed || reason.text != proposedReason }

  var selectedLine: HandoverLine? {
    guard let index = position.selected, plan.lines.indices.contains(index) else { return nil }
    return plan.lines[index]
  }

  public func bindings(_ context: ScreenContext) -> [KeyBinding] {
    if editingReason {
      return [
        KeyBinding([.enter, .ctrl("s"), .function(2)], "Enter", "apply plan", .confirm),
        KeyBinding([.escape], "Esc", "back to plan", .back),
      ]
    }
    return Keymap.move + [
      KeyBinding([.char("l"), .right], "h/l", "change target", .nextChoice, help: "next target"),
      KeyBinding([.char("h"), .left], "h", "previous target", .previousChoice, footer: false),
      KeyBinding(
        [.enter], "Enter", "reason & apply", .open, help: "go to the reason, then apply",
        activity: "a handover"),
      Keymap.cancel,
    ]
  }

  public mutating func input(_ key: Key, _ context: ScreenContext) -> Bool {
    guard editingReason, key != .enter else { return false }
    return reason.handle(key)
  }

  public mutating func perform(_ intent: KeyIntent, _ context: ScreenContext) -> Outcome {
    let layout = Layout(body: context.body, review: context.rules.review(plan))
    if position.move(intent, rowCount: plan.lines.count, visibleRows: layout.planRows) {
      return .none
    }
    switch intent {
    case .nextChoice, .previousChoice:
      guard let line = selectedLine else { return .none }
      let current = choices.firstIndex(of: line.target) ?? choices.count - 1
      let step = intent == .nextChoice ? 1 : choices.count - 1
      plan = plan.changing(line.case, to: choices[(current + step) % choices.count])
      return .none
    case .open:
      editingReason = true
      return .info("Check the reason, then Enter applies the plan; Esc goes back to it.")
    case .back:
      editingReason = false
      return .none
    case .cancel:
      guard isChanged else { return .pop }
      return .ask(
        Question(
          title: "Discard?", message: ["Discard your changes to this handover plan?"],
          yes: "Discard", no: "Keep editing", onYes: .discardEdit))
    case .confirm:
      return apply(context)
    default:
      return .none
    }
  }

  private func apply(_ context: ScreenContext) -> Outcome {
    let why = reason.text.trimmingCharacters(in: .whitespaces)
    guard !why.isEmpty else { return .warning("A handover needs a reason.") }
    let change = plan.reassignment(reason: why, today: context.today)
    guard !change.moves.isEmpty else {
      return .info("Nothing to move: every line stays with the leaver.")
    }
    let review = context.rules.review(plan)
    let warnings = plan.lines.flatMap { review.warnings(of: $0.case) }
    let name = context.caseload.worker(leaver)?.name ?? leaver.rawValue
    var message: [String] = []
    let undecided = plan.undecided.count
    if undecided > 0 {
      message.append(
        "\(undecided) case\(undecided == 1 ? " needs" : "s need") your decision and"
          + " stay\(undecided == 1 ? "s" : "") with \(name) for now.")
    }
    message += ReassignmentWarning.grouped(warnings).map {
      ($0.block ? "BLOCK: " : "WARNING: ") + $0.message
    }
    guard message.isEmpty else {
      let blocks = warnings.contains(where: \.isBlock)
      return .ask(
        Question(
          title: blocks ? "Leave cases unallocated?" : "Apply the plan?", message: message,
          yes: "Apply \(change.moves.count) moves", no: "Go back",
          onYes: .commit(.reassign(change))))
    }
    return .commit(.reassign(change))
  }
}
