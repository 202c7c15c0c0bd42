import Foundation

/// `macro-dims-long-extract-ala-ast-shm-kz.csv`: a long table compiled from the BNS dynamic
/// tables (`date, country, region, frequency, variable, item_code, item_name, value, unit, ...`).
///
/// Read: the annual rows of four variables, each from its BNS element:
/// - `GVA_NOMINAL_BY_REGION_SECTION`, item `GDP` only → `grp` (mln tenge; element 5927);
/// - `GRP_VOLUME_INDEX_BY_REGION` → `grp_growth` (real, index − 100; element 5926);
/// - `INVESTMENT_BY_REGION` → `investment_fixed_capital` (mln tenge; element 5546);
/// - `INVESTMENT_VOLUME_INDEX_BY_REGION` → `investment_growth` (real, index − 100; element 5549).
/// Region codes: `ALA`, `AST`, `SHM`, and `national` for the Republic. Other variables, other
/// GVA items and other frequencies are skipped and counted in a warning.
enum LongCSVReader {
    struct Variable {
        let series: String
        let unit: String
        /// The `unit` column the row must carry.
        let sourceUnit: String
        let item: String?
        let growth: Bool
        let element: Int
        let title: String
    }

    static let variables: [String: Variable] = [
        "GVA_NOMINAL_BY_REGION_SECTION": Variable(
            series: SeriesID.grp, unit: "mln tenge", sourceUnit: "million KZT", item: "GDP", growth: false,
            element: 5927, title: "Валовой региональный продукт и ВДС по видам экономической деятельности, по регионам"),
        "GRP_VOLUME_INDEX_BY_REGION": Variable(
            series: SeriesID.grpGrowth, unit: SeriesID.realGrowthUnit, sourceUnit: "% of previous year", item: nil, growth: true,
            element: 5926, title: "Индекс физического объёма валового регионального продукта"),
        "INVESTMENT_BY_REGION": Variable(
            series: SeriesID.investment, unit: "mln tenge", sourceUnit: "million KZT", item: nil, growth: false,
            element: 5546, title: "Инвестиции в основной капитал, по регионам"),
        "INVESTMENT_VOLUME_INDEX_BY_REGION": Variable(
            series: SeriesID.investmentGrowth, unit: SeriesID.realGrowthUnit, sourceUnit: "% of previous year", item: nil,
            growth: true, element: 5549, title: "Индексы физического объёма инвестиций в основной капитал, по регионам"),
    ]

    static func read(_ csv: CSVFile, entry: CatalogEntry) throws -> TableReadResult {
        let file = csv.file
        let date = try csv.requireColumn("date")
        let regionColumn = try csv.requireColumn("region")
        let frequency = try csv.requireColumn("frequency")
        let variableColumn = try csv.requireColumn("variable")
        let item = try csv.requireColumn("item_code")
        let valueColumn = try csv.requireColumn("value")
        let unitColumn = try csv.requireColumn("unit")
        let version = csv.column("source_version")
        var sink = ObservationSink(file: file)
        var skipped = 0
        for record in csv.records {
            let location = CellLocation(file: file, sheet: nil, cell: "line \(record.line)")
            guard csv.field(record, frequency) == "annual", let variable = variables[csv.field(record, variableColumn)],
                variable.item == nil || variable.item == csv.field(record, item)
            else {
                skipped += 1
                continue
            }
            let unit = csv.field(record, unitColumn)
            guard unit == variable.sourceUnit else {
                throw BureauError.badData(file, location.address, "expected the unit \"\(variable.sourceUnit)\", found \"\(unit)\"")
            }
            let region = try Regions.resolve(csv.field(record, regionColumn), file: file, location: location.address)
            let dateText = csv.field(record, date)
            guard let year = Int(dateText.prefix(4)), TablePeriod.plausibleYears.contains(year) else {
                throw BureauError.badData(file, location.address, "expected a date YYYY-MM-DD, found \"\(dateText)\"")
            }
            let text = csv.field(record, valueColumn)
            guard case .number(let value, _) = CellText.reading(text: text) else {
                if case .noData = CellText.reading(text: text) { continue }
                throw BureauError.badData(file, location.address, "expected a number, found \"\(text)\"")
            }
            let versionNote = version.map { "source_version \(csv.field(record, $0)) of the compiling repository" }
            let table = entry.table(
                part: csv.field(record, variableColumn), title: variable.title,
                source: "BNS element \(variable.element), https://stat.gov.kz/api/iblock/element/\(variable.element)/file/ru/")
            sink.add(
                region: region, series: variable.series, unit: variable.unit, period: .year(year),
                value: variable.growth ? SeriesID.growth(fromIndex: value) : value,
                notes: versionNote.map { [$0] } ?? [], location: location, table: table)
        }
        if skipped > 0 {
            sink.warn("skipped \(skipped) rows of other variables, items or frequencies")
        }
        return sink.result()
    }

    static func matches(header: [String]) -> Bool {
        let lower = Set(header.map { $0.lowercased() })
        return lower.isSuperset(of: ["date", "region", "frequency", "variable", "item_code", "value", "unit"])
    }
}
