/// `unemployment-rate-by-region-2001-2024.xlsx` (sheet `Regions_quarter`): unemployment rate by
/// region, percent, by quarter and year.
///
/// Two header rows: the years (row 4 in this release, each year written once over its five
/// columns, merged or not), and under them `I quarter | II quarter | III quarter | IV quarter |
/// year`. A year applies to the columns from its own up to the next year. The quarters are single
/// quarters (not cumulative); the first quarter is January-March either way.
enum UnemploymentReader {
    static func read(_ workbook: Workbook, entry: CatalogEntry) throws -> TableReadResult {
        var sink = ObservationSink(file: workbook.file)
        for sheet in workbook.sheets where !sheet.cells.isEmpty {
            let years = try SheetTools.periodHeader(in: sheet, file: workbook.file)
            let header = try quarterHeader(sheet, years: years, file: workbook.file)
            let grid = try RegionGrid(sheet: sheet, workbook: workbook, header: header, dataStartRow: header.row + 1)
            let table = entry.table(part: sheet.name, title: grid.titleText(or: entry.title), notes: grid.tableNotes)
            for row in grid.rows {
                try grid.emit(row, series: SeriesID.unemploymentRate, unit: "percent", table: table, into: &sink)
            }
        }
        return sink.result()
    }

    /// Combines the year row with the row of quarters under it.
    static func quarterHeader(_ sheet: Sheet, years: PeriodHeader, file: String) throws -> PeriodHeader {
        let row = years.row + 1
        var columns: [HeaderColumn] = []
        for yearColumn in years.columns.indices {
            let year = years.columns[yearColumn]
            let end = yearColumn + 1 < years.columns.count ? years.columns[yearColumn + 1].column - 1 : sheet.maxColumn
            guard year.column <= end else { continue }
            for column in year.column...end {
                guard let text = sheet[column, row]?.text, let sub = TablePeriod.parseSubPeriod(text) else { continue }
                let marks = year.marks + CellText.label(text).marks
                columns.append(HeaderColumn(column: column, period: sub.resolve(year.period.year), marks: marks))
            }
        }
        guard columns.count >= 3 else {
            throw BureauError.badData(
                file, "\(sheet.name)!\(CellRef(column: 2, row: row))",
                "expected the quarters (I quarter ... IV quarter, year) under the row of years")
        }
        return PeriodHeader(row: row, columns: columns)
    }

    static func matches(_ workbook: Workbook) -> Bool {
        workbook.sheets.contains { sheet in
            let title = SheetTools.title(of: sheet, above: 5)?.text.lowercased() ?? ""
            return title.hasPrefix("unemployment rate") || title.hasPrefix("уровень безработицы")
        }
    }
}
