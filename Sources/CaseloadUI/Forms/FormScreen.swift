import CaseloadCore

/// A small record form (a new worker, a visit, a closure...): a field a line, each checked as
/// it is typed with the message beside it; Ctrl-S saves it as one recorded change, Esc asks
/// before discarding, and the typing is kept as a draft like a note's.
public struct FormScreen: ScreenModel {
  public let kind: FormKind
  public var fields: [FormField]
  public var focus = 0
  /// The values the form opened with, to tell whether anything was typed.
  let opened: [String: String]

  public init(_ kind: FormKind, _ context: ScreenContext) {
    self.kind = kind
    fields = kind.fields(context)
    opened = Self.values(of: fields)
  }

  public var title: String { kind.title }

  static func values(of fields: [FormField]) -> [String: String] {
    Dictionary(fields.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
  }

  var focused: FormField? { fields.indices.contains(focus) ? fields[focus] : nil }

  public var takesText: Bool { focused?.isChoice == false }

  public var hasUnsavedEdit: Bool { Self.values(of: fields) != opened }

  /// The typing so far, to keep on disk; nil while nothing was changed.
  func draft(author: String) -> Draft? {
    guard hasUnsavedEdit else { return nil }
    return Draft(
      target: kind.draftTarget, author: author, discussion: "", fields: Self.values(of: fields))
  }

  /// Puts a kept draft's values back into the fields.
  mutating func restore(_ draft: Draft) {
    for index in fields.indices {
      if let value = draft.fields[fields[index].key] { fields[index].set(value) }
    }
  }

  public func bindings(_ context: ScreenContext) -> [KeyBinding] {
    var keys = [
      Keymap.save,
      KeyBinding([.tab, .down], "Tab", "next field", .nextField),
      KeyBinding([.backTab, .up], "S-Tab", "previous", .previousField, footer: false),
    ]
    if focused?.isChoice == true {
      keys.append(KeyBinding([.right, .char(" ")], "Left/Right", "choose", .nextChoice))
      keys.append(
        KeyBinding([.left], "Left", "choose", .previousChoice, footer: false, help: "previous"))
    }
    keys += [Keymap.cancel, KeyBinding([.function(1)], "F1", "help", .help)]
    return keys
  }

  public mutating func input(_ key: Key, _ context: ScreenContext) -> Bool {
    guard focused?.isChoice == false, ![.enter, .up, .down, .tab, .backTab].contains(key) else {
      return false
    }
    return fields[focus].prompt.handle(key)
  }

  public mutating func perform(_ intent: KeyIntent, _ context: ScreenContext) -> Outcome {
    switch intent {
    case .nextField:
      focus = (focus + 1) % max(1, fields.count)
      return .none
    case .previousField:
      focus = (focus + fields.count - 1) % max(1, fields.count)
      return .none
    case .nextChoice, .previousChoice:
      fields[focus].cycle(by: intent == .nextChoice ? 1 : -1)
      return .none
    case .cancel, .back:
      guard hasUnsavedEdit else { return .pop }
      return .askToDiscard(title.lowercased())
    case .save:
      return save(context)
    default:
      return .none
    }
  }

  private func save(_ context: ScreenContext) -> Outcome {
    let change: Change
    do {
      change = try kind.change(FormValues(fields: fields), context)
      try context.caseload.check(change)
    } catch {
      return .refusal(error)
    }
    let warnings = kind.warnings(for: change, context)
    guard warnings.isEmpty else {
      let block = warnings.contains(where: \.isBlock)
      return .ask(
        Question(
          title: block ? "Leave unallocated?" : "Go ahead despite the warnings?",
          message: ReassignmentWarning.grouped(warnings).map(\.message),
          yes: "Save anyway", no: "Go back", onYes: .commit(change)))
    }
    return .commit(change)
  }

  public mutating func committed(_ entry: JournalEntry, _ context: ScreenContext) -> Outcome {
    if case .addTeam(let team) = entry.change { return .switchTeam(team.id) }
    return .pop
  }
}
