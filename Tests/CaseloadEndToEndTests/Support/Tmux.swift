import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A failure of the tmux harness, with what was on screen when it happened.
struct TmuxError: Error, CustomStringConvertible {
  var description: String
}

/// Starts commands inside private, detached tmux servers, for end-to-end tests of the screen.
enum Tmux {
  /// The environment every pane starts from, so tests do not depend on the caller's terminal.
  /// TERM is what tmux itself advertises, so keys arrive as the terminal database says.
  static let baseEnvironment = [
    "TERM": "tmux-256color",
    "LANG": "C.UTF-8",
    "LC_ALL": "C.UTF-8",
  ]

  /// Starts `command` in a new `width` x `height` pane on a tmux server of its own.
  /// `environment` is added to `baseEnvironment`; a value of "" leaves that variable unset.
  ///
  /// When the command exits, its status is recorded and a plain shell (prompt `$ `) takes
  /// over the pane, as after quitting a program in a real terminal, so a test can see what
  /// was left on screen and type into the restored terminal. (Captured, the prompt is a
  /// line `$`: capture-pane trims trailing spaces.)
  static func start(
    command: [String], width: Int = 80, height: Int = 24, environment: [String: String] = [:],
    clipboard: Bool = false
  ) throws -> TmuxSession {
    try TmuxSession(
      command: command, width: width, height: height, environment: environment,
      clipboard: clipboard)
  }
}

/// One command running in a private tmux server; the server is killed when this goes away.
final class TmuxSession {
  let socket: String
  private let target = "main"
  private let statusFile: URL
  private var socketPath: String?

  /// Runs the command, then writes its status (atomically, by rename) and hands the pane to
  /// a shell. tmux itself cannot be used to wait: it drops the output of a pane whose
  /// command exits within about half a second of starting, such as an error at start-up.
  private static let wrapper = """
    status_file=$1; shift
    "$@"
    status=$?
    echo "$status" > "$status_file.tmp" && mv "$status_file.tmp" "$status_file"
    PS1='$ ' exec sh -i
    """

  /// With `clipboard`, tmux takes OSC 52 from the program into a paste buffer, as a terminal
  /// with clipboard access would, so a test can see whether any got through.
  fileprivate init(
    command: [String], width: Int, height: Int, environment: [String: String], clipboard: Bool
  ) throws {
    socket = "caseload-test-\(UUID().uuidString)"
    statusFile = FileManager.default.temporaryDirectory
      .appendingPathComponent("\(socket).status")
    let merged = Tmux.baseEnvironment.merging(environment) { _, new in new }
    // env -i: the command gets exactly these variables, whatever the machine has set.
    let processEnvironment = ProcessInfo.processInfo.environment
    var envCommand = ["env", "-i", "PATH=\(processEnvironment["PATH"] ?? "/usr/bin:/bin")"]
    if let home = processEnvironment["HOME"] { envCommand.append("HOME=\(home)") }
    envCommand += merged.filter { !$0.value.isEmpty }.sorted { $0.key < $1.key }
      .map { "\($0.key)=\($0.value)" }
    // Options go in before the session starts, so the pane is exactly the size asked for
    // (no status line) and Esc reaches the program without tmux's own delay.
    try run(
      [
        "set-option", "-g", "status", "off", ";",
        "set-option", "-g", "escape-time", "0", ";",
        "set-option", "-g", "set-clipboard", clipboard ? "on" : "off", ";",
        "new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)", "--",
      ] + envCommand + ["sh", "-c", Self.wrapper, "caseload-harness", statusFile.path]
        + command)
    socketPath = try paneFields("#{socket_path}")
  }

  deinit {
    kill()
    // tmux leaves its socket file behind after kill-server; a test run makes dozens.
    if let socketPath { try? FileManager.default.removeItem(atPath: socketPath) }
    try? FileManager.default.removeItem(at: statusFile)
  }

  /// Sends tmux key names, such as "Down", "Enter", "C-s", "Escape", "F2", "q".
  func send(keys: String...) throws {
    try run(["send-keys", "-t", target] + keys)
  }

  /// Types `text` literally, each character as a key press.
  func type(_ text: String) throws {
    try run(["send-keys", "-t", target, "-l", "--", text])
  }

  /// Pastes `text` the way a terminal does: inside bracketed-paste markers when the program
  /// has asked for them, and with line breaks sent as carriage returns.
  func paste(_ text: String) throws {
    let buffer = "caseload-paste"
    try run(["set-buffer", "-b", buffer, "--", text])
    try run(["paste-buffer", "-p", "-d", "-b", buffer, "-t", target])
  }

  /// The pane's rows as plain text, trailing spaces trimmed.
  func capture() throws -> [String] {
    var lines = try run(["capture-pane", "-p", "-t", target]).components(separatedBy: "\n")
    if lines.last == "" { lines.removeLast() }
    return lines
  }

