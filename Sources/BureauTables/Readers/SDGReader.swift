import Foundation

/// The BNS SDG platform's indicator files (`sdg-8-1-1-….csv`, `sdg-8-5-1-…`, `sdg-8-5-2-…`,
/// `sdg-9-2-1-…`): `Year, UNIT_MEASURE, [disaggregations…], REF_AREA, Value`.
///
/// Only the totals are read: the rows whose disaggregation columns (every column other than
/// Year, UNIT_MEASURE, REF_AREA, Value: SEX, AGE, URBANISATION, ACTIVITY...) are all empty.
/// REF_AREA is a code of `sdg-ref-area-codes-en.yml` (`KZALA`, `KZNS`, ...); empty means the
/// Republic. A value of 0.0 means "no data" on this platform (regions split in 2022 show 0.0):
/// it is dropped and the drops are counted in a warning.
enum SDGReader {
    struct Measure {
        let series: String
        let unit: String
    }

    /// Series by indicator and UNIT_MEASURE code.
    static let measures: [String: [String: Measure]] = [
        "8-1-1": ["PT_BY_2005": Measure(series: SeriesID.realGRPPerCapitaIndex2005, unit: "percent of 2005")],
        // The file codes the unit as PT, but the values are tenge per hour.
        "8-5-1": ["PT": Measure(series: SeriesID.hourlyEarnings, unit: "tenge per hour")],
        "8-5-2": ["PT": Measure(series: SeriesID.unemploymentRate, unit: "percent")],
        "9-2-1": [
            "PT_IN_2010_PRICE": Measure(series: SeriesID.manufacturingShare, unit: "percent of GRP (2010 prices)"),
            "USD_IN_2010_PRICE": Measure(
                series: SeriesID.manufacturingPerCapitaUSD2010, unit: "US dollars per person (2010 prices)"),
        ],
    ]

    static let fixedColumns: Set<String> = ["year", "unit_measure", "ref_area", "value"]

    static func read(_ csv: CSVFile, entry: CatalogEntry) throws -> TableReadResult {
        let file = csv.file
        guard let indicator = indicator(fileName: file), let units = measures[indicator] else {
            throw BureauError.badData(file, nil, "cannot tell which SDG indicator this file holds from its name (sdg-N-N-N-…)")
        }
        let year = try csv.requireColumn("Year")
        let unitColumn = try csv.requireColumn("UNIT_MEASURE")
        let area = try csv.requireColumn("REF_AREA")
        let valueColumn = try csv.requireColumn("Value")
        let disaggregations = csv.header.indices.filter { !fixedColumns.contains(csv.header[$0].lowercased()) }
        let table = entry.table(part: nil)
        var sink = ObservationSink(file: file)
        var zeros: [String] = []
        for record in csv.records {
            guard disaggregations.allSatisfy({ csv.field(record, $0).isEmpty }) else { continue }
            let location = CellLocation(file: file, sheet: nil, cell: "line \(record.line)")
            let code = csv.field(record, area)
            let region = code.isEmpty ? Regions.republic : try Regions.resolve(code, file: file, location: location.address)
            let unitCode = csv.field(record, unitColumn)
            guard let measure = units[unitCode] else {
                throw BureauError.badData(file, location.address, "unknown UNIT_MEASURE \"\(unitCode)\" for indicator \(indicator)")
            }
            guard let yearNumber = Int(csv.field(record, year)), TablePeriod.plausibleYears.contains(yearNumber) else {
                throw BureauError.badData(file, location.address, "expected a year, found \"\(csv.field(record, year))\"")
            }
            let text = csv.field(record, valueColumn)
            guard case .number(let value, _) = CellText.reading(text: text) else {
                if case .noData = CellText.reading(text: text) { continue }
                throw BureauError.badData(file, location.address, "expected a number, found \"\(text)\"")
            }
            if value == 0 {
                zeros.append("\(code.isEmpty ? "KZ" : code) \(yearNumber) \(unitCode)")
                continue
            }
            sink.add(
                region: region, series: measure.series, unit: measure.unit, period: .year(yearNumber), value: value,
                notes: [], location: location, table: table)
        }
        if !zeros.isEmpty {
            sink.warn("dropped \(zeros.count) values of 0.0, which this platform writes for \"no data\": \(zeros.joined(separator: ", "))")
        }
        return sink.result()
    }

    /// `sdg-8-1-1-real-grp-per-capita-index-by-region.csv` → `8-1-1`.
    static func indicator(fileName: String) -> String? {
        let parts = fileName.lowercased().split(separator: "-")
        guard parts.count >= 4, parts[0] == "sdg", parts[1...3].allSatisfy({ Int($0) != nil }) else { return nil }
        return parts[1...3].joined(separator: "-")
    }

    static func matches(header: [String]) -> Bool {
        let lower = Set(header.map { $0.lowercased() })
        return lower.isSuperset(of: fixedColumns)
    }
}
