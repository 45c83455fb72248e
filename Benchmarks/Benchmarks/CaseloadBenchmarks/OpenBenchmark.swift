import Benchmark
import CaseloadUI

/// Holds the last board opened, so it is released before the next open is timed: a real
/// process never pays for freeing the store it opened.
private final class LastBoard {
  var session: BoardSession?
}

/// From nothing in memory to the first 80x24 canvas: open and validate the store, build the
/// app as `caseload` does, draw the board.
func openBenchmark(_ store: BenchStore) {
  let big = store == .authority
  Benchmark(
    "open to first board (\(store))",
    configuration: configuration(
      iterations: big ? 7 : 100, seconds: big ? 40 : 10, units: big ? .milliseconds : .microseconds,
      warmup: 1)
  ) { (benchmark: Benchmark, last: LastBoard) in
    last.session = nil
    let path = store.path
    let drafts = BoardSession.draftsRoot()
    benchmark.startMeasurement()
    do {
      let session = try BoardSession(path: path, draftsRoot: drafts)
      blackHole(session.render())
      benchmark.stopMeasurement()
      session.settle()
      last.session = session
    } catch {
      benchmark.error("could not open \(path): \(error)")
    }
  } setup: {
    LastBoard()
  }
}