  /// The pane's rows with the escape sequences that set their colours and attributes
  /// (SGR, such as `ESC[32m` for green), to check styling.
  func captureStyled() throws -> [String] {
    var lines = try run(["capture-pane", "-p", "-e", "-t", target]).components(separatedBy: "\n")
    if lines.last == "" { lines.removeLast() }
    return lines
  }

  /// Polls the screen until it shows `text`, and returns that screen.
  @discardableResult
  func waitFor(_ text: String, timeout: Double = 10) throws -> [String] {
    try waitUntil(timeout: timeout, "the screen to show \"\(text)\"") { lines in
      lines.contains { $0.contains(text) }
    }
  }

  /// Polls the screen until `predicate` holds, and returns that screen. The deadline keeps a
  /// broken program from hanging the test run; the message shows the last screen seen.
  @discardableResult
  func waitUntil(
    timeout: Double = 10, _ what: String = "the screen to match",
    _ predicate: ([String]) -> Bool
  ) throws -> [String] {
    let deadline = Date().addingTimeInterval(timeout)
    // A match counts once two captures in a row agree: a capture can catch a frame half-drawn.
    var previous: [String]?
    while true {
      let lines = try capture()
      if predicate(lines), lines == previous { return lines }
      previous = predicate(lines) ? lines : nil
      guard Date() < deadline else {
        throw TmuxError(
          description: "gave up after \(timeout)s waiting for \(what); the screen was:\n"
            + lines.joined(separator: "\n"))
      }
      usleep(20_000)
    }
  }

  /// Changes the pane's size, as a user resizing the window does.
  func resize(width: Int, height: Int) throws {
    try run(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
  }

  /// The size tmux gives the pane now.
  func size() throws -> (width: Int, height: Int) {
    let fields = try paneFields("#{pane_width} #{pane_height}").split(separator: " ")
    guard fields.count == 2, let width = Int(fields[0]), let height = Int(fields[1]) else {
      throw TmuxError(description: "tmux did not report the pane's size")
    }
    return (width, height)
  }

  /// Whether the command is still running (the server is up and it has not exited).
  var isAlive: Bool {
    (try? paneFields("#{pane_dead}")) == "0" && (try? exitStatus()) == .some(nil)
  }

  /// The command's exit status once it has exited (128 + n after signal n), else nil.
  func exitStatus() throws -> Int32? {
    guard FileManager.default.fileExists(atPath: statusFile.path) else { return nil }
    let text = try String(contentsOf: statusFile, encoding: .utf8)
    return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
  }

  /// Polls until the command has exited, and returns its exit status.
  @discardableResult
  func waitForExit(timeout: Double = 10) throws -> Int32 {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      if let status = try exitStatus() { return status }
      guard Date() < deadline else {
        throw TmuxError(
          description: "gave up after \(timeout)s waiting for the command to exit; "
            + "the screen was:\n" + ((try? capture()) ?? []).joined(separator: "\n"))
      }
      usleep(20_000)
    }
  }

  /// The process id of the command (the child of the wrapper shell in the pane).
  func processID() throws -> Int32 {
    let shell = try paneFields("#{pane_pid}")
    let children =
      (try? String(
        contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
    guard let pid = children.split(separator: " ").first.flatMap({ Int32($0) }) else {
      throw TmuxError(description: "the command in the pane is not running")
    }
    return pid
  }

  /// Sends `signal` to the command, as `kill -SIGNAL` from another shell would.
  func signal(_ signal: Int32) throws {
    let pid = try processID()
    #if canImport(Glibc)
      let sent = Glibc.kill(pid, signal)
    #else
      let sent = Darwin.kill(pid, signal)
    #endif
    guard sent == 0 else {
      throw TmuxError(description: "could not send signal \(signal) to process \(pid)")
    }
  }

  /// The pane's title, as the program may have set it with OSC 0 or 2.
  func title() throws -> String { try paneFields("#{pane_title}") }

  /// The names of tmux's paste buffers: any the program set through OSC 52 is here.
  func buffers() throws -> [String] {
    try run(["list-buffers", "-F", "#{buffer_name}"]).split(separator: "\n").map(String.init)
  }

  /// Stops the server and everything in it. Safe to call more than once.
  func kill() {
    _ = try? run(["kill-server"])
  }

  private func paneFields(_ format: String) throws -> String {
    try run(["display-message", "-p", "-t", target, format])
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Runs one tmux command against this session's server and returns what it printed.
  @discardableResult
  private func run(_ arguments: [String]) throws -> String {
    var environment = ProcessInfo.processInfo.environment.merging(Tmux.baseEnvironment) {
      _, new in new
    }
    // Tests run from inside tmux must still reach their own private server.
    environment["TMUX"] = nil
    let result = try Spawn.run(
      ["tmux", "-u", "-f", "/dev/null", "-L", socket] + arguments, environment: environment)
    guard result.status == 0 else {
      throw TmuxError(description: "tmux \(arguments.first ?? "") failed: \(result.errors)")
    }
    return result.output
  }
}
