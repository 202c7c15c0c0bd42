import Foundation

/// `population-by-region-district-2023-01-01.xlsx`, sheet `01` only: the population of the
/// Republic and its regions at 1 January of the bulletin's year (Kazakh region names).
///
/// The date comes from the sheet's title (`... на 1 января 2023 года`), the column from the
/// header cell `Барлық халық / Все население` (everyone); the men, women, urban and rural
/// columns and the district sheets `02`, `03` are not read.
enum PopulationBulletinReader {
    static func read(_ workbook: Workbook, entry: CatalogEntry) throws -> TableReadResult {
        guard let sheet = workbook.sheet(named: "01") else {
            throw BureauError.badData(workbook.file, nil, "no sheet 01 (population by region) in the bulletin")
        }
        let file = workbook.file
        // The title is bilingual, one line each: keep the Russian line, which holds the date.
        let titleLine = sheet.cells.sorted { $0.key < $1.key }.lazy
            .compactMap { $0.value.text?.split(separator: "\n").first { $0.lowercased().contains("1 января") } }
            .first.map { CellText.label(String($0)).text }
        guard let titleLine, let year = dateYear(titleLine) else {
            throw BureauError.badData(file, sheet.name, "the title does not give the date (\"на 1 января YYYY года\")")
        }
        guard let totalCell = sheet.cells.first(where: { _, value in
            guard let text = value.text?.lowercased() else { return false }
            return text.contains("все население") || text.contains("барлық халық")
        })?.key else {
            throw BureauError.badData(file, sheet.name, "no header cell \"Все население\" (everyone) was found")
        }
        let header = PeriodHeader(
            row: totalCell.row,
            columns: [HeaderColumn(column: totalCell.column, period: .startOfYear(year), marks: [])])
        let grid = try RegionGrid(sheet: sheet, workbook: workbook, header: header, dataStartRow: totalCell.row + 1)
        let table = entry.table(part: sheet.name, title: titleLine, notes: grid.tableNotes)
        var sink = ObservationSink(file: file)
        for row in grid.rows {
            try grid.emit(row, series: SeriesID.population, unit: "people", table: table, into: &sink)
        }
        return sink.result()
    }

    /// `на 1 января 2023 года` → 2023.
    static func dateYear(_ title: String) -> Int? {
        let lower = title.lowercased()
        guard let range = lower.range(of: "1 января") else { return nil }
        let after = lower[range.upperBound...].split(whereSeparator: { $0 == " " || $0 == "\n" }).first
        return after.flatMap { TablePeriod.yearWord(String($0)) }
    }

    static func matches(_ workbook: Workbook) -> Bool {
        guard let sheet = workbook.sheet(named: "01"), let title = sheet[1, 1]?.text?.lowercased() else {
            return false
        }
        return title.contains("численность населения") && dateYear(title) != nil
    }
}
