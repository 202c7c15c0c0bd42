/// A workbook as plain values: what the bureau's tables need and nothing of the formatting.
public struct Workbook: Sendable {
    /// The file name the workbook was read from (for messages).
    public let file: String
    /// Sheets in the workbook's tab order.
    public let sheets: [Sheet]

    public init(file: String, sheets: [Sheet]) {
        self.file = file
        self.sheets = sheets
    }

    public func sheet(named name: String) -> Sheet? {
        sheets.first { $0.name == name }
    }
}

public struct Sheet: Sendable {
    public let name: String
    public let cells: [CellRef: CellValue]
    /// The `<mergeCells>` ranges, in file order.
    public let merged: [CellRange]

    public init(name: String, cells: [CellRef: CellValue], merged: [CellRange] = []) {
        self.name = name
        self.cells = cells
        self.merged = merged
        var maxRow = 0
        var maxColumn = 0
        for ref in cells.keys {
            maxRow = max(maxRow, ref.row)
            maxColumn = max(maxColumn, ref.column)
        }
        self.maxRow = maxRow
        self.maxColumn = maxColumn
    }

    /// The last row and column that hold a cell (0 for an empty sheet).
    public let maxRow: Int
    public let maxColumn: Int

    public subscript(column: Int, row: Int) -> CellValue? {
        cells[CellRef(column: column, row: row)]
    }

    public subscript(ref: CellRef) -> CellValue? { cells[ref] }

    /// `2008-2023!AB12`: how a cell is named in messages and in `CellLocation`.
    public func address(_ ref: CellRef) -> String { "\(name)!\(ref)" }
}

/// What a cell holds, by the cell's `t` attribute.
public enum CellValue: Hashable, Sendable, CustomStringConvertible {
    /// `t="n"` or no `t`: a number (also a formula's cached number).
    case number(Double)
    /// `t="s"`, `t="str"`, `t="inlineStr"`: text, rich-text runs joined.
    case text(String)
    /// `t="b"`.
    case bool(Bool)
    /// `t="e"`: an error value such as `#DIV/0!`.
    case error(String)
    /// A formula whose cached value is absent: the file was saved without calculating it, so
    /// there is no value to read (reported, never evaluated).
    case uncachedFormula(String)

    public var description: String {
        switch self {
        case .number(let value): return String(value)
        case .text(let text): return text
        case .bool(let value): return value ? "TRUE" : "FALSE"
        case .error(let code): return code
        case .uncachedFormula(let formula): return "=\(formula)"
        }
    }

    /// The text of a text cell, else nil.
    public var text: String? {
        if case .text(let text) = self { return text }
        return nil
    }
}
