/// A cell address such as `AB12`: column and row both count from 1.
///
/// Parsing is bounded (at most 3 letters, as in Excel's last column XFD, and at most 7 digits)
/// so that an address taken from a file, like `XFD99999999999999999`, is refused instead of
/// overflowing an integer.
public struct CellRef: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let column: Int
    public let row: Int

    /// Excel's limits: 16 384 columns (XFD), 1 048 576 rows.
    public static let maxColumn = 16_384
    public static let maxRow = 1_048_576

    public init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }

    /// Parses `B25`; nil for anything else, including addresses beyond Excel's grid.
    public init?(_ text: some StringProtocol) {
        var letters = 0
        var column = 0
        var digits = 0
        var row = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 65...90, 97...122:  // A-Z, a-z
                guard digits == 0, letters < 3 else { return nil }
                letters += 1
                column = column * 26 + Int((scalar.value & 0xDF) - 64)
            case 48...57:
                guard letters > 0, digits < 7 else { return nil }
                digits += 1
                row = row * 10 + Int(scalar.value - 48)
            case 36:  // `$` of absolute references
                continue
            default:
                return nil
            }
        }
        guard letters > 0, digits > 0, (1...Self.maxColumn).contains(column), (1...Self.maxRow).contains(row) else {
            return nil
        }
        self.column = column
        self.row = row
    }

    /// `1` → `A`, `28` → `AB`.
    public static func columnName(_ column: Int) -> String {
        guard column > 0 else { return "?" }
        var n = column
        var name = ""
        while n > 0 {
            let remainder = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            n = (n - 1) / 26
        }
        return name
    }

    public var description: String { "\(Self.columnName(column))\(row)" }

    public static func < (lhs: CellRef, rhs: CellRef) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }
}

/// A rectangle of cells, as in `<mergeCell ref="B4:F4"/>`.
public struct CellRange: Hashable, Sendable, CustomStringConvertible {
    public let first: CellRef
    public let last: CellRef

    public init(first: CellRef, last: CellRef) {
        self.first = CellRef(column: min(first.column, last.column), row: min(first.row, last.row))
        self.last = CellRef(column: max(first.column, last.column), row: max(first.row, last.row))
    }

    /// Parses `B4:F4` (or a single `B4`).
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        switch parts.count {
        case 1:
            guard let cell = CellRef(parts[0]) else { return nil }
            self.init(first: cell, last: cell)
        case 2:
            guard let a = CellRef(parts[0]), let b = CellRef(parts[1]) else { return nil }
            self.init(first: a, last: b)
        default:
            return nil
        }
    }

    public func contains(_ cell: CellRef) -> Bool {
        (first.column...last.column).contains(cell.column) && (first.row...last.row).contains(cell.row)
    }

    public var description: String { first == last ? "\(first)" : "\(first):\(last)" }
}
