/// Tools shared by the xlsx readers: footnotes, header rows found by content, number cells read
/// with their location, and the check that no merged cell lies in the data.

/// The footnotes of a sheet (`1) ...` lines in the label column), with the workbook's other
/// sheets as a fallback: the population workbook marks `Туркестанская 1` on its first sheet but
/// prints the note only on the other two.
///
/// A sheet may hold several small tables, each followed by its own notes numbered from 1 (the
/// Almaty workbook's labour sheet), so a mark on row r means the first note with that mark below
/// row r; failing that, the nearest one above it.
struct Footnotes {
    struct Note {
        let row: Int
        let mark: String
        let text: String
    }

    let own: [Note]
    let others: [String: String]

    init(sheet: Sheet, workbook: Workbook?, labelColumn: Int = 1) {
        own = Self.collect(sheet, labelColumn: labelColumn)
        var all: [String: String] = [:]
        for other in workbook?.sheets ?? [] where other.name != sheet.name {
            for note in Self.collect(other, labelColumn: labelColumn) where all[note.mark] == nil {
                all[note.mark] = note.text
            }
        }
        others = all
    }

    static func collect(_ sheet: Sheet, labelColumn: Int) -> [Note] {
        var notes: [Note] = []
        for row in 1...max(sheet.maxRow, 1) {
            guard let text = sheet[labelColumn, row]?.text, let note = CellText.footnote(text) else { continue }
            notes.append(Note(row: row, mark: note.mark, text: note.text))
        }
        return notes
    }

    /// Marks that exist on this sheet (they decide one- or two-digit marks on numbers).
    var knownMarks: Set<String> { Set(own.map(\.mark)) }

    /// The note a mark on `row` refers to.
    func text(of mark: String, forRow row: Int) -> String? {
        let candidates = own.filter { $0.mark == mark }
        return (candidates.first { $0.row > row } ?? candidates.last)?.text ?? others[mark]
    }

    /// The texts of the given marks; marks without a note are returned in `missing`.
    func texts(_ marks: [String], forRow row: Int) -> (texts: [String], missing: [String]) {
        var texts: [String] = []
        var missing: [String] = []
        for mark in marks {
            if let text = text(of: mark, forRow: row) {
                if !texts.contains(text) { texts.append(text) }
            } else {
                missing.append(mark)
            }
        }
        return (texts, missing)
    }

    /// Notes of this sheet whose mark is used nowhere in `usedMarks`: they speak of the whole
    /// table (the CPI sheet's `*) Data for 1993-2017 for the South Kazakhstan region`).
    func unattached(usedMarks: Set<String>) -> [String] {
        own.filter { !usedMarks.contains($0.mark) }.map(\.text)
    }
}

/// A header cell that names a period.
struct HeaderColumn {
    let column: Int
    let period: TablePeriod
    let marks: [String]
}

/// The row whose cells are periods.
struct PeriodHeader {
    let row: Int
    let columns: [HeaderColumn]
}

enum SheetTools {
    /// Finds the header row by content: the first row (from `startRow`) in which at least
    /// `minimumPeriods` cells right of the label column read as periods and those are at least
    /// four fifths of its non-empty cells. Refuses a sheet without one, and a sheet whose next
    /// row is a second such header (the layout would be ambiguous).
    static func periodHeader(
        in sheet: Sheet, file: String, labelColumn: Int = 1, startRow: Int = 1, endRow: Int? = nil,
        minimumPeriods: Int = 3
    ) throws -> PeriodHeader {
        let last = min(endRow ?? sheet.maxRow, sheet.maxRow)
        guard startRow <= last else {
            throw BureauError.badData(file, sheet.name, "no header row of years or periods was found")
        }
        for row in startRow...last {
            guard let header = periodRow(sheet, row: row, labelColumn: labelColumn, minimumPeriods: minimumPeriods) else {
                continue
            }
            if row < last, periodRow(sheet, row: row + 1, labelColumn: labelColumn, minimumPeriods: minimumPeriods) != nil {
                throw BureauError.badData(
                    file, "\(sheet.name)!\(CellRef(column: labelColumn + 1, row: row + 1))",
                    "two header rows of periods (rows \(row) and \(row + 1)); the table layout is not understood")
            }
            return header
        }
        throw BureauError.badData(file, sheet.name, "no header row of years or periods was found")
    }

