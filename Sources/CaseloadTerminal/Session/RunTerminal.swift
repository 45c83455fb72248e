import CaseloadUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How a terminal session ended, and the exit status the command should give for it.
public enum TerminalEnding: Hashable, Sendable {
  /// The program asked to quit.
  case quit
  /// SIGINT, SIGTERM or SIGHUP arrived; the terminal was restored first.
  case signal(Int32)
  /// The terminal went away without a signal (its connection closed).
  case terminalLost

  /// 0 for a quit; 128 plus the signal number otherwise, as a shell reports a signal death.
  public var exitStatus: Int32 {
    switch self {
    case .quit: return 0
    case .signal(let number): return 128 + number
    case .terminalLost: return 128 + SIGHUP
    }
  }
}

/// How long one read waits before the loop checks for signals and ticks.
private let readTimeoutMilliseconds: Int32 = 250
/// How often the program is ticked to pick up other managers' changes.
private let tickInterval = Duration.seconds(1)

/// Runs `program` full-screen until it quits or a signal or hang-up ends the session,
/// restoring the terminal in every case. Throws only if the terminal cannot be started.
public func runTerminal(
  _ program: inout some TerminalProgram, environment: [String: String]
) throws(TerminalError) -> TerminalEnding {
  let session = try TerminalSession(environment: environment)
  defer { session.restore() }
  return runLoop(&program, session: session)
}

private func runLoop(
  _ program: inout some TerminalProgram, session: TerminalSession
) -> TerminalEnding {
  let clock = ContinuousClock()
  var decoder = KeyDecoder()
  var lastTick = clock.now
  var needsPaint = true
  while true {
    if let signal = session.pendingSignal { return .signal(signal) }
    if needsPaint {
      let canvas = program.render(
        width: session.width, height: session.height, capabilities: session.capabilities)
      session.paint(canvas)
      needsPaint = false
    }
    guard let input = readInput(session, decoder: decoder) else { return .terminalLost }
    if let signal = session.pendingSignal { return .signal(signal) }
    for rawInput in input {
      for key in decoder.decode(rawInput) {
        if program.handle(key) == .quit { return .quit }
        needsPaint = true
      }
    }
    if clock.now - lastTick >= tickInterval {
      lastTick = clock.now
      if program.tick() == .quit { return .quit }
      needsPaint = true
    }
  }
}

/// Reads one input, telling a lone Esc from Alt+key by whether a character came with it.
private func readInput(_ session: TerminalSession, decoder: KeyDecoder) -> [RawInput]? {
  guard let input = session.read(timeoutMilliseconds: readTimeoutMilliseconds) else {
    return nil
  }
  guard input == .character(0x1B), !decoder.isPasting else { return [input] }
  switch session.readWaitingCharacter() {
  case .character(let value): return [.meta(value)]
  case .some(let next): return [input, next]
  case .none: return [input]
  }
}
