import CaseloadCore

/// `e`: the record forms that fit what is chosen (the team, a worker, a case), each with its
/// own key; Enter or the key opens it.
public struct RecordMenu: ScreenModel {
  public let team: Team.ID
  public let worker: Worker.ID?
  public let child: Case.ID?
  public var position = ListPosition(selected: 0)

  public init(team: Team.ID, worker: Worker.ID?, case child: Case.ID?) {
    self.team = team
    self.worker = worker
    self.child = child
  }

  public var title: String { "Records" }

  /// The forms on offer, with the binding that opens each directly.
  func entries(_ context: ScreenContext) -> [(binding: KeyBinding, kind: FormKind, text: String)] {
    let caseload = context.caseload
    let teamName = caseload.team(team)?.name ?? team.rawValue
    var entries: [(KeyBinding, FormKind, String)] = [
      (Keymap.newWorker, .newWorker(team), "a new worker in \(teamName)"),
      (Keymap.newCase, .newCase(team), "a new referral (case) for \(teamName)"),
    ]
    if let worker, let person = caseload.worker(worker) {
      entries += [
        (
          Keymap.workerDetails, .workerDetails(worker),
          "\(person.name)'s FTE, role, cap, team or leaving date"
        ),
        (Keymap.absence, .absence(worker), "leave or an absence for \(person.name)"),
      ]
    }
    if let child, let record = caseload.case(child) {
      let name = "\(record.childName) (\(child))"
      entries += [
        (Keymap.visit, .visit(child), "a statutory visit to \(name)"),
        (Keymap.category, .category(child), "a change of category for \(name)"),
        (Keymap.closeCase, .closure(child), "closing the case of \(name)"),
        (Keymap.transfer, .transfer(child), "transferring \(name) to another team"),
      ]
    }
    return entries
  }

  public func bindings(_ context: ScreenContext) -> [KeyBinding] {
    Keymap.arrows + [KeyBinding([.enter], "Enter", "open", .open, activity: "changing records")]
      + entries(context).map(\.binding) + [Keymap.cancel]
  }

  public mutating func perform(_ intent: KeyIntent, _ context: ScreenContext) -> Outcome {
    let entries = entries(context)
    if position.move(intent, rowCount: entries.count, visibleRows: context.body.height - 2) {
      return .none
    }
    switch intent {
    case .open:
      guard let index = position.selected, entries.indices.contains(index) else { return .none }
      return .replace(with: .form(FormScreen(entries[index].kind, context)))
    case .cancel, .back:
      return .pop
    default:
      guard let entry = entries.first(where: { $0.binding.intent == intent }) else { return .none }
      return .replace(with: .form(FormScreen(entry.kind, context)))
    }
  }

  public func render(_ context: ScreenContext, into canvas: inout Canvas, rect: Rect) {
    canvas.put(
      "Keep records current: each is saved as one recorded change (who, when, why).", x: rect.x,
      y: rect.y, role: .highlight, width: rect.width)
    for (index, entry) in entries(context).enumerated() {
      let y = rect.y + 2 + index
      guard y < rect.maxY else { break }
      let selected = index == position.selected
      canvas.put(
        (selected ? "> " : "  ")
          + entry.binding.label.padding(toLength: 3, withPad: " ", startingAt: 0)
          + entry.text, x: rect.x, y: y, role: selected ? .selected : .normal, width: rect.width)
      if selected {
        canvas.styleRow(y: y, role: .selected, from: rect.x, width: rect.width)
        canvas.cursor = (rect.x, y)
      }
    }
  }
}
