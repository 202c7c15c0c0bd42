import Foundation
import Testing

@testable import BureauTables

/// The bureau's files, read from `../shared/data/bns/` beside the repository (never copied into it).
enum Fixtures {
    /// `<repository>/../shared/data/bns`, from this file's path, so that any clone with
    /// `../shared` beside it finds the files.
    static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // BureauTablesTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // repository
        .appendingPathComponent("../shared/data/bns")
        .standardizedFileURL

    static func path(_ name: String) -> String {
        directory.appendingPathComponent(name).path
    }

    /// Reads a file once per test run (the Almaty workbook takes a moment in a debug build).
    static func result(_ name: String) throws -> TableReadResult {
        try cache.value(name) { try BureauTables.read(path: path(name)) }
    }

    static func workbook(_ name: String) throws -> Workbook {
        try workbooks.value(name) { try XLSXReader.read(path: path(name)) }
    }

    static let cache = Cache<TableReadResult>()
    static let workbooks = Cache<Workbook>()

    final class Cache<Value: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [String: Value] = [:]

        func value(_ key: String, make: () throws -> Value) throws -> Value {
            lock.lock()
            defer { lock.unlock() }
            if let value = values[key] { return value }
            let value = try make()
            values[key] = value
            return value
        }
    }

    static let allTables = [
        "grp-by-region-1990-2023.xlsx",
        "grp-per-capita-by-region-2008-2022.xlsx",
        "unemployment-rate-by-region-2001-2024.xlsx",
        "cpi-by-region-1993-2024.xlsx",
        "population-by-region-start-of-year-2000-2023.xlsx",
        "population-by-region-district-2023-01-01.xlsx",
        "almaty-city-socioeconomic-dynamics-1991-2025.xlsx",
        "almaty-city-investment-bulletin-2024.xlsx",
        "shymkent-city-investment-bulletin-2024.xlsx",
        "sdg-8-1-1-real-grp-per-capita-index-by-region.csv",
        "sdg-8-5-1-hourly-earnings-by-region.csv",
        "sdg-8-5-2-unemployment-rate-by-region.csv",
        "sdg-9-2-1-manufacturing-share-of-grp-by-region.csv",
        "macro-dims-long-extract-ala-ast-shm-kz.csv",
    ]
}

extension TableReadResult {
    /// The observations of one region, series and period.
    func values(_ region: String, _ series: String, _ period: TablePeriod) -> [BureauObservation] {
        observations.filter { $0.region == region && $0.series == series && $0.period == period }
    }

    /// The single observation of one region, series and period; records an issue when there
    /// is none or more than one.
    func one(
        _ region: String, _ series: String, _ period: TablePeriod, sourceLocation: SourceLocation = #_sourceLocation
    ) -> BureauObservation? {
        let found = values(region, series, period)
        #expect(found.count == 1, "\(region) \(series) \(period): \(found.count) observations", sourceLocation: sourceLocation)
        return found.first
    }
}
