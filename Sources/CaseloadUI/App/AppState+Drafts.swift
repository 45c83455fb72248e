import CaseloadCore

extension AppState {
  /// Keeps the disk in step with the open editor: its typing is written after every change,
  /// and removed once it is saved or discarded.
  mutating func syncDraft() -> [Effect] {
    let current = stack.path.last(where: \.keepsDrafts)?.draft(author: context.user)
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

  /// An editor or form about to open, with the typing of its kept draft put back, if it has
  /// one.
  mutating func restoringDraft(_ screen: Screen) -> Screen {
    let target: Draft.Target
    switch screen {
    case .editor(let editor): target = editor.kind.target
    case .form(let form): target = form.kind.draftTarget
    case .session(let editor): target = .session(editor.worker)
    default: return screen
    }
    guard let saved = drafts.removeValue(forKey: target) else { return screen }
    var restored = screen
    switch screen {
    case .editor(var editor):
      editor.restore(saved.draft)
      restored = .editor(editor)
    case .form(var form):
      form.restore(saved.draft)
      restored = .form(form)
    case .session(var editor):
      editor.restore(saved.draft, screenContext)
      restored = .session(editor)
    default: break
    }
    keptDraft = restored.draft(author: context.user)
    var message = "Your unsaved draft from \(saved.saved.shortText) is back."
    if !targetExists(target) {
      message =
        "Draft back, but \(target.noun) \(target.id) is no longer in the store:"
        + " copy it, then Esc."
    }
    notice = Notice(.info, message)
    return restored
  }

  /// The screen a kept draft is typed in.
  /// The screen a kept draft is typed in; nil for a form this version does not know.
  func screen(for target: Draft.Target) -> Screen? {
    let context = screenContext
    switch target {
    case .oversight(let id): return .editor(NoteEditor(.oversight(id), context))
    case .addendum(let id): return .editor(NoteEditor(.addendum(id), context))
    case .session(let worker): return .session(SessionEditor(worker, context))
    case .form: return FormKind(target).map { .form(FormScreen($0, context)) }
    }
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
    case .form:
      guard let kind = FormKind(target) else { return "record form" }
      return kind.title.lowercased() + (target.id.isEmpty ? "" : " for \(target.id)")
    }
  }

  private func targetExists(_ target: Draft.Target) -> Bool {
    switch target {
    case .oversight(let id): return caseload.case(id) != nil
    case .session(let id): return caseload.worker(id) != nil
    case .addendum(let id): return caseload.hasRecord(id)
    case .form: return FormKind(target)?.exists(in: caseload) ?? false
    }
  }
}

extension Draft.Target {
  /// What the id names, for messages: `case`, `worker` or `record`.
  var noun: String {
    switch self {
    case .oversight: return "case"
    case .session: return "worker"
    case .addendum, .form: return "record"
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
