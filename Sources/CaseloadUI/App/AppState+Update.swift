import CaseloadCore

extension AppState {
  /// The keys that work right now: the top screen's own, then the global ones it allows,
  /// each saying whether it is available (read-only sessions refuse every editing key).
  public var bindings: [KeyBinding] { bindings(in: screenContext) }

  func bindings(in context: ScreenContext) -> [KeyBinding] {
    guard question == nil else { return Self.dialogBindings }
    let own = top.bindings(context)
    var all: [KeyBinding]
    if top.takesText {
      // While typing, letters are text, but Ctrl-C still quits (asking first).
      all = own + [Self.quitWhileTyping]
    } else {
      let taken = Set(own.flatMap(\.keys))
      all =
        own
        + Keymap.global.filter { binding in
          !binding.keys.contains(where: taken.contains) && !isShowing(binding.intent)
        }
    }
    return all.map(forSession)
  }

  /// A binding as this session has it: an editing key is unavailable when read-only, and
  /// undo until this session has made a change.
  func forSession(_ binding: KeyBinding) -> KeyBinding {
    if context.readOnly { return binding.readOnly() }
    if let storeProblem { return binding.readOnly(because: Self.problemMessage(storeProblem)) }
    if binding.intent == .undo {
      return binding.when(
        lastChange != nil, else: "Nothing to undo: you have made no change in this session.")
    }
    return binding
  }

  /// True when a global key would only open the screen already on top.
  private func isShowing(_ intent: KeyIntent) -> Bool {
    switch (intent, top) {
    case (.switchTeam, .teams), (.unallocated, .queue): return true
    default: return false
    }
  }

  static let quitWhileTyping = KeyBinding(
    [.ctrl("c")], "^C", "quit", .quit, footer: false, help: "quit (asks first)")

  static let dialogBindings = [
    KeyBinding([.char("y"), .enter], "y", "yes", .confirm),
    KeyBinding([.char("n"), .escape], "n/Esc", "no", .cancel),
  ]

