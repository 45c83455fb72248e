import Benchmark
import CaseloadCore
import Foundation

/// `caseload report`'s work once the store is open: every team's summary, as text.
func reportBenchmark(_ store: BenchStore) {
  let big = store == .authority
  Benchmark(
    "report all teams (\(store))",
    configuration: configuration(
      iterations: big ? 20 : 200, seconds: big ? 30 : 5, units: big ? .milliseconds : .microseconds,
      warmup: 1)
  ) { (benchmark: Benchmark, opened: FileStore) in
    do {
      let caseload = opened.caseload
      let report = try TeamReport(
        caseload: caseload, teams: Array(caseload.teams.keys), today: BenchStore.today)
      blackHole(try report.rendered(as: .text))
    } catch {
      benchmark.error("report failed: \(error)")
    }
  } setup: {
    try FileStore.open(
      at: store.path, readOnly: true, user: SystemUser.current, clock: { Timestamp(Date()) })
  }
}
