import Benchmark

/// Every benchmark, on the team store and on the authority store (see `BenchStores`).
/// Names are `<what> (<store>)`, which `compare.sh` reads back.
let benchmarks: @Sendable () -> Void = {
  BenchStores.generateIfAsked()
  for store in BenchStore.allCases {
    openBenchmark(store)
    for key in KeyBenchmark.all { keyBenchmark(key, store) }
    commitBenchmarks(store)
    postgresBenchmarks(store)
    reportBenchmark(store)
  }
}

/// What each benchmark records: wall-clock time, allocations and the process's peak resident
/// memory (sampled by package-benchmark every 10 ms, so it covers the opened store as well).
/// CPU time is left out: Linux counts it in 10 ms ticks, coarser than most of these figures.
let metrics: [BenchmarkMetric] = [.wallClock, .mallocCountTotal, .peakMemoryResident]

func configuration(
  iterations: Int, seconds: Int, units: BenchmarkTimeUnits, warmup: Int = 3
) -> Benchmark.Configuration {
  .init(
    metrics: metrics, timeUnits: units, warmupIterations: warmup,
    maxDuration: .seconds(seconds), maxIterations: iterations)
}
