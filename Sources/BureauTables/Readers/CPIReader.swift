/// `cpi-by-region-1993-2024.xlsx` (sheet `eng`): consumer price indices by region, in percent,
/// as eight blocks under one header of years: four groups (goods and services, food products,
/// non-food products, paid services), each as December over December of the previous year and
/// as January-December over January-December of the previous year.
///
/// Series: `cpi_dec_dec`, `cpi_annual_avg` for goods and services, and `cpi_food_*`,
/// `cpi_nonfood_*`, `cpi_services_*` for the other groups. A block heading the reader does not
/// know is refused rather than guessed. The sheet's `*) Data for 1993-2017 for the South
/// Kazakhstan region` files the Turkistan row's 1993-2017 figures under South Kazakhstan.
enum CPIReader {
    enum Measure {
        case decemberOverDecember
        case annualAverage

        var suffix: String { self == .decemberOverDecember ? "dec_dec" : "annual_avg" }
        var unit: String {
            self == .decemberOverDecember
                ? "percent of December of the previous year" : "percent of the previous year"
        }
    }

    static func read(_ workbook: Workbook, entry: CatalogEntry) throws -> TableReadResult {
        var sink = ObservationSink(file: workbook.file)
        for sheet in workbook.sheets where !sheet.cells.isEmpty {
            let grid = try RegionGrid(sheet: sheet, workbook: workbook)
            var group: String?
            var measure: Measure?
            for row in grid.rows {
                switch row.kind {
                case .section(let text):
                    if let g = self.group(text) {
                        group = g
                        measure = nil
                    } else if let m = self.measure(text) {
                        measure = m
                    } else {
                        throw BureauError.badData(
                            workbook.file, sheet.address(CellRef(column: 1, row: row.row)),
                            "unknown block heading \"\(text)\" in the price index table")
                    }
                case .region:
                    guard let group, let measure else {
                        throw BureauError.badData(
                            workbook.file, sheet.address(CellRef(column: 1, row: row.row)),
                            "a region row before the block headings (group and measure)")
                    }
                    let series = "cpi_" + (group.isEmpty ? "" : group + "_") + measure.suffix
                    let table = entry.table(
                        part: series, title: grid.titleText(or: entry.title), notes: grid.tableNotes)
                    try grid.emit(row, series: series, unit: measure.unit, table: table, into: &sink)
                }
            }
        }
        return sink.result()
    }

    /// `Goods and services` → "", `Food products` → "food", `Non-food products` → "nonfood",
    /// `Paid services` → "services" (also the Russian headings).
    static func group(_ text: String) -> String? {
        let lower = text.lowercased()
        switch lower {
        case "goods and services", "товары и услуги": return ""
        case "food products", "продовольственные товары": return "food"
        case "non-food products", "непродовольственные товары": return "nonfood"
        case "paid services", "платные услуги": return "services"
        default: return nil
        }
    }

    static func measure(_ text: String) -> Measure? {
        let lower = text.lowercased()
        if lower.contains("end of the period") || lower.contains("к декабрю") { return .decemberOverDecember }
        if lower.hasPrefix("january-december") || lower.hasPrefix("январь-декабрь") { return .annualAverage }
        return nil
    }

    static func matches(_ workbook: Workbook) -> Bool {
        workbook.sheets.contains { sheet in
            let title = SheetTools.title(of: sheet, above: 4)?.text.lowercased() ?? ""
            return title.contains("price index for consumer") || title.contains("индекс потребительских цен")
        }
    }
}
