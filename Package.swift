// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "caseload",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "caseload", targets: ["caseload"]),
    .library(name: "CaseloadCore", targets: ["CaseloadCore"]),
    .library(name: "CaseloadUI", targets: ["CaseloadUI"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
    .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    .package(url: "https://github.com/pointfreeco/swift-tagged", from: "0.10.0"),
    .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
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
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "SystemPackage", package: "swift-system"),
      ]
    ),
    .testTarget(name: "CaseloadCoreTests", dependencies: ["CaseloadCore"]),
    .testTarget(name: "CaseloadUITests", dependencies: ["CaseloadUI", "CaseloadCore"]),
    .testTarget(name: "CaseloadTerminalTests", dependencies: ["CaseloadTerminal", "CaseloadUI"]),
    .testTarget(name: "CaseloadEndToEndTests", dependencies: ["CaseloadCore", "caseload"]),
  ],
  swiftLanguageModes: [.v6]
)
