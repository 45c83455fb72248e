import Benchmark
import CaseloadUI

/// One key press on the board, measured from the key to the finished canvas.
struct KeyBenchmark {
  var name: String
  /// Pressed before each measured key, unmeasured (the screen the key is pressed on).
  var before: [Key] = []
  var key: Key
  /// Pressed after it, unmeasured, to come back to where `before` started.
  var after: [Key]
  /// Text the screen shows after the key, to be sure the key did what the name says.
  var shows: String

  static let all: [KeyBenchmark] = [
    KeyBenchmark(name: "move selection j", key: .char("j"), after: [.char("k")], shows: ">"),
    KeyBenchmark(name: "open worker Enter", key: .enter, after: [.escape], shows: "→ Worker"),
    KeyBenchmark(
      name: "open case Tab Enter", before: [.tab], key: .enter, after: [.escape, .tab],
      shows: "→ Case"),
    KeyBenchmark(
      name: "open reassign picker Tab r", before: [.tab], key: .char("r"),
      after: [.escape, .tab], shows: "→ Reassign"),
    KeyBenchmark(
      name: "open handover plan H", key: .char("H"), after: [.escape], shows: "→ Handover"),
    KeyBenchmark(
      name: "search keystroke / a", before: [.char("/")], key: .char("a"), after: [.escape],
      shows: "→ Search"),
  ]
}

enum KeyCheckFailure: Error, CustomStringConvertible {
  case notShown(String, screen: String)
  case notBack(screen: String)

  var description: String {
    switch self {
    case .notShown(let text, let screen): return "the key did not show '\(text)':\n\(screen)"
    case .notBack(let screen): return "the keys after did not come back to the board:\n\(screen)"
    }
  }
}

func keyBenchmark(_ key: KeyBenchmark, _ store: BenchStore) {
  Benchmark(
    "key \(key.name) (\(store))",
    configuration: configuration(iterations: 1_000, seconds: 5, units: .microseconds)
  ) { (benchmark: Benchmark, session: BoardSession) in
    session.press(key.before)
    benchmark.startMeasurement()
    blackHole(session.press(key.key))
    benchmark.stopMeasurement()
    session.press(key.after)
  } setup: { () throws -> BoardSession in
    let session = try BoardSession(path: store.path, draftsRoot: BoardSession.draftsRoot())
    session.settle()
    // Once, before any measurement: the keys reach the screen they name, and come back.
    let start = session.text
    session.press(key.before)
    session.press(key.key)
    let after = session.text
    guard after.contains(key.shows), after != start else {
      throw KeyCheckFailure.notShown(key.shows, screen: after)
    }
    session.press(key.after)
    guard session.text == start else { throw KeyCheckFailure.notBack(screen: session.text) }
    return session
  }
}
