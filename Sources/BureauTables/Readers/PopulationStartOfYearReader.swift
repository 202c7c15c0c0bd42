/// `population-by-region-start-of-year-2000-2023.xlsx`: population by region at 1 January, on
/// three sheets: `Все население` (everyone; no title row, the years are row 1), `Мужчины` and
/// `Женщины` (by sex and urban/rural).
///
/// Only the everyone sheet is read, as `population` (people, period `startOfYear`); the men and
/// women sheets are left out (no series for them yet), but their footnotes are used: the first
/// sheet's `Туркестанская 1` has its note (`Данные за 2000-2016гг. по Южно-Казахстанской
/// области`) only there, and that note files the Turkistan row's 2000-2016 figures under South
/// Kazakhstan.
enum PopulationStartOfYearReader {
    static func read(_ workbook: Workbook, entry: CatalogEntry) throws -> TableReadResult {
        guard let sheet = totalSheet(workbook) else {
            throw BureauError.badData(workbook.file, nil, "no sheet of the whole population was found")
        }
        var sink = ObservationSink(file: workbook.file)
        let grid = try RegionGrid(sheet: sheet, workbook: workbook)
        let table = entry.table(part: sheet.name, title: grid.titleText(or: entry.title), notes: grid.tableNotes)
        for row in grid.rows {
            try grid.emit(
                row, series: SeriesID.population, unit: "people", table: table, into: &sink,
                period: { .startOfYear($0.year) })
        }
        return sink.result()
    }

    /// The sheet named for the whole population, else the first sheet that is not about men or women.
    static func totalSheet(_ workbook: Workbook) -> Sheet? {
        workbook.sheets.first { $0.name.lowercased().contains("все население") }
            ?? workbook.sheets.first { sheet in
                let name = sheet.name.lowercased()
                return !name.contains("муж") && !name.contains("жен")
            }
    }

    static func matches(_ workbook: Workbook) -> Bool {
        workbook.sheets.contains { $0.name.lowercased().contains("все население") }
            && workbook.sheets.contains { $0.name.lowercased().contains("мужчины") }
    }
}
