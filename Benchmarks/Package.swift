// swift-tools-version: 6.1
import PackageDescription

// The caseload benchmarks: a package of their own, so the product's `swift build` and
// `swift test` never build them or their dependencies. Run from the repository root with
// `swift package --package-path Benchmarks benchmark`, or `bash Benchmarks/compare.sh`.
let package = Package(
  name: "CaseloadBenchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(name: "caseload", path: ".."),
    .package(
      url: "https://github.com/ordo-one/package-benchmark", from: "1.38.1",
      traits: ["MallocInterposer"]),
    .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
  ],
  targets: [
    .executableTarget(
      name: "CaseloadBenchmarks",
      dependencies: [
        .product(name: "Benchmark", package: "package-benchmark"),
        .product(name: "CaseloadCore", package: "caseload"),
        .product(name: "CaseloadUI", package: "caseload"),
        .product(name: "CaseloadPostgres", package: "caseload"),
        .product(name: "SystemPackage", package: "swift-system"),
      ],
      path: "Benchmarks/CaseloadBenchmarks",
      plugins: [
        .plugin(name: "BenchmarkPlugin", package: "package-benchmark")
      ]
    )
  ],
  swiftLanguageModes: [.v6]
)
