import Foundation

/// The city investment bulletins (`almaty-city-investment-bulletin-2024.xlsx`,
/// `shymkent-city-investment-bulletin-2024.xlsx`): only the headline row of table 1,
/// `Инвестиции в основной капитал`, its total (thousand tenge, given as `investment_fixed_capital`
/// in mln tenge like the other tables) and its percent of the previous year (real growth,
/// `investment_growth` = index − 100).
///
/// The city, the year and the publication date come from the cover sheet
/// (`Об инвестициях в основной капитал в городе Алматы`, `Январь-декабрь 2024 года`,
/// `Дата опубликования: 17.01.2025`); the columns from the header cells of table 1 (`тыс.тенге`
/// and `в процентах к 2023 году` / `в процентах к прошлому году`).
enum InvestmentBulletinReader {
    static func read(_ workbook: Workbook, entry: CatalogEntry) throws -> TableReadResult {
        let file = workbook.file
        let cover = workbook.sheets.flatMap { sheet in sheet.cells.values.compactMap(\.text) }
        guard let subject = cover.first(where: { $0.lowercased().contains("об инвестициях в основной капитал") }) else {
            throw BureauError.badData(file, nil, "no cover line \"Об инвестициях в основной капитал ...\" was found")
        }
        let region = try city(in: subject, file: file)
        guard let periodLine = cover.first(where: { $0.lowercased().hasPrefix("январь-декабрь") }),
            let period = TablePeriod.parse(periodLine), period.isYear
        else {
            throw BureauError.badData(file, nil, "the cover does not give the period (\"Январь-декабрь YYYY года\")")
        }
        let released = cover.lazy.compactMap(publicationDate).first

        guard let sheet = workbook.sheet(named: "1") else {
            throw BureauError.badData(file, nil, "no sheet 1 (investment by type of costs)")
        }
        guard let headline = sheet.cells.keys.sorted().first(where: { ref in
            ref.column == 1 && (sheet[ref]?.text.map { CellText.label($0).text.lowercased() } == "инвестиции в основной капитал")
        }) else {
            throw BureauError.badData(file, sheet.name, "no row \"Инвестиции в основной капитал\"")
        }
        let headerCells = sheet.cells.filter { $0.key.row < headline.row }
        guard let amountColumn = headerCells.filter({ $0.value.text.map(isThousandTenge) ?? false }).keys.map(\.column).min(),
            let percentColumn = headerCells.filter({ $0.value.text?.lowercased().contains("в процентах к") ?? false })
                .keys.map(\.column).min()
        else {
            throw BureauError.badData(file, sheet.name, "no header cells \"тыс.тенге\" and \"в процентах к ...\" above the headline row")
        }
        try SheetTools.checkNoMergedCells(in: sheet, rows: [headline.row], columns: [amountColumn, percentColumn], file: file)
        let title = SheetTools.title(of: sheet, above: headline.row)?.text ?? entry.title
        let table = entry.table(part: sheet.name, title: title, releaseDate: released)
        var sink = ObservationSink(file: file)
        let footnotes = Footnotes(sheet: sheet, workbook: nil)
        // Thousand tenge to mln tenge; percent of the previous year to real growth.
        let columns: [(Int, String, String, (Double) -> Double)] = [
            (amountColumn, SeriesID.investment, "mln tenge", { $0 / 1000 }),
            (percentColumn, SeriesID.investmentGrowth, SeriesID.realGrowthUnit, { SeriesID.growth(fromIndex: $0) }),
        ]
        for (column, series, unit, value) in columns {
            let ref = CellRef(column: column, row: headline.row)
            guard let cell = try SheetTools.number(sheet, ref, file: file, knownMarks: footnotes.knownMarks) else { continue }
            let location = CellLocation(file: file, sheet: sheet.name, cell: ref.description)
            let notes = footnotes.texts(cell.marks, forRow: headline.row)
            sink.missing(marks: notes.missing, at: location)
            sink.add(
                region: region, series: series, unit: unit, period: period, value: value(cell.value), notes: notes.texts,
                location: location, table: table)
        }
        return sink.result()
    }

    static func isThousandTenge(_ text: String) -> Bool {
        let lower = text.lowercased().replacingOccurrences(of: " ", with: "")
        return lower == "тыс.тенге"
    }

    /// `... в городе Алматы` / `... по городу Астане` → the city.
    static func city(in line: String, file: String) throws -> Region {
        let lower = line.lowercased()
        for marker in ["в городе ", "по городу ", "города "] {
            if let range = lower.range(of: marker) {
                let name = String(line[range.upperBound...]).trimmingCharacters(in: .whitespacesAndNewlines)
                let stem = name.hasSuffix("е") || name.hasSuffix("у") ? String(name.dropLast()) : name
                for candidate in [name, stem, stem + "а"] {
                    if let region = Regions.resolve("г. " + candidate), region.kind == .city { return region }
                }
                return try Regions.resolve("г. " + name, file: file, location: "cover")
            }
        }
        throw BureauError.badData(file, "cover", "the cover does not name the city: \"\(line)\"")
    }

    /// `Дата опубликования: 17.01.2025` → `2025-01-17`.
    static func publicationDate(_ line: String) -> String? {
        guard line.lowercased().hasPrefix("дата опубликования") else { return nil }
        let parts = line.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard parts.count == 3, (1...31).contains(parts[0]), (1...12).contains(parts[1]),
            TablePeriod.plausibleYears.contains(parts[2])
        else { return nil }
        return String(format: "%04d-%02d-%02d", parts[2], parts[1], parts[0])
    }

    static func matches(_ workbook: Workbook) -> Bool {
        workbook.sheets.contains { sheet in
            sheet.cells.values.contains { $0.text?.lowercased().contains("об инвестициях в основной капитал") ?? false }
        }
    }
}
