import CaseloadCore
import Foundation

/// Who is running caseload, what day it is and where things live, read once from the process.
struct Context {
  var environment: [String: String]
  var user: String
  var clock: @Sendable () -> Timestamp
  var today: Day

  static func current() throws -> Context {
    let environment = ProcessInfo.processInfo.environment
    let today: Day
    // CASELOAD_TODAY fixes the calendar date the rules use (for demos and tests); audit times
    // always come from the real clock.
    if let text = environment["CASELOAD_TODAY"], !text.isEmpty {
      guard let day = Day(iso: text) else {
        throw UsageError("CASELOAD_TODAY='\(text.terminalSafe)' is not a date (YYYY-MM-DD)")
      }
      today = day
    } else {
      today = Day(Date())
    }
    return Context(
      environment: environment, user: SystemUser.current, clock: { Timestamp(Date()) },
      today: today)
  }

  var home: String { environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory() }

  /// `$XDG_DATA_HOME/caseload/store`, else `~/.local/share/caseload/store`.
  var defaultStorePath: String {
    xdg("XDG_DATA_HOME", fallback: ".local/share") + "/caseload/store"
  }

  /// Where the private copy of the demo store lives: `$XDG_STATE_HOME/caseload/demo`.
  var demoStorePath: String {
    xdg("XDG_STATE_HOME", fallback: ".local/state") + "/caseload/demo"
  }

  /// Where unsaved editor drafts are kept, a folder per store: `$XDG_STATE_HOME/caseload/drafts`.
  var draftsRoot: String {
    xdg("XDG_STATE_HOME", fallback: ".local/state") + "/caseload/drafts"
  }

  private func xdg(_ name: String, fallback: String) -> String {
    // The XDG spec says relative values are invalid and must be ignored.
    if let value = environment[name], value.hasPrefix("/") { return value }
    return home + "/" + fallback
  }
}

/// A usage error with a one-line message (exit code 2).
struct UsageError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
