import CaseloadCore

/// One screen's state and behaviour. A screen sees only its own state and a read-only
/// context; it says what should happen beyond itself by returning an `Outcome`.
public protocol ScreenModel: Sendable {
  /// The screen's name in the header and in help.
  var title: String { get }
  /// Whether typing letters goes into a text field (so single-letter global keys are off).
  var takesText: Bool { get }
  /// Whether leaving would lose typing (q and Esc ask first).
  var hasUnsavedEdit: Bool { get }
  /// The keys of this screen, in footer order, each saying whether it works right now
  /// (global keys are added by the app).
  func bindings(_ context: ScreenContext) -> [KeyBinding]
  /// Gets every key before the key map; true when it used the key (typing into a field).
  mutating func input(_ key: Key, _ context: ScreenContext) -> Bool
  /// Does what a key of `bindings` asks.
  mutating func perform(_ intent: KeyIntent, _ context: ScreenContext) -> Outcome
  /// The change this screen asked for was saved; most flows close.
  mutating func committed(_ entry: JournalEntry, _ context: ScreenContext) -> Outcome
  /// The store's state changed under the screen: keep selections and marks true to it.
  mutating func refresh(_ context: ScreenContext)
  /// Draws the screen into its rectangle (the layout's body).
  func render(_ context: ScreenContext, into canvas: inout Canvas, rect: Rect)
}

extension ScreenModel {
  public var takesText: Bool { false }
  public var hasUnsavedEdit: Bool { false }
  public mutating func input(_ key: Key, _ context: ScreenContext) -> Bool { false }
  public mutating func committed(_ entry: JournalEntry, _ context: ScreenContext) -> Outcome {
    .pop
  }
  public mutating func refresh(_ context: ScreenContext) {}
}

/// Every screen the app can show, as a value. The stack holds these; every question about
/// the screen on top is an exhaustive switch here, so adding a screen is one case here and
/// one in `visit(_:)`.
public enum Screen: Sendable {
  case board(BoardScreen)
  case worker(WorkerDetail)
  case caseDetail(CaseDetail)
  case sessionRecord(SessionRecord)
  case actions(ActionsScreen)
  case reassign(ReassignFlow)
  case handover(HandoverScreen)
  case queue(QueueScreen)
  case search(SearchScreen)
  case help(HelpScreen)
  case teams(TeamPicker)
  case editor(NoteEditor)
  case form(FormScreen)
  case session(SessionEditor)
  case records(RecordMenu)
  case inspection(InspectionScreen)

  /// Runs `visitor` on the screen's own state and keeps what it changed.
  mutating func visit<V: ScreenVisitor>(_ visitor: V) -> V.Result {
    switch self {
    case .board(var s):
      defer { self = .board(s) }
      return visitor.visit(&s)
    case .worker(var s):
      defer { self = .worker(s) }
      return visitor.visit(&s)
    case .caseDetail(var s):
      defer { self = .caseDetail(s) }
      return visitor.visit(&s)
    case .sessionRecord(var s):
      defer { self = .sessionRecord(s) }
      return visitor.visit(&s)
    case .actions(var s):
      defer { self = .actions(s) }
      return visitor.visit(&s)
    case .reassign(var s):
      defer { self = .reassign(s) }
      return visitor.visit(&s)
    case .handover(var s):
      defer { self = .handover(s) }
      return visitor.visit(&s)
    case .queue(var s):
      defer { self = .queue(s) }
      return visitor.visit(&s)
    case .search(var s):
      defer { self = .search(s) }
      return visitor.visit(&s)
    case .help(var s):
      defer { self = .help(s) }
      return visitor.visit(&s)
    case .teams(var s):
      defer { self = .teams(s) }
      return visitor.visit(&s)
    case .editor(var s):
      defer { self = .editor(s) }
      return visitor.visit(&s)
    case .form(var s):
      defer { self = .form(s) }
      return visitor.visit(&s)
    case .session(var s):
      defer { self = .session(s) }
      return visitor.visit(&s)
    case .records(var s):
      defer { self = .records(s) }
      return visitor.visit(&s)
    case .inspection(var s):
      defer { self = .inspection(s) }
      return visitor.visit(&s)
    }
  }

  /// Runs `visitor` on a copy, for questions that change nothing.
  func read<V: ScreenVisitor>(_ visitor: V) -> V.Result {
    var copy = self
    return copy.visit(visitor)
  }

