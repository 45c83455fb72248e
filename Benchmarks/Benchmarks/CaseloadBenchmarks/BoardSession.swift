import CaseloadCore
import CaseloadUI
import Foundation
import SystemPackage

/// The board opened on a store as `caseload` opens it (`TUILauncher`), driven by keys as the
/// terminal would drive it, drawing 80x24 canvases.
final class BoardSession {
  static let width = 80
  static let height = 24
  static let capabilities = TerminalCapabilities(unicode: true, colors: true)

  let store: FileStore
  var runtime: AppRuntime

  /// Opens `path` and draws nothing yet; `draftsRoot` is where this session's drafts go.
  init(path: String, draftsRoot: String) throws {
    let user = SystemUser.current
    let clock: @Sendable () -> Timestamp = { Timestamp(Date()) }
    store = try FileStore.open(
      at: path, readOnly: false, user: user, clock: clock, validation: .afterOpening)
    let context = AppContext(user: user, today: BenchStore.today, clock: clock)
    let drafts = DraftFolder(
      path: DraftFolder.folder(for: path, under: FilePath(draftsRoot)), store: path, clock: clock)
    runtime = AppRuntime(store: store, context: context, drafts: drafts)
    _ = runtime.handle(.resize(width: Self.width, height: Self.height))
  }

  /// Waits (outside any measurement) until the store's records are proved whole on their
  /// background thread, so a sample never shares the machine with the proof of the one before.
  func settle() {
    let deadline = Date().addingTimeInterval(120)
    while store.validationState == .running, Date() < deadline { usleep(1000) }
  }

  func render() -> Canvas {
    runtime.render(width: Self.width, height: Self.height, capabilities: Self.capabilities)
  }

  /// One key handled and the screen drawn after it: what a key press costs.
  @discardableResult
  func press(_ key: Key) -> Canvas {
    _ = runtime.handle(key)
    return render()
  }

  func press(_ keys: [Key]) {
    for key in keys { _ = runtime.handle(key) }
  }

  /// The screen as text, to check a benchmark drives the screen it means to.
  var text: String { render().lines.joined(separator: "\n") }

  /// A folder for drafts that no benchmark run shares with another.
  static func draftsRoot() -> String {
    NSTemporaryDirectory() + "caseload-benchmark-drafts-\(getpid())"
  }
}
