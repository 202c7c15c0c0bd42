/// `almaty-city-socioeconomic-dynamics-1991-2025.xlsx`: the Almaty city department's workbook of
/// indicators over time, one indicator per row (label in column A, unit in column B, years
/// across), several small tables per sheet, each under its own header row of years, with the
/// city's row and then its districts' rows under many indicators.
///
/// Read: the indicators listed in `specs`, found by their labels (not by row numbers), for the
/// city only and for the annual columns only. Skipped by design: district rows (they are not
/// regions), the monthly and cumulative 2024-2025 columns (their meaning changes from sheet to
/// sheet: cumulative turnover, monthly register counts), and every other indicator.
enum AlmatyDynamicsReader {
    enum Transform {
        case asIs
        /// A volume index in percent of the previous year, as real growth (index − 100).
        case growth
    }

    /// An indicator: the sheet, the labels leading to its row (each the first match below the
    /// previous one; a label matches by its start, case and marks ignored), a word its unit cell
    /// must hold, and the series it becomes.
    struct Spec {
        let sheet: String
        let path: [String]
        let unitWord: String
        let series: String
        let unit: String
        let transform: Transform
    }

    static let specs: [Spec] = [
        Spec(sheet: "ВРП", path: ["валовой региональный продукт"], unitWord: "млрд",
             series: SeriesID.grpBillions, unit: "bn tenge", transform: .asIs),
        Spec(sheet: "ВРП", path: ["валовой региональный продукт", "в процентах к предыдущему году"], unitWord: "%",
             series: SeriesID.grpGrowth, unit: SeriesID.realGrowthUnit, transform: .growth),
        Spec(sheet: "ВРП", path: ["врп на душу населения"], unitWord: "тыс",
             series: SeriesID.grpPerCapita, unit: "thousand tenge", transform: .asIs),
        Spec(sheet: "инвестиция", path: ["инвестиции в основной капитал, млн. тенге"], unitWord: "млн",
             series: SeriesID.investment, unit: "mln tenge", transform: .asIs),
        Spec(sheet: "инвестиция", path: ["инвестиции в основной капитал, млн. тенге", "млн. долларов сша"],
             unitWord: "доллар", series: SeriesID.investmentUSD, unit: "mln US dollars", transform: .asIs),
        Spec(sheet: "инвестиция", path: ["инвестиции в основной капитал, млн. тенге", "в процентах к предыдущему году"],
             unitWord: "%", series: SeriesID.investmentGrowth, unit: SeriesID.realGrowthUnit, transform: .growth),
        Spec(sheet: "торговля", path: ["объем розничного товарооборота"], unitWord: "млрд",
             series: SeriesID.retailTrade, unit: "bn tenge", transform: .asIs),
        Spec(sheet: "торговля", path: ["объем розничного товарооборота", "в процентах к предыдущему году"],
             unitWord: "%", series: SeriesID.retailTradeGrowth, unit: SeriesID.realGrowthUnit, transform: .growth),
        Spec(sheet: "промышленность", path: ["объем промышленного производства"], unitWord: "млн",
             series: SeriesID.industrialOutput, unit: "mln tenge", transform: .asIs),
        Spec(sheet: "промышленность", path: ["объем промышленного производства", "в процентах к предыдущему году"],
             unitWord: "%", series: SeriesID.industrialOutputGrowth, unit: SeriesID.realGrowthUnit, transform: .growth),
        Spec(sheet: "труд и занятость", path: ["уровень безработицы, в процентах"], unitWord: "%",
             series: SeriesID.unemploymentRate, unit: "percent", transform: .asIs),
        Spec(sheet: "труд и занятость", path: ["среднемесячная номинальная заработная плата"], unitWord: "тенге",
             series: SeriesID.averageMonthlyWage, unit: "tenge", transform: .asIs),
        Spec(sheet: "труд и занятость", path: ["индекс реальной заработной платы"], unitWord: "%",
             series: SeriesID.realWageGrowth, unit: SeriesID.realGrowthUnit, transform: .growth),
        Spec(sheet: "регистры", path: ["количество юридических лиц", "зарегистрированные"], unitWord: "единиц",
             series: SeriesID.legalEntitiesRegistered, unit: "units", transform: .asIs),
        Spec(sheet: "регистры", path: ["количество юридических лиц", "действующие"], unitWord: "единиц",
             series: SeriesID.legalEntitiesActive, unit: "units", transform: .asIs),
        Spec(sheet: "жилищный фонд", path: ["жилищный фонд, всего"], unitWord: "кв",
             series: SeriesID.housingStock, unit: "mln m2", transform: .asIs),
        Spec(sheet: "жилищный фонд", path: ["обеспеченность населения жильем"], unitWord: "кв",
             series: SeriesID.housingPerCapita, unit: "m2 per person", transform: .asIs),
        Spec(sheet: "строительство", path: ["ввод жилых зданий"], unitWord: "кв",
             series: SeriesID.housingCommissioned, unit: "thousand m2", transform: .asIs),
    ]

