import Foundation

/// The tables this module can read; one reader each.
public enum BureauTableKind: String, CaseIterable, Sendable {
    /// `grp-by-region-1990-2023.xlsx`
    case grpByRegion
    /// `grp-per-capita-by-region-2008-2022.xlsx`
    case grpPerCapita
    /// `unemployment-rate-by-region-2001-2024.xlsx`
    case unemployment
    /// `cpi-by-region-1993-2024.xlsx`
    case cpi
    /// `population-by-region-start-of-year-2000-2023.xlsx`
    case populationStartOfYear
    /// `population-by-region-district-2023-01-01.xlsx`
    case populationBulletin
    /// `almaty-city-socioeconomic-dynamics-1991-2025.xlsx`
    case almatyDynamics
    /// `almaty-city-investment-bulletin-2024.xlsx`, `shymkent-city-investment-bulletin-2024.xlsx`
    case investmentBulletin
    /// `sdg-*.csv`
    case sdg
    /// `macro-dims-long-extract-ala-ast-shm-kz.csv`
    case longCSV
}

/// Reads the Bureau of National Statistics' tables (xlsx and csv) into `BureauObservation`s.
public enum BureauTables {
    /// Reads a file with the reader that fits it (`detect`).
    ///
    /// - Throws: `BureauError`, one line naming the file and, where known, the sheet and cell:
    ///   a legacy .xls, a file that is not a zip, a damaged or oversized workbook, a table whose
    ///   header cannot be found, an unknown region, a cell that is not a number.
    public static func read(path: String, limits: XLSXLimits = .standard) throws -> TableReadResult {
        let fileName = URL(fileURLWithPath: path).lastPathComponent
        if fileName.lowercased().hasSuffix(".csv") {
            let csv = try CSVFile(path: path)
            guard let kind = kind(fileName: fileName) ?? kind(csvHeader: csv.header) else {
                throw BureauError.badData(fileName, nil, "no reader knows this table (neither its name nor its header)")
            }
            let entry = catalogEntry(fileName, kind: kind)
            switch kind {
            case .sdg: return try SDGReader.read(csv, entry: entry)
            case .longCSV: return try LongCSVReader.read(csv, entry: entry)
            default:
                throw BureauError.badData(fileName, nil, "a CSV file, but its name is that of an Excel table")
            }
        }
        let workbook = try XLSXReader.read(path: path, limits: limits)
        guard let kind = kind(fileName: fileName) ?? kind(workbook: workbook) else {
            throw BureauError.badData(fileName, nil, "no reader knows this table (neither its name nor its content)")
        }
        return try read(workbook, kind: kind)
    }

    /// Reads a workbook already opened, with the reader of the given kind.
    public static func read(_ workbook: Workbook, kind: BureauTableKind) throws -> TableReadResult {
        let entry = catalogEntry(workbook.file, kind: kind)
        switch kind {
        case .grpByRegion: return try GRPByRegionReader.read(workbook, entry: entry)
        case .grpPerCapita: return try GRPPerCapitaReader.read(workbook, entry: entry)
        case .unemployment: return try UnemploymentReader.read(workbook, entry: entry)
        case .cpi: return try CPIReader.read(workbook, entry: entry)
        case .populationStartOfYear: return try PopulationStartOfYearReader.read(workbook, entry: entry)
        case .populationBulletin: return try PopulationBulletinReader.read(workbook, entry: entry)
        case .almatyDynamics: return try AlmatyDynamicsReader.read(workbook, entry: entry)
        case .investmentBulletin: return try InvestmentBulletinReader.read(workbook, entry: entry)
        case .sdg, .longCSV:
            throw BureauError.badData(workbook.file, nil, "a workbook, but this reader reads CSV files")
        }
    }

    /// Which reader fits a file: by its name first (the names under `../shared/data/bns/`), then
    /// by its content (titles, sheet names, CSV header), so that a renamed copy is still read.
    /// Returns nil when none fits; throws when the file cannot be opened (or is a legacy .xls
    /// whose name does not tell).
    public static func detect(path: String, limits: XLSXLimits = .standard) throws -> BureauTableKind? {
        let fileName = URL(fileURLWithPath: path).lastPathComponent
        if let kind = kind(fileName: fileName) { return kind }
        if fileName.lowercased().hasSuffix(".csv") {
            return kind(csvHeader: try CSVFile(path: path).header)
        }
        return kind(workbook: try XLSXReader.read(path: path, limits: limits))
    }

    /// By name pattern.
    public static func kind(fileName: String) -> BureauTableKind? {
        let name = fileName.lowercased()
        let patterns: [(String, BureauTableKind)] = [
            ("grp-by-region", .grpByRegion),
            ("grp-per-capita", .grpPerCapita),
            ("unemployment-rate-by-region", .unemployment),
            ("cpi-by-region", .cpi),
            ("population-by-region-start-of-year", .populationStartOfYear),
            ("population-by-region-district", .populationBulletin),
            ("socioeconomic-dynamics", .almatyDynamics),
            ("investment-bulletin", .investmentBulletin),
            ("macro-dims-long", .longCSV),
        ]
        if name.hasPrefix("sdg-"), name.hasSuffix(".csv"), SDGReader.indicator(fileName: name) != nil { return .sdg }
        return patterns.first { name.contains($0.0) }?.1
    }

    /// By content: the first reader whose signature the workbook shows.
    public static func kind(workbook: Workbook) -> BureauTableKind? {
        let checks: [(BureauTableKind, (Workbook) -> Bool)] = [
            (.populationBulletin, PopulationBulletinReader.matches),
            (.populationStartOfYear, PopulationStartOfYearReader.matches),
            (.almatyDynamics, AlmatyDynamicsReader.matches),
            (.investmentBulletin, InvestmentBulletinReader.matches),
            (.grpPerCapita, GRPPerCapitaReader.matches),
            (.grpByRegion, GRPByRegionReader.matches),
            (.unemployment, UnemploymentReader.matches),
            (.cpi, CPIReader.matches),
        ]
        return checks.first { $0.1(workbook) }?.0
    }

    /// By a CSV header.
    public static func kind(csvHeader: [String]) -> BureauTableKind? {
        if LongCSVReader.matches(header: csvHeader) { return .longCSV }
        if SDGReader.matches(header: csvHeader) { return .sdg }
        return nil
    }

    static func catalogEntry(_ fileName: String, kind: BureauTableKind) -> CatalogEntry {
        Catalog.entry(fileName: fileName) ?? Catalog.unknown(fileName: fileName, id: kind.rawValue, title: kind.rawValue)
    }
}
