import CaseloadCore

extension AppState {
  /// Keeps the disk in step with the open editor: its typing is written after every change,
  /// and removed once it is saved or discarded.
  mutating func syncDraft() -> [Effect] {
    let editor = stack.path.last { $0.editor != nil }?.editor
    let current = editor?.draft(author: context.user)
    guard current != keptDraft else { return [] }
    let previous = keptDraft
    keptDraft = current
    var effects: [Effect] = []
    if let previous, previous.target != current?.target {
      effects.append(.dropDraft(previous.target))
    }
    if let current { effects.append(.keepDraft(current)) }
    return effects
  }

  /// An editor about to open, with the typing of its kept draft put back, if it has one.
  mutating func restoringDraft(_ screen: Screen) -> Screen {
    guard var editor = screen.editor, let saved = drafts.removeValue(forKey: editor.kind)
    else { return screen }
    editor.restore(saved.draft)
    keptDraft = editor.draft(author: context.user)
    var message = "Your unsaved draft from \(saved.saved.shortText) is back."
    if !targetExists(editor.kind) {
      message =
        "Draft back, but \(editor.kind.noun) \(editor.kind.id) is no longer in the store:"
        + " copy it, then Esc."
    }
    notice = Notice(.info, message)
    return .editor(editor)
  }

  /// Takes in the drafts an earlier session left and offers the newest back.
  mutating func offer(_ found: [SavedDraft], problems: [String]) {
    for saved in found where drafts[saved.draft.target] == nil {
      drafts[saved.draft.target] = saved
    }
    if let problem = problems.first {
      notice = Notice(.warning, "A draft could not be read and was left in place: \(problem)")
    }
    guard let newest = found.first else { return }
    let others = found.count - 1
    let more =
      others == 0
      ? "" : " You have \(others) more; each comes back when you open its editor."
    if context.readOnly {
      notice = Notice(
        .info,
        "You have \(found.count) unsaved draft\(found.count == 1 ? "" : "s"): open without"
          + " --read-only to finish \(found.count == 1 ? "it" : "them").")
      return
    }
    question = Question(
      title: "Unsaved draft",
      message: [
        "You did not save the \(describe(newest.draft.target)) you were writing at"
          + " \(newest.saved.shortText)." + more,
        "Open it now to finish or discard it?",
      ],
      yes: "Open it", no: "Later", onYes: .resumeDraft(newest.draft.target))
  }

  /// `oversight note on C123 Ruby`, for messages.
  func describe(_ target: Draft.Target) -> String {
    switch target {
    case .oversight(let id):
      let child = caseload.case(id)?.childName
      return "oversight note on \(id.rawValue)" + (child.map { " \($0)" } ?? "")
    case .session(let id):
      return "supervision with \(caseload.worker(id)?.name ?? id.rawValue)"
    case .addendum(let id):
      return "addendum to \(id.rawValue)"
    }
  }

  private func targetExists(_ target: Draft.Target) -> Bool {
    switch target {
    case .oversight(let id): return caseload.case(id) != nil
    case .session(let id): return caseload.worker(id) != nil
    case .addendum(let id): return caseload.recordIDs.contains(id)
    }
  }
}

extension Draft.Target {
  /// What the id names, for messages: `case`, `worker` or `record`.
  var noun: String {
    switch self {
    case .oversight: return "case"
    case .session: return "worker"
    case .addendum: return "record"
    }
  }
}

extension Timestamp {
  /// `2026-11-23 16:40 UTC`, for messages.
  var shortText: String {
    let text = description
    return "\(text.prefix(10)) \(text.dropFirst(11).prefix(5)) UTC"
  }
}
