/// `grp-by-region-1990-2023.xlsx`: gross regional product by region, mln tenge, on three sheets
/// (1990-1997, 1998-2007, 2008-2023; the last with cumulative quarterly columns).
///
/// Series `grp` (mln tenge). The 1990-1992 columns carry footnote 1 ("mln. rubles") and so come
/// out as `grp_rubles` in mln rubles (`ObservationSink`); the 2023 column's note 2 ("preliminary
/// data") sets `preliminary`.
enum GRPByRegionReader {
    static func read(_ workbook: Workbook, entry: CatalogEntry) throws -> TableReadResult {
        var sink = ObservationSink(file: workbook.file)
        for sheet in workbook.sheets where !sheet.cells.isEmpty {
            let grid = try RegionGrid(sheet: sheet, workbook: workbook)
            let table = entry.table(
                part: CellText.trim(sheet.name), title: grid.titleText(or: entry.title), notes: grid.tableNotes)
            for row in grid.rows {
                try grid.emit(row, series: SeriesID.grp, unit: "mln tenge", table: table, into: &sink)
            }
        }
        return sink.result()
    }

    /// The first sheet's title says gross regional product and no sheet says "per capita".
    static func matches(_ workbook: Workbook) -> Bool {
        let titles = workbook.sheets.compactMap { SheetTools.title(of: $0, above: 4)?.text.lowercased() }
        return titles.contains { $0.hasPrefix("gross regional product") || $0.hasPrefix("валовой региональный продукт") }
            && !titles.contains { $0.contains("per capita") || $0.contains("на душу") }
    }
}
