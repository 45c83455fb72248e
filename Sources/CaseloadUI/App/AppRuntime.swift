import CaseloadCore

/// Runs the view-model against a store: keys in, effects carried out, results fed back as
/// messages.
/// The only part of the UI that holds the store, through its protocol (no files here).
public struct AppRuntime: TerminalProgram {
  public private(set) var state: AppState
  private let store: any CaseloadStore
  private let drafts: (any DraftKeeper)?
  /// The store's validation has been heard from (it passed, or its problem was delivered).
  private var validationSettled = false

  /// Opens the app on `store`; with `drafts`, typing is kept as the user goes and drafts left
  /// by an earlier session are offered back.
  public init(
    store: any CaseloadStore, context: AppContext, team: Team.ID? = nil,
    drafts: (any DraftKeeper)? = nil
  ) {
    self.store = store
    self.drafts = drafts
    state = AppState(caseload: store.caseload, context: context, team: team)
    if let drafts {
      let (found, problems) = drafts.load()
      _ = state.update(.draftsFound(found, problems: problems))
    }
  }

  public func render(width: Int, height: Int, capabilities: TerminalCapabilities) -> Canvas {
    state.render(width: width, height: height, capabilities: capabilities)
  }

  public mutating func handle(_ key: Key) -> ProgramStatus {
    run(state.update(.key(key)))
  }

  /// Picks up other managers' changes (about once a second), and the outcome of validating
  /// the store once it is known.
  public mutating func tick() -> ProgramStatus {
    settleValidation()
    do {
      let entries = try store.refresh()
      if !entries.isEmpty { return run(state.update(.othersChanged(entries, store.caseload))) }
    } catch let error as CaseloadError {
      _ = state.update(.refreshFailed(error))
    } catch {
      _ = state.update(
        .refreshFailed(.io(path: "store", operation: "read changes", reason: "\(error)")))
    }
    return .running
  }

  /// Tells the board when the store's validation has found a problem.
  private mutating func settleValidation() {
    guard !validationSettled else { return }
    switch store.validationState {
    case .running: return
    case .passed: validationSettled = true
    case .failed(let error):
      validationSettled = true
      _ = state.update(.validationFailed(error))
    }
  }

  /// Why a draft could not be written, short enough for the notice line.
  private static func reason(_ error: any Error) -> String {
    if case .io(_, _, let reason) = error as? CaseloadError { return reason }
    return "\(error)"
  }

  private mutating func run(_ effects: [Effect]) -> ProgramStatus {
    var pending = effects
    while !pending.isEmpty {
      let effect = pending.removeFirst()
      switch effect {
      case .quit:
        return .quit
      case .keepDraft(let draft):
        do { try drafts?.keep(draft) } catch {
          pending += state.update(.draftFailed(Self.reason(error)))
        }
      case .dropDraft(let target):
        do { try drafts?.drop(target) } catch {
          pending += state.update(.draftFailed(Self.reason(error)))
        }
      case .commit(let change):
        do {
          let entry = try store.commit(change)
          pending += state.update(.committed(entry, store.caseload))
        } catch let error as CaseloadError {
          settleValidation()
          pending += state.update(.commitFailed(error))
        } catch {
          pending += state.update(
            .commitFailed(.io(path: "store", operation: "save", reason: "\(error)")))
        }
      }
    }
    return .running
  }
}