  public var title: String { read(Title()) }
  public var takesText: Bool { read(TakesText()) }
  public var hasUnsavedEdit: Bool { read(HasUnsavedEdit()) }
  public func bindings(_ context: ScreenContext) -> [KeyBinding] {
    read(Bindings(context: context))
  }
  public func render(_ context: ScreenContext, into canvas: inout Canvas, rect: Rect) {
    canvas = read(Render(context: context, canvas: canvas, rect: rect))
  }
  mutating func input(_ key: Key, _ context: ScreenContext) -> Bool {
    visit(Input(key: key, context: context))
  }
  mutating func perform(_ intent: KeyIntent, _ context: ScreenContext) -> Outcome {
    visit(Perform(intent: intent, context: context))
  }
  mutating func committed(_ entry: JournalEntry, _ context: ScreenContext) -> Outcome {
    visit(Committed(entry: entry, context: context))
  }
  mutating func refresh(_ context: ScreenContext) { visit(Refresh(context: context)) }

  /// The editor's state, when this is an editor.
  var editor: NoteEditor? {
    if case .editor(let editor) = self { return editor }
    return nil
  }

  /// The typing of an editor or a form, to keep as a draft; nil for other screens.
  func draft(author: String) -> Draft? {
    switch self {
    case .editor(let editor): return editor.draft(author: author)
    case .form(let form): return form.draft(author: author)
    case .session(let editor): return editor.draft(author: author)
    default: return nil
    }
  }

  /// Whether this screen keeps its typing in drafts.
  var keepsDrafts: Bool {
    switch self {
    case .editor, .form, .session: return true
    default: return false
    }
  }
}

/// An operation on whichever screen a `Screen` holds, with the screen's concrete type.
protocol ScreenVisitor {
  associatedtype Result
  func visit<S: ScreenModel>(_ screen: inout S) -> Result
}

private struct Title: ScreenVisitor {
  func visit<S: ScreenModel>(_ screen: inout S) -> String { screen.title }
}

private struct TakesText: ScreenVisitor {
  func visit<S: ScreenModel>(_ screen: inout S) -> Bool { screen.takesText }
}

private struct HasUnsavedEdit: ScreenVisitor {
  func visit<S: ScreenModel>(_ screen: inout S) -> Bool { screen.hasUnsavedEdit }
}

private struct Bindings: ScreenVisitor {
  let context: ScreenContext
  func visit<S: ScreenModel>(_ screen: inout S) -> [KeyBinding] { screen.bindings(context) }
}

private struct Render: ScreenVisitor {
  let context: ScreenContext
  let canvas: Canvas
  let rect: Rect
  func visit<S: ScreenModel>(_ screen: inout S) -> Canvas {
    var canvas = canvas
    screen.render(context, into: &canvas, rect: rect)
    return canvas
  }
}

private struct Input: ScreenVisitor {
  let key: Key
  let context: ScreenContext
  func visit<S: ScreenModel>(_ screen: inout S) -> Bool { screen.input(key, context) }
}

private struct Perform: ScreenVisitor {
  let intent: KeyIntent
  let context: ScreenContext
  func visit<S: ScreenModel>(_ screen: inout S) -> Outcome { screen.perform(intent, context) }
}

private struct Committed: ScreenVisitor {
  let entry: JournalEntry
  let context: ScreenContext
  func visit<S: ScreenModel>(_ screen: inout S) -> Outcome { screen.committed(entry, context) }
}

private struct Refresh: ScreenVisitor {
  let context: ScreenContext
  func visit<S: ScreenModel>(_ screen: inout S) { screen.refresh(context) }
}

/// The screens open now: the team board at the bottom, the one on top getting the keys.
public struct ScreenStack: Sendable {
  public private(set) var root: Screen = .board(BoardScreen())
  /// Screens opened above the board, the last on top.
  public private(set) var path: [Screen] = []

  public init() {}

  public var top: Screen { path.last ?? root }
  public var all: [Screen] { [root] + path }

  mutating func push(_ screen: Screen) { path.append(screen) }

  /// Closes the screen on top; the board stays.
  mutating func pop() { _ = path.popLast() }

  mutating func modifyTop<R>(_ body: (inout Screen) -> R) -> R {
    if path.isEmpty { return body(&root) }
    return body(&path[path.count - 1])
  }

  mutating func modifyAll(_ body: (inout Screen) -> Void) {
    body(&root)
    for index in path.indices { body(&path[index]) }
  }
}
