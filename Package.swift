// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "caseload",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "caseload", targets: ["caseload"]),
    .library(name: "CaseloadCore", targets: ["CaseloadCore"]),
    .library(name: "CaseloadUI", targets: ["CaseloadUI"]),
    .library(name: "CaseloadPostgres", targets: ["CaseloadPostgres"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
    .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    .package(url: "https://github.com/pointfreeco/swift-tagged", from: "0.10.0"),
    .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
    .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
  ],
  targets: [
    .systemLibrary(
      name: "CNcurses",
      providers: [.apt(["libncurses-dev"]), .brew(["ncurses"])]
    ),
    .target(
      name: "CaseloadCore",
      dependencies: [
        .product(name: "Tagged", package: "swift-tagged"),
        .product(name: "SystemPackage", package: "swift-system"),
        .product(name: "HashTreeCollections", package: "swift-collections"),
        .product(name: "SwiftCSV", package: "SwiftCSV"),
      ]
    ),
    // The PostgreSQL store, in a target of its own so CaseloadCore never depends on networking.
    .target(
      name: "CaseloadPostgres",
      dependencies: [
        "CaseloadCore",
        .product(name: "PostgresNIO", package: "postgres-nio"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
        .product(name: "NIOSSL", package: "swift-nio-ssl"),
        .product(name: "Logging", package: "swift-log"),
      ]
    ),
    .target(
      name: "CaseloadUI",
      dependencies: ["CaseloadCore"]
    ),
    .target(
      name: "CaseloadTerminal",
      dependencies: ["CaseloadUI", "CNcurses"]
    ),
    .executableTarget(
      name: "caseload",
      dependencies: [
        "CaseloadCore",
        "CaseloadUI",
        "CaseloadTerminal",
        "CaseloadPostgres",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "SystemPackage", package: "swift-system"),
      ]
    ),
    .testTarget(name: "CaseloadCoreTests", dependencies: ["CaseloadCore"]),
    .testTarget(name: "CaseloadUITests", dependencies: ["CaseloadUI", "CaseloadCore"]),
    .testTarget(name: "CaseloadTerminalTests", dependencies: ["CaseloadTerminal", "CaseloadUI"]),
    // A real PostgreSQL server for the tests that need one (see .ci/postgres.sh).
    .target(name: "PostgresTestServer", path: "Tests/PostgresTestServer"),
    .testTarget(
      name: "CaseloadPostgresTests",
      dependencies: ["CaseloadPostgres", "CaseloadCore", "PostgresTestServer"]),
    .testTarget(
      name: "CaseloadEndToEndTests",
      dependencies: ["CaseloadCore", "CaseloadPostgres", "caseload", "PostgresTestServer"]),
  ],
  swiftLanguageModes: [.v6]
)
