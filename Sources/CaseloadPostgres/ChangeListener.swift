import CaseloadCore
import NIOConcurrencyHelpers
import NIOCore
import PostgresNIO

/// A second connection that LISTENs for other managers' commits, so an open board reads the
/// journal only when there is something new. When the connection drops, the store polls on
/// every refresh and this tries to listen again, at most every few seconds.
final class ChangeListener: @unchecked Sendable {
  // @unchecked: `session` and `lastTry` are used by the store's thread only; the flags that
  // the connection's event loop sets are behind locks.
  private let session: PostgresSession
  private let news = NIOLockedValueBox(true)
  private let listening = NIOLockedValueBox(false)
  private var lastTry: ContinuousClock.Instant?

  /// How long after a failed attempt to listen the next one is made.
  static let retryAfter = Duration.seconds(3)

  init(_ location: PostgresLocation, group: any EventLoopGroup) {
    session = PostgresSession(location, group: group)
  }

  /// True while notifications arrive, so a refresh can skip the journal when none did.
  var isListening: Bool { listening.withLockedValue { $0 } }

  /// Whether there may be changes to read: a notification came, or no one is listening (then
  /// every refresh polls). Starts listening again when it is time.
  func takeNews() -> Bool {
    if !isListening {
      listenIfDue()
      return true
    }
    return news.withLockedValue { value in
      defer { value = false }
      return value
    }
  }

  private func listenIfDue() {
    let now = ContinuousClock.now
    if let lastTry, now - lastTry < Self.retryAfter { return }
    lastTry = now
    do {
      try session.connect()
      guard let connection = session.connection else { return }
      connection.addListener(channel: PostgresSchema.channel) { [news] _, _ in
        news.withLockedValue { $0 = true }
      }
      try session.query("LISTEN \(unescaped: PostgresSchema.channel)", doing: "listen for changes")
      listening.withLockedValue { $0 = true }
      // Whatever was committed while no one listened is read by the caller's poll now.
      news.withLockedValue { $0 = true }
      connection.closeFuture.whenComplete { [listening] _ in
        listening.withLockedValue { $0 = false }
      }
    } catch {
      listening.withLockedValue { $0 = false }
    }
  }

  func stop() {
    listening.withLockedValue { $0 = false }
    session.close()
  }
}
