import CaseloadCore

extension AppState {
  /// The keys that work right now: the top screen's own, then the global ones it allows.
  public var bindings: [KeyBinding] {
    let own = top.bindings(self)
    guard question == nil else { return Self.dialogBindings }
    // While typing, letters are text, but Ctrl-C still quits (asking first).
    if top.takesText { return own + [Self.quitWhileTyping] }
    let taken = Set(own.flatMap(\.keys))
    return own
      + Keymap.global.filter { binding in
        !binding.keys.contains(where: taken.contains) && !isShowing(binding.command)
      }
  }

  /// True when a global key would only open the screen already on top.
  private func isShowing(_ command: Command) -> Bool {
    switch command {
    case .switchTeam: return top is TeamPicker
    case .unallocated: return top is QueueScreen
    default: return false
    }
  }

  static let quitWhileTyping = KeyBinding(
    [.ctrl("c")], "^C", "quit", .quit, footer: false, help: "quit (asks first)")

  static let dialogBindings = [
    KeyBinding([.char("y"), .enter], "y", "yes", .confirm),
    KeyBinding([.char("n"), .escape], "n/Esc", "no", .cancel),
  ]

  /// Turns an action into a new state and the effects for the runtime to run. Pure: no I/O.
  public mutating func update(_ action: Action) -> [Effect] {
    switch action {
    case .key(let key):
      let effects = handle(key)
      return syncDraft() + effects
    case .committed(let entry, let latest):
      committing = false
      caseload = latest
      if case .undo = entry.change {
        lastChange = nil
      } else {
        lastChange = entry
      }
      notice = Notice(.info, "Saved: \(entry.change.summary)")
      let effects = route { screen, app in screen.committed(entry, app: &app) }
      return syncDraft() + effects
    case .commitFailed(let error):
      committing = false
      notice = Notice(.error, "Not saved: \(error.description). Your entry is kept; try again.")
      return []
    case .othersChanged(let entries, let latest):
      caseload = latest
      clampBoard()
      if let last = entries.last {
        let more = entries.count > 1 ? " and \(entries.count - 1) more" : ""
        notice = Notice(.info, "\(last.by) changed the store: \(last.change.summary)\(more)")
      }
      return []
    case .refreshFailed(let error):
      // The board keeps the state it had; the next tick tries again.
      notice = Notice(.error, "Cannot read new changes: \(error.description)")
      return []
    case .draftsFound(let found, let problems):
      draftsWork = true
      offer(found.filter { $0.draft.author == context.user }, problems: problems)
      return []
    case .draftFailed(let message):
      draftsWork = false
      notice = Notice(.warning, "Typing not kept (\(message)): save soon with Ctrl-S.")
      return []
    }
  }

  private mutating func handle(_ key: Key) -> [Effect] {
    if case .resize(let width, let height) = key {
      size = Size(width: width, height: height)
      return []
    }
    guard size.isBigEnough else {
      // Only quitting works while the window is too small to draw the screen.
      return key == .char("q") || key == .ctrl("c") ? [.quit] : []
    }
    if let question {
      return answer(question, key)
    }
    notice = nil
    var consumed = false
    _ = route { screen, app in
      consumed = screen.handleText(key, app: app)
      return .stay
    }
    if consumed { return [] }
    guard let command = Keymap.command(for: key, in: bindings) else { return [] }
    switch command {
    case .quit:
      if stack.contains(where: \.hasUnsavedEdit) {
        self.question = Question(
          title: "Quit",
          message: [
            draftsWork
              ? "You have not saved what you are writing. It is kept as a draft and offered"
                + " back the next time you open caseload."
              : "You have not saved what you are writing, and it cannot be kept as a draft."
                + " Quit and lose it?"
          ],
          yes: "Quit", no: "Keep editing", intent: .quit)
        return []
      }
      return [.quit]
    case .help where !(top is HelpScreen):
      stack.append(HelpScreen(for: self))
      return []
    case .search:
      stack.append(SearchScreen())
      return []
    case .switchTeam:
      stack.append(TeamPicker(app: self))
      return []
    case .unallocated:
      stack.append(QueueScreen())
      return []
    case .undo:
      return undoLast()
    default:
      return route { screen, app in screen.perform(command, app: &app) }
    }
  }

  /// Runs a closure on the top screen with the screen taken off the stack, then applies its outcome.
  mutating func route(_ body: (inout any ScreenModel, inout AppState) -> Outcome) -> [Effect] {
    var outcome: Outcome
    if stack.isEmpty {
      var screen: any ScreenModel = board
      outcome = body(&screen, &self)
      if let updated = screen as? BoardScreen { board = updated }
    } else {
      var screen = stack.removeLast()
      outcome = body(&screen, &self)
      if !outcome.close { stack.append(screen) }
    }
    if let next = outcome.open { stack.append(restoringDraft(next)) }
    if outcome.effects.contains(where: { if case .commit = $0 { true } else { false } }) {
      if context.readOnly {
        notice = Notice(.warning, Self.readOnlyMessage)
        return outcome.effects.filter { if case .commit = $0 { false } else { true } }
      }
      committing = true
    }
    return outcome.effects
  }

  public static let readOnlyMessage =
    "Read-only: opened with --read-only, so nothing can be changed. Reopen without it to edit."

  /// Refuses an editing key in read-only mode with a notice; true when refused.
  mutating func refuseIfReadOnly(_ what: String) -> Bool {
    guard context.readOnly else { return false }
    notice = Notice(.warning, "Read-only: \(what) is unavailable (opened with --read-only).")
    return true
  }

  mutating func say(_ kind: Notice.Kind, _ text: String) {
    notice = Notice(kind, text)
  }

  private mutating func answer(_ question: Question, _ key: Key) -> [Effect] {
    switch Keymap.command(for: key, in: Self.dialogBindings) {
    case .confirm:
      self.question = nil
      switch question.intent {
      case .quit:
        // The typing stays in its draft, so quitting loses nothing.
        return [.quit]
      case .resumeDraft(let target):
        stack.append(restoringDraft(NoteEditor(target, app: self)))
        return []
      case .discardEdit:
        if !stack.isEmpty { stack.removeLast() }
        notice = Notice(.info, "Discarded.")
        return []
      case .undo(let change), .commit(let change):
        committing = true
        return [.commit(change)]
      }
    case .cancel:
      self.question = nil
      if case .resumeDraft = question.intent {
        notice = Notice(
          .info, "Draft kept: it comes back next time you open caseload or start that note.")
      }
      return []
    default:
      return []
    }
  }

  private mutating func undoLast() -> [Effect] {
    if refuseIfReadOnly("undo") { return [] }
    guard let entry = lastChange else {
      say(.info, "Nothing to undo: you have made no change in this session.")
      return []
    }
    do {
      let change = try caseload.undo(
        of: entry, today: context.today, now: context.clock(), user: context.user,
        newID: { context.newRecordID("D") })
      question = Question(
        title: "Undo", message: ["Undo change #\(entry.sequence)?", entry.change.summary],
        yes: "Undo", no: "Keep it", intent: .undo(change))
    } catch let error as CaseloadError {
      say(.error, "Cannot undo: \(error.description)")
    } catch {
      say(.error, "Cannot undo: \(error)")
    }
    return []
  }
}