    /// The city every value of this workbook belongs to.
    static let cityID = "KZ-75"
    /// Rows to look down from an indicator's label for the city's row.
    static let cityRowReach = 12

    static func read(_ workbook: Workbook, entry: CatalogEntry) throws -> TableReadResult {
        let file = workbook.file
        var sink = ObservationSink(file: file)
        for spec in specs {
            guard let sheet = workbook.sheet(named: spec.sheet) else {
                throw BureauError.badData(file, spec.sheet, "no such sheet in the workbook")
            }
            try read(spec, sheet: sheet, workbook: workbook, entry: entry, into: &sink)
        }
        return sink.result()
    }

    static func read(
        _ spec: Spec, sheet: Sheet, workbook: Workbook, entry: CatalogEntry, into sink: inout ObservationSink
    ) throws {
        let file = workbook.file
        var pathRows: [Int] = []
        var row = 0
        for label in spec.path {
            guard let found = firstRow(in: sheet, labelled: label, after: row) else {
                throw BureauError.badData(file, sheet.name, "no row labelled \"\(label)\" was found")
            }
            pathRows.append(found)
            row = found
        }
        let unitCells = pathRows.compactMap { sheet[2, $0]?.text?.lowercased() }
        guard unitCells.contains(where: { $0.contains(spec.unitWord) }) else {
            throw BureauError.badData(
                file, sheet.address(CellRef(column: 2, row: row)),
                "expected the unit to contain \"\(spec.unitWord)\" for \"\(spec.path.joined(separator: " / "))\"")
        }
        let header = try headerAbove(row, in: sheet, file: file)
        let annual = header.columns.filter { $0.period.isYear }
        let valueRow = try cityRow(from: row, in: sheet, columns: annual, file: file)
        try SheetTools.checkNoMergedCells(in: sheet, rows: [valueRow], columns: annual.map(\.column), file: file)

        let footnotes = Footnotes(sheet: sheet, workbook: nil)
        let labelMarks = (pathRows + [valueRow]).flatMap { SheetTools.label(sheet, row: $0)?.marks ?? [] }
        let title = SheetTools.label(sheet, row: pathRows[0])?.text ?? spec.path[0]
        let table = entry.table(part: "\(sheet.name):\(spec.series)", title: title)
        guard let region = Regions.region(id: cityID) else { return }
        for column in annual {
            let ref = CellRef(column: column.column, row: valueRow)
            guard let cell = try SheetTools.number(sheet, ref, file: file, knownMarks: footnotes.knownMarks) else {
                continue
            }
            let location = CellLocation(file: file, sheet: sheet.name, cell: ref.description)
            let notes = footnotes.texts(labelMarks + column.marks + cell.marks, forRow: valueRow)
            sink.missing(marks: notes.missing, at: location)
            let value = spec.transform == .growth ? SeriesID.growth(fromIndex: cell.value) : cell.value
            sink.add(
                region: region, series: spec.series, unit: spec.unit, period: column.period, value: value,
                notes: notes.texts, location: location, table: table)
        }
    }

    static func normalised(_ text: String) -> String {
        CellText.label(text).text.lowercased()
    }

    static func firstRow(in sheet: Sheet, labelled label: String, after row: Int) -> Int? {
        guard row < sheet.maxRow else { return nil }
        return ((row + 1)...sheet.maxRow).first { r in
            sheet[1, r]?.text.map { normalised($0).hasPrefix(label) } ?? false
        }
    }

    /// The nearest header row of years at or above `row` (columns from C: B holds the unit).
    static func headerAbove(_ row: Int, in sheet: Sheet, file: String) throws -> PeriodHeader {
        for r in stride(from: row, through: 1, by: -1) {
            if let header = SheetTools.periodRow(sheet, row: r, labelColumn: 2, minimumPeriods: 3) { return header }
        }
        throw BureauError.badData(file, sheet.name, "no header row of years above row \(row)")
    }

    /// The row that holds the city's values: the label row itself when it has values, else the
    /// first row below it named as a region (district rows are passed over), which must be the city.
    static func cityRow(from row: Int, in sheet: Sheet, columns: [HeaderColumn], file: String) throws -> Int {
        let hasValues = { (r: Int) in
            columns.contains { column in
                if case .number = CellText.reading(sheet[column.column, r]) { return true }
                return false
            }
        }
        if hasValues(row) { return row }
        for r in (row + 1)...min(row + cityRowReach, max(sheet.maxRow, row + 1)) {
            guard let label = SheetTools.label(sheet, row: r), let region = Regions.resolve(label.text) else { continue }
            guard region.id == cityID else {
                throw BureauError.badData(
                    file, sheet.address(CellRef(column: 1, row: r)),
                    "expected Almaty city under the indicator, found \(region.english)")
            }
            return r
        }
        throw BureauError.badData(
            file, sheet.address(CellRef(column: 1, row: row)), "no row of Almaty city under this indicator")
    }

    static func matches(_ workbook: Workbook) -> Bool {
        workbook.sheet(named: "ВРП") != nil && workbook.sheets.contains { sheet in
            sheet.cells.values.contains { $0.text?.contains("по городу Алматы") ?? false }
        }
    }
}
