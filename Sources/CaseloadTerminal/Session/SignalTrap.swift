import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The last terminating signal caught, or 0. A signal handler may do almost nothing safely,
/// so it only records the signal here and the read loop restores the terminal.
private let caughtSignal = Atomic<Int32>(0)

/// Catches SIGINT, SIGTERM and SIGHUP while the screen is up, so the terminal is restored.
final class SignalTrap {
  static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

  private var previous: [(signal: Int32, action: sigaction)] = []

  /// Installs the handlers. This must happen before ncurses starts: ncurses only installs
  /// its own SIGINT and SIGTERM handlers (which exit without our clean-up) over default ones.
  init() {
    // Touching the global here runs its one-time initialisation now, not in a handler.
    caughtSignal.store(0, ordering: .sequentiallyConsistent)
    for signal in Self.signals {
      var action = sigaction()
      #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = recordSignal
      #else
        action.__sigaction_u.__sa_handler = recordSignal
      #endif
      sigemptyset(&action.sa_mask)
      // No SA_RESTART: the blocked read returns at once with EINTR and the loop sees it.
      action.sa_flags = 0
      var old = sigaction()
      if sigaction(signal, &action, &old) == 0 {
        previous.append((signal, old))
      }
    }
    // A parent can hand down these signals blocked (a test runner's thread, some job
    // managers); blocked, they would never reach the handler and the terminal never
    // restored. SIGWINCH too, or resizes would go unseen.
    var unblock = sigset_t()
    sigemptyset(&unblock)
    for signal in Self.signals + [SIGWINCH] { sigaddset(&unblock, signal) }
    pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
  }

  /// The signal caught since the handlers went in, if any.
  var caught: Int32? {
    let signal = caughtSignal.load(ordering: .sequentiallyConsistent)
    return signal == 0 ? nil : signal
  }

  /// Puts the handlers back as they were.
  func restore() {
    for (signal, action) in previous.reversed() {
      var action = action
      sigaction(signal, &action, nil)
    }
    previous = []
  }

  deinit { restore() }
}

private func recordSignal(_ signal: Int32) {
  caughtSignal.store(signal, ordering: .sequentiallyConsistent)
}