    static func periodRow(_ sheet: Sheet, row: Int, labelColumn: Int, minimumPeriods: Int) -> PeriodHeader? {
        guard sheet.maxColumn > labelColumn else { return nil }
        var columns: [HeaderColumn] = []
        var nonEmpty = 0
        for column in (labelColumn + 1)...sheet.maxColumn {
            guard let value = sheet[column, row] else { continue }
            if case .text(let text) = value, CellText.trim(text).isEmpty { continue }
            nonEmpty += 1
            guard let period = TablePeriod.parse(value) else { continue }
            let marks = value.text.map { CellText.label($0).marks } ?? []
            columns.append(HeaderColumn(column: column, period: period, marks: marks))
        }
        guard columns.count >= minimumPeriods, columns.count * 5 >= nonEmpty * 4 else { return nil }
        return PeriodHeader(row: row, columns: columns)
    }

    /// The first text above `row` (any column), as the table's title with its marks.
    static func title(of sheet: Sheet, above row: Int) -> MarkedText? {
        guard row > 1 else { return nil }
        for r in 1..<row {
            for column in 1...max(sheet.maxColumn, 1) {
                if let text = sheet[column, r]?.text, !CellText.trim(text).isEmpty, TablePeriod.parse(text) == nil {
                    return CellText.label(text)
                }
            }
        }
        return nil
    }

    /// Reads a value cell: nil for no data, the number and its marks otherwise; a text that is
    /// not a number and a formula without a cached value are located errors.
    static func number(
        _ sheet: Sheet, _ ref: CellRef, file: String, knownMarks: Set<String>
    ) throws -> (value: Double, marks: [String])? {
        switch CellText.reading(sheet[ref], knownMarks: knownMarks) {
        case .number(let value, let marks):
            return (value, marks)
        case .noData:
            return nil
        case .uncachedFormula(let formula):
            throw BureauError.badData(
                file, sheet.address(ref),
                "formula =\(formula) has no cached value; open and save the file in a spreadsheet program so it is calculated")
        case .notANumber(let text):
            throw BureauError.badData(file, sheet.address(ref), "expected a number, found \"\(text)\"")
        }
    }

    /// Refuses a merged cell that covers any of the data cells: the value of a merged range
    /// stands in its first cell only, so the other cells would read as empty.
    static func checkNoMergedCells(in sheet: Sheet, rows: [Int], columns: [Int], file: String) throws {
        guard let firstColumn = columns.min(), let lastColumn = columns.max() else { return }
        let rowSet = Set(rows)
        for range in sheet.merged {
            guard range.first.row != range.last.row || range.first.column != range.last.column else { continue }
            let overlapsColumns = range.last.column >= firstColumn && range.first.column <= lastColumn
            let overlapsRows = (range.first.row...range.last.row).contains { rowSet.contains($0) }
            if overlapsColumns, overlapsRows {
                throw BureauError.badData(
                    file, "\(sheet.name)!\(range)", "a merged cell inside the data area; the table layout is not understood")
            }
        }
    }

    /// The text in the label column, marks split off; nil for an empty cell.
    static func label(_ sheet: Sheet, row: Int, column: Int = 1) -> MarkedText? {
        guard let value = sheet[column, row] else { return nil }
        let text: String
        switch value {
        case .text(let t): text = t
        case .number(let n): text = String(n)
        default: return nil
        }
        let marked = CellText.label(text)
        return marked.text.isEmpty ? nil : marked
    }
}
