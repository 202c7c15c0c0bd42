/// A table with regions down the first column and periods across a header row: the layout of
/// the GRP, GRP per capita, CPI, unemployment and population tables.
///
/// Rows below the header are, by content: a footnote (`1) ...`), a region (its name resolves
/// with `Regions`), a section heading (text with no values, such as the CPI's `Food products`
/// or the population sheets' `Мужчины`), or empty. A named row that holds values but is no
/// known region is an error naming the closest spelling, never a new region.
struct RegionGrid {
    enum RowKind {
        case region(Region, MarkedText)
        case section(String)
    }

    struct Row {
        let row: Int
        let kind: RowKind
    }

    let file: String
    let sheet: Sheet
    let header: PeriodHeader
    let footnotes: Footnotes
    let rows: [Row]
    let title: MarkedText?

    /// - Parameters:
    ///   - header: the header, when the reader found it itself (unemployment's two rows).
    ///   - dataStartRow: the first row below the header rows.
    init(sheet: Sheet, workbook: Workbook, header: PeriodHeader? = nil, dataStartRow: Int? = nil) throws {
        let file = workbook.file
        let header = try header ?? SheetTools.periodHeader(in: sheet, file: file)
        self.file = file
        self.sheet = sheet
        self.header = header
        self.footnotes = Footnotes(sheet: sheet, workbook: workbook)
        self.title = SheetTools.title(of: sheet, above: header.row)
        var rows: [Row] = []
        let start = dataStartRow ?? header.row + 1
        if start <= sheet.maxRow {
            for row in start...sheet.maxRow {
                if let kind = try Self.classify(sheet, row: row, header: header, file: file) {
                    rows.append(Row(row: row, kind: kind))
                }
            }
        }
        self.rows = rows
        let dataRows = rows.compactMap { row -> Int? in
            if case .region = row.kind { return row.row }
            return nil
        }
        try SheetTools.checkNoMergedCells(in: sheet, rows: dataRows, columns: header.columns.map(\.column), file: file)
    }

    static func classify(_ sheet: Sheet, row: Int, header: PeriodHeader, file: String) throws -> RowKind? {
        let hasValues = header.columns.contains { column in
            if case .number = CellText.reading(sheet[column.column, row]) { return true }
            return false
        }
        guard let label = SheetTools.label(sheet, row: row) else {
            if hasValues {
                throw BureauError.badData(file, sheet.address(CellRef(column: 1, row: row)), "a row of values without a name")
            }
            return nil
        }
        if let raw = sheet[1, row]?.text, CellText.footnote(raw) != nil { return nil }
        if let region = Regions.resolve(label.text) { return .region(region, label) }
        if hasValues {
            _ = try Regions.resolve(label.text, file: file, location: sheet.address(CellRef(column: 1, row: row)))
        }
        return .section(label.text)
    }

    /// Every mark used by the title, the header and the row names.
    var usedMarks: Set<String> {
        var marks = Set(title?.marks ?? [])
        for column in header.columns { marks.formUnion(column.marks) }
        for row in rows {
            if case .region(_, let label) = row.kind { marks.formUnion(label.marks) }
        }
        return marks
    }

    /// Notes for the whole table: those on the title and those whose mark is used nowhere.
    var tableNotes: [String] {
        footnotes.texts(title?.marks ?? [], forRow: header.row).texts + footnotes.unattached(usedMarks: usedMarks)
    }

    /// The title as the sheet writes it (marks removed), or `fallback`.
    func titleText(or fallback: String) -> String { title?.text ?? fallback }

    /// Reads one region row across the header's columns into the sink.
    func emit(
        _ row: Row, series: String, unit: String, table: TableInfo, into sink: inout ObservationSink,
        period: (TablePeriod) -> TablePeriod = { $0 }, value: (Double) -> Double = { $0 }
    ) throws {
        guard case .region(let region, let label) = row.kind else { return }
        for column in header.columns {
            let ref = CellRef(column: column.column, row: row.row)
            guard let cell = try SheetTools.number(sheet, ref, file: file, knownMarks: footnotes.knownMarks) else {
                continue
            }
            let location = CellLocation(file: file, sheet: sheet.name, cell: ref.description)
            let marks = label.marks + column.marks + cell.marks
            let notes = footnotes.texts(marks, forRow: row.row)
            sink.missing(marks: notes.missing, at: location)
            sink.add(
                region: region, series: series, unit: unit, period: period(column.period), value: value(cell.value),
                notes: notes.texts, location: location, table: table)
        }
    }
}
