import Indicators

/// The screen drawn off-screen: what the terminal shows, what a snapshot
/// prints and what golden tests compare are all this grid.
public struct Grid: Sendable, Equatable {
    public let size: Size
    public private(set) var cells: [Cell]

    public init(size: Size) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        cells = Array(repeating: .blank, count: self.size.width * self.size.height)
    }

    /// A grid of `size` holding `grid`'s rows from the top, as many as fit
    /// (blank rows below them): a screen with a pane grown or cut off.
    public init(size: Size, rowsOf grid: Grid) {
        self.init(size: size)
        for y in 0..<min(self.size.height, grid.size.height) where self.size.width == grid.size.width {
            for x in 0..<self.size.width { cells[y * self.size.width + x] = grid[x, y] }
        }
    }

    /// Grids one under another, a blank row between them (as the text snapshots of several
    /// cities are printed), as wide as the widest.
    public init(stacking grids: [Grid]) {
        let width = grids.map(\.size.width).max() ?? 0
        let height = grids.map(\.size.height).reduce(0, +) + max(0, grids.count - 1)
        self.init(size: Size(width: width, height: height))
        var top = 0
        for grid in grids {
            for y in 0..<grid.size.height {
                for x in 0..<grid.size.width { cells[(top + y) * width + x] = grid[x, y] }
            }
            top += grid.size.height + 1
        }
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * size.width + x]
    }

    /// Writes `text` from (x, y), within `clip` (the grid when nil), cutting
    /// what does not fit. Control characters become visible placeholders.
    /// Returns the column after the last character written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil) -> Int {
        let bounds = clip ?? Rect(x: 0, y: 0, width: size.width, height: size.height)
        guard y >= bounds.y, y < bounds.maxY, y >= 0, y < size.height else { return x }
        let limit = min(bounds.maxX, size.width)
        var column = x
        for character in TextSafety.visible(text) {
            let width = DisplayWidth.of(character)
            if width == 0 { continue }  // a lone mark or control: nothing to place
            if column + width > limit { break }
            if column >= max(bounds.x, 0) {
                set(Cell(character: character, width: UInt8(width), style: style), x: column, y: y)
                if width == 2 {
                    set(Cell(character: " ", width: 0, style: style), x: column + 1, y: y)
                }
            }
            column += width
        }
        return column
    }

    /// `text` cut with an ellipsis to `width` columns and padded to it.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, width: Int, style: Style = .plain, alignRight: Bool = false) -> Int {
        guard width > 0 else { return x }
        return put(DisplayWidth.pad(TextSafety.visible(text), to: width, alignRight: alignRight), x: x, y: y, style: style,
                   clip: Rect(x: x, y: y, width: width, height: 1))
    }

    public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .plain) {
        for y in max(rect.y, 0)..<min(rect.maxY, size.height) where rect.x < rect.maxX {
            for x in max(rect.x, 0)..<min(rect.maxX, size.width) {
                set(Cell(character: character, width: 1, style: style), x: x, y: y)
            }
        }
    }

    /// Changes the style of the cells in `rect`, keeping their characters.
    public mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
        for y in max(rect.y, 0)..<min(rect.maxY, size.height) where rect.x < rect.maxX {
            for x in max(rect.x, 0)..<min(rect.maxX, size.width) {
                change(&cells[y * size.width + x].style)
            }
        }
    }

    private mutating func set(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, x < size.width, y >= 0, y < size.height else { return }
        let index = y * size.width + x
        // Overwriting half of a wide character blanks its other half.
        if cells[index].width == 2, x + 1 < size.width, cell.width != 2 {
            cells[index + 1] = Cell(style: cells[index + 1].style)
        }
        if cells[index].isContinuation, x > 0 {
            cells[index - 1] = Cell(style: cells[index - 1].style)
        }
        cells[index] = cell
    }

    /// The grid as plain text, one line a row, trailing spaces trimmed.
    public var lines: [String] {
        (0..<size.height).map { y in
            var line = ""
            for x in 0..<size.width {
                let cell = self[x, y]
                if !cell.isContinuation { line.append(cell.character) }
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    public var text: String {
        lines.joined(separator: "\n") + "\n"
    }
}
