/// `grp-per-capita-by-region-2008-2022.xlsx`: GRP per capita by region (Russian names), one
/// sheet in thousand tenge and one in US dollars ("calculated at the National Bank's average
/// exchange rate"), with cumulative quarterly columns.
///
/// The sheet's unit is read from the cells above the header, not from the sheet's name:
/// `тыс.тенге` → `grp_per_capita` (thousand tenge), `долл. США` → `grp_per_capita_usd`
/// (US dollars). A sheet whose unit is neither is refused.
enum GRPPerCapitaReader {
    static func read(_ workbook: Workbook, entry: CatalogEntry) throws -> TableReadResult {
        var sink = ObservationSink(file: workbook.file)
        for sheet in workbook.sheets where !sheet.cells.isEmpty {
            let grid = try RegionGrid(sheet: sheet, workbook: workbook)
            let (series, unit) = try unit(of: sheet, above: grid.header.row, file: workbook.file)
            let table = entry.table(
                part: sheet.name, title: grid.titleText(or: entry.title), notes: grid.tableNotes)
            for row in grid.rows {
                try grid.emit(row, series: series, unit: unit, table: table, into: &sink)
            }
        }
        return sink.result()
    }

    static func unit(of sheet: Sheet, above headerRow: Int, file: String) throws -> (String, String) {
        for row in 1..<max(headerRow, 2) {
            for column in 1...max(sheet.maxColumn, 1) {
                guard let text = sheet[column, row]?.text?.lowercased() else { continue }
                if text.contains("долл") || text.contains("us$") || text.contains("usd") {
                    return (SeriesID.grpPerCapitaUSD, "US dollars")
                }
                if text.contains("тыс") && text.contains("тенге") {
                    return (SeriesID.grpPerCapita, "thousand tenge")
                }
            }
        }
        throw BureauError.badData(file, sheet.name, "the unit above the header is neither thousand tenge nor US dollars")
    }

    static func matches(_ workbook: Workbook) -> Bool {
        workbook.sheets.contains { sheet in
            let title = SheetTools.title(of: sheet, above: 4)?.text.lowercased() ?? ""
            return title.contains("на душу населения") && title.contains("валовой региональный продукт")
        }
    }
}
