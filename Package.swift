// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "citydash",
    products: [
        .executable(name: "citydash", targets: ["citydash"]),
        .executable(name: "citydash-bench", targets: ["citydash-bench"]),
        // The data layer alone: the fuzz target and other tools build on it.
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
        // Property tests of the charts (random values of both signs and sizes).
        .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
        // HTML and SVG built as a tree, escaped by the library (reports and charts).
        .package(url: "https://github.com/JohnSundell/Plot", exact: "0.14.0"),
    ],
    targets: [
        // ncursesw, reached through a shim header (see Sources/CNCurses/shim.h).
        .systemLibrary(
            name: "CNCurses",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // The data layer: the model, the data format's rules, loading, calculations and formatting.
        // Knows nothing of screens or files other than its own; no dependencies.
        .target(name: "Indicators"),
        // The statistics bureau's tables as they are (xlsx workbooks, the SDG and long CSV files):
        // the regions, the periods and the cell-text rules, read into plain observations.
        .target(
            name: "BureauTables",
            dependencies: [
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "SWXMLHash", package: "SWXMLHash"),
            ]
        ),
        // The data layer's importers: CSV tables and the bureau's tables into datasets.
        .target(
            name: "Importers",
            dependencies: ["Indicators", "BureauTables", .product(name: "CSV", package: "CSV.swift")]
        ),
        // The cell grid and the widgets: each drawn from a small value of what it shows,
        // never from the dashboard's state (this target cannot see it).
        .target(name: "Widgets", dependencies: ["Indicators"]),
        // The dashboard layer: state, messages, the pure update, the key table, layout, the panes
        // that turn the state into widgets, and snapshots drawn from the same grid. No terminal I/O.
        .target(
            name: "DashboardUI",
            dependencies: [
                "Indicators",
                "Widgets",
                .product(name: "CSV", package: "CSV.swift"),
                // The SVG snapshot: the screen's grid as an SVG tree, escaped by the library.
                .product(name: "Plot", package: "Plot"),
            ]
        ),
        // Reports of one indicator's series: tidy CSV, Markdown, JSON, an SVG chart and a self-contained
        // HTML page, drawn from the data layer's series rows; HTML and SVG through Plot, CSV through CSV.swift.
        .target(
            name: "Reports",
            dependencies: [
                "Indicators",
                .product(name: "Plot", package: "Plot"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        // The settings file (config.toml) read with TOMLKit: each setting checked, every problem located.
        .target(
            name: "Settings",
            dependencies: ["Indicators", "Widgets", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        // Copies a grid to an ncurses screen and turns input into messages; no dashboard logic.
        .target(name: "CursesBackend", dependencies: ["Widgets", "DashboardUI", "CNCurses"]),
        // The thin executable: the command line and file output.
        .executableTarget(
            name: "citydash",
            dependencies: [
                "Indicators",
                "BureauTables",
                "Importers",
                "Widgets",
                "DashboardUI",
                "CNCurses",
                "CursesBackend",
                "Settings",
                "Reports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Measurements on generated datasets: `swift run -c release citydash-bench`.
        .executableTarget(
            name: "citydash-bench",
            dependencies: [
                "Indicators",
                "BureauTables",
                "Importers",
                "Widgets",
                "DashboardUI",
                "CursesBackend",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "IndicatorsTests",
            dependencies: [
                "Indicators",
                "BureauTables",
                "Importers",
                "Widgets",
                "DashboardUI",
                "Settings",
                "Reports",
                // Built before the tests run: the terminal tests start the real binary.
                "citydash",
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
                // A second, independent CSV implementation reads back what CSV.swift writes.
                .product(name: "SwiftCSV", package: "SwiftCSV"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Dashboard/__Snapshots__", "Snapshot/__Snapshots__", "Export/__Snapshots__"]
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