  /// Turns a message into a new state and the effects for the runtime to run. Pure: no I/O.
  public mutating func update(_ message: Message) -> [Effect] {
    switch message {
    case .key(let key):
      let effects = handle(key)
      return syncDraft() + effects
    case .committed(let entry, let latest):
      caseload = latest
      if case .undo = entry.change {
        lastChange = nil
      } else {
        lastChange = entry
      }
      notice = Notice(.info, "Saved: \(entry.change.summary)")
      let context = screenContext
      let outcome = stack.modifyTop { $0.committed(entry, context) }
      let effects = apply(outcome)
      refreshScreens()
      return syncDraft() + effects
    case .commitFailed(let error):
      notice = Notice(.error, Self.notSaved(error))
      return []
    case .othersChanged(let entries, let latest):
      caseload = latest
      refreshScreens()
      if let last = entries.last {
        let more = entries.count > 1 ? " and \(entries.count - 1) more" : ""
        notice = Notice(.info, "\(last.by) changed the store: \(last.change.summary)\(more)")
      }
      return []
    case .refreshFailed(let error):
      // The board keeps the state it had; the next tick tries again.
      notice = Notice(.error, "Cannot read new changes: \(error.description)")
      return []
    case .validationFailed(let error):
      storeProblem = error
      notice = Notice(.error, Self.problemMessage(error))
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

  /// Why a save failed, what matters first: the notice line cuts off the end, and a store's
  /// path is long, so the system's reason and that the entry is kept come before the file.
  static func notSaved(_ error: CaseloadError) -> String {
    if case .io(let path, let operation, let reason) = error {
      return "Not saved (\(reason)); your entry is kept, try again. Could not \(operation): \(path)"
    }
    return "Not saved: \(error.description). Your entry is kept; try again."
  }

  /// Every open screen checks its selections against the new state.
  private mutating func refreshScreens() {
    let context = screenContext
    stack.modifyAll { $0.refresh(context) }
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
    let context = screenContext
    if stack.modifyTop({ $0.input(key, context) }) { return [] }
    if case .paste(let text) = key, top.takesText {
      // A text field refuses a paste only when it would not fit; say so rather than cut it.
      notice = Notice(
        .warning,
        "Not pasted: \(text.count) characters do not fit here (a note holds up to "
          + "\(TextEditor.characterLimit) characters, a one-line field \(Prompt.characterLimit)).")
      return []
    }
    guard let binding = Keymap.binding(for: key, in: bindings(in: context)) else { return [] }
    if let unavailable = binding.unavailable {
      notice = Notice(unavailable.forSession ? .warning : .info, unavailable.reason)
      return []
    }
    switch binding.intent {
    case .quit:
      return quit()
    case .help:
      let help = HelpScreen(
        title: top.title, keys: top.bindings(context).map(forSession),
        global: Keymap.global.map(forSession))
      stack.push(.help(help))
      return []
    case .search:
      stack.push(.search(SearchScreen()))
      return []
    case .switchTeam:
      stack.push(.teams(TeamPicker(context)))
      return []
    case .unallocated:
      stack.push(.queue(QueueScreen()))
      return []
    case .undo:
      return undoLast()
    default:
      return apply(stack.modifyTop { $0.perform(binding.intent, context) })
    }
  }

  /// Carries out what a screen asked for. The only place screens' wishes reach app state.
  mutating func apply(_ outcome: Outcome) -> [Effect] {
    switch outcome {
    case .none:
      return []
    case .push(let screen):
      stack.push(restoringDraft(screen))
      return []
    case .pop:
      stack.pop()
      return []
    case .replace(let screen):
      stack.pop()
      stack.push(restoringDraft(screen))
      return []
    case .ask(let question):
      self.question = question
      return []
    case .notice(let notice):
      self.notice = notice
      return []
    case .commit(let change):
      // Editing keys are unavailable in read-only sessions; this is the last line of defence.
      guard !context.readOnly else {
        notice = Notice(.warning, Self.readOnlyMessage)
        return []
      }
      if let storeProblem {
        notice = Notice(.error, Self.problemMessage(storeProblem))
        return []
      }
      return [.commit(change)]
    case .switchTeam(let team):
      teamID = team
      stack = ScreenStack()
      return []
    case .all(let outcomes):
      return outcomes.flatMap { apply($0) }
    }
  }

  /// Why nothing can be changed in a store that failed validation.
  static func problemMessage(_ error: CaseloadError) -> String {
    "Read-only: the store has a problem, so nothing can be saved: \(error.description). Run caseload check."
  }

  public static let readOnlyMessage =
    "Read-only: opened with --read-only, so nothing can be changed. Reopen without it to edit."

  private mutating func quit() -> [Effect] {
    guard stack.all.contains(where: \.hasUnsavedEdit) else { return [.quit] }
    question = Question(
      title: "Quit",
      message: [
        draftsWork
          ? "You have not saved what you are writing. It is kept as a draft and offered"
            + " back the next time you open caseload."
          : "You have not saved what you are writing, and it cannot be kept as a draft."
            + " Quit and lose it?"
      ],
      yes: "Quit", no: "Keep editing", onYes: .quit)
    return []
  }

  private mutating func answer(_ question: Question, _ key: Key) -> [Effect] {
    switch Keymap.binding(for: key, in: Self.dialogBindings)?.intent {
    case .confirm:
      self.question = nil
      switch question.onYes {
      case .quit:
        // The typing stays in its draft, so quitting loses nothing.
        return [.quit]
      case .resumeDraft(let target):
        guard let screen = screen(for: target) else {
          notice = Notice(.warning, "That draft is for a form this version does not have.")
          return []
        }
        return apply(.push(screen))
      case .discardEdit:
        stack.pop()
        notice = Notice(.info, "Discarded.")
        return []
      case .undo(let change), .commit(let change):
        return apply(.commit(change))
      }
    case .cancel:
      self.question = nil
      if case .resumeDraft = question.onYes {
        notice = Notice(
          .info, "Draft kept: it comes back next time you open caseload or start that note.")
      }
      return []
    default:
      return []
    }
  }

  private mutating func undoLast() -> [Effect] {
    guard let entry = lastChange else { return [] }
    do {
      let change = try caseload.undo(
        of: entry, today: context.today, now: context.clock(), user: context.user,
        newID: { context.newRecordID("D") })
      question = Question(
        title: "Undo", message: ["Undo change #\(entry.sequence)?", entry.change.summary],
        yes: "Undo", no: "Keep it", onYes: .undo(change))
    } catch {
      notice = Notice(
        .error, "Cannot undo: \((error as? CaseloadError)?.description ?? "\(error)")")
    }
    return []
  }
}
