// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "citydash",
    products: [
        .executable(name: "citydash", targets: ["citydash"]),
        .executable(name: "citydash-bench", targets: ["citydash-bench"]),
        .library(name: "Indicators", targets: ["Indicators"]),
        .library(name: "BureauTables", targets: ["BureauTables"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", exact: "1.19.7"),
        .package(url: "https://github.com/yaslab/CSV.swift", exact: "2.5.2"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", exact: "0.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/drmohundro/SWXMLHash", exact: "8.1.1"),
    ],
    targets: [
        // ncursesw, reached through a shim header (see Sources/CNCurses/shim.h).
        .systemLibrary(
            name: "CNCurses",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // Model, loading, calculations and drawing into an off-screen grid. No terminal I/O.
        .target(
            name: "Indicators",
            dependencies: [.product(name: "CSV", package: "CSV.swift")]
        ),
        // Reads the Bureau of National Statistics' tables (xlsx, csv) into plain observations.
        // Standalone on purpose: it does not depend on Indicators, whose model is being
        // reorganised; the app converts BureauObservation values into its own model.
        .target(
            name: "BureauTables",
            dependencies: [
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "SWXMLHash", package: "SWXMLHash"),
            ]
        ),
        // Copies a grid to an ncurses screen and turns input into key events; no dashboard logic.
        .target(name: "CursesBackend", dependencies: ["Indicators", "CNCurses"]),
        // The thin executable: the command line and file output.
        .executableTarget(
            name: "citydash",
            dependencies: [
                "Indicators",
                "CNCurses",
                "CursesBackend",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Measurements on generated datasets: `swift run -c release citydash-bench`.
        .executableTarget(
            name: "citydash-bench",
            dependencies: [
                "Indicators",
                "CursesBackend",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "IndicatorsTests",
            dependencies: [
                "Indicators",
                // Built before the tests run: the terminal tests start the real binary.
                "citydash",
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
                // A second, independent CSV implementation reads back what CSV.swift writes.
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ],
            exclude: ["Dashboard/__Snapshots__", "Snapshot/__Snapshots__"]
        ),
        .testTarget(
            name: "BureauTablesTests",
            dependencies: [
                "BureauTables",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
