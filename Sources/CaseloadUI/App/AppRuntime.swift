import CaseloadCore

/// Runs the view-model against a store: keys in, effects carried out, results fed back.
/// The only part of the UI that holds the store, through its protocol (no files here).
public struct AppRuntime: TerminalProgram {
  public private(set) var state: AppState
  private let store: any CaseloadStore

  public init(store: any CaseloadStore, context: AppContext, team: Team.ID? = nil) {
    self.store = store
    state = AppState(caseload: store.caseload, context: context, team: team)
  }

  public func render(width: Int, height: Int, capabilities: TerminalCapabilities) -> Canvas {
    state.render(width: width, height: height, capabilities: capabilities)
  }

  public mutating func handle(_ key: Key) -> ProgramStatus {
    run(state.update(.key(key)))
  }

  /// Picks up other managers' changes (about once a second).
  public mutating func tick() -> ProgramStatus {
    do {
      let entries = try store.refresh()
      if !entries.isEmpty { return run(state.update(.othersChanged(entries, store.caseload))) }
    } catch let error as CaseloadError {
      _ = state.update(.commitFailed(error))
    } catch {
      _ = state.update(
        .commitFailed(.io(path: "store", operation: "read changes", reason: "\(error)")))
    }
    return .running
  }

  private mutating func run(_ effects: [Effect]) -> ProgramStatus {
    var pending = effects
    while !pending.isEmpty {
      let effect = pending.removeFirst()
      switch effect {
      case .quit:
        return .quit
      case .commit(let change):
        do {
          let entry = try store.commit(change)
          pending += state.update(.committed(entry, store.caseload))
        } catch let error as CaseloadError {
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
