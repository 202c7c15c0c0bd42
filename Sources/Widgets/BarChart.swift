import Indicators

/// Horizontal bars in eighth-cell steps (▏▎▍▌▋▊▉█), drawn from a list of
/// lines: headings, bars and rows set apart (a name and a reason instead of a
/// bar). The chart measures its own columns by display width (label, bar,
/// value, and an extra column such as a change), scrolls from `first`, and
/// marks with ▲ ▼ on its frame where the list goes on. Every bar in one row
/// uses the scale its row gives: the caller groups rows by unit.
public struct BarChart: Sendable {
    public struct Row: Sendable {
        public var label: String
        /// Nil draws no bar (no data, or a unit that has none, like ranks).
        public var value: Double?
        public var scale: Double
        public var valueText: String
        public var labelStyle: Style
        public var barStyle: Style
        public var valueStyle: Style
        /// A one-column mark before the label: "▸" for the selection.
        public var marker: String
        /// A last column after the value: the change in compare mode.
        public var extra = ""
        public var extraStyle: Style = .plain

        public init(label: String, value: Double?, scale: Double, valueText: String, labelStyle: Style = .plain,
                    barStyle: Style = Style(role: .bar), valueStyle: Style = .plain, marker: String = " ") {
            self.label = label
            self.value = value
            self.scale = scale
            self.valueText = valueText
            self.labelStyle = labelStyle
            self.barStyle = barStyle
            self.valueStyle = valueStyle
            self.marker = marker
        }
    }

    public enum Line: Sendable {
        /// A group's title across the whole width.
        case heading(String, Style)
        case bar(Row)
        /// A row listed but not drawn on the scale: its marker and label, then `valueText` as the reason.
        case setApart(Row)
    }

    /// How wide the label column may grow.
    public enum LabelWidth: Sendable {
        /// Always this many columns (years in the trend).
        case fixed(Int)
        /// The widest label, at most `cap` columns and `numerator`/`denominator` of the width.
        case fit(cap: Int, numerator: Int, denominator: Int)
        /// The widest label, in what the value column and a bar of at least four cells leave.
        case besideValue
    }

    public var lines: [Line]
    /// The first line shown.
    public var first: Int
    public var labelWidth: LabelWidth
    /// The value column takes at most this share of the width (1/`valueShare`).
    public var valueShare: Int
    /// The extra column takes at most this share of the width; nil draws none.
    public var extraShare: Int?
    /// The style of the ▲ ▼ marks.
    public var markStyle: Style

    public init(lines: [Line], first: Int = 0, labelWidth: LabelWidth, valueShare: Int, extraShare: Int? = nil,
                markStyle: Style = Style(dim: true, role: .muted)) {
        self.lines = lines
        self.first = first
        self.labelWidth = labelWidth
        self.valueShare = valueShare
        self.extraShare = extraShare
        self.markStyle = markStyle
    }

    /// The column widths for `width`, measured over the lines shown.
    public struct Columns: Sendable, Equatable {
        public var label: Int
        public var value: Int
        public var extra: Int
    }

    public func columns(width: Int, shown: ArraySlice<Line>) -> Columns {
        let rows = shown.compactMap { line -> Row? in
            if case .bar(let row) = line { return row }
            return nil
        }
        let allRows = shown.compactMap { line -> Row? in
            switch line {
            case .bar(let row), .setApart(let row): return row
            case .heading: return nil
            }
        }
        let value = min(rows.map { DisplayWidth.of($0.valueText) }.max() ?? 8, width / max(1, valueShare))
        let extra = extraShare.map { min(rows.map { DisplayWidth.of($0.extra) }.max() ?? 0, width / max(1, $0)) } ?? 0
        let widest = allRows.map { DisplayWidth.of($0.label) }.max()
        let label: Int
        switch labelWidth {
        case .fixed(let columns):
            label = columns
        case .fit(let cap, let numerator, let denominator):
            label = min(widest ?? 10, cap, width * numerator / max(1, denominator))
        case .besideValue:
            label = max(1, min(widest ?? 8, width - value - 7))
        }
        return Columns(label: label, value: value, extra: extra)
    }

    /// Draws the lines from `first` in `area`; the ▲ ▼ marks go on `frame`'s border when given.
    public func draw(_ grid: inout Grid, in area: Rect, frame: Rect? = nil) {
        guard area.width > 0, area.height > 0 else { return }
        let start = min(max(0, first), max(0, lines.count - 1))
        let shown = lines.isEmpty ? [] : lines[start...].prefix(area.height)
        let columns = columns(width: area.width, shown: shown)
        for (offset, line) in shown.enumerated() {
            let y = area.y + offset
            switch line {
            case .heading(let title, let style):
                grid.put(title, x: area.x, y: y, width: area.width, style: style)
            case .bar(let row):
                Self.drawRow(row, in: &grid, x: area.x, y: y, width: area.width, columns: columns)
            case .setApart(let row):
                // Its name, then why it is not drawn, in the rest of the line.
                grid.put(row.marker, x: area.x, y: y, width: 1, style: row.labelStyle)
                let x = grid.put(row.label, x: area.x + 1, y: y, style: row.labelStyle, clip: area)
                grid.put(row.valueText, x: x + 1, y: y, width: max(0, area.maxX - x - 1), style: row.valueStyle)
            }
        }
        guard let frame else { return }
        if start > 0 { grid.put("▲", x: frame.maxX - 2, y: frame.y, style: markStyle) }
        if start + area.height < lines.count { grid.put("▼", x: frame.maxX - 2, y: frame.maxY - 1, style: markStyle) }
    }

    static let partials = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// The bar for `value` on a 0…`scale` axis `width` cells long. A value
    /// above zero always shows at least ▏, so it is not mistaken for none.
    public static func bar(_ value: Double, scale: Double, width: Int) -> String {
        guard width > 0, scale > 0, value.isFinite, value != 0 else { return "" }
        let fraction = min(abs(value) / scale, 1)
        let eighths = max(1, Int((fraction * Double(width * 8)).rounded()))
        return String(repeating: "█", count: eighths / 8) + partials[eighths % 8]
    }

    /// One row at line `y`: marker, label, bar, value, and the extra column when it has width.
    static func drawRow(_ row: Row, in grid: inout Grid, x: Int, y: Int, width fullWidth: Int, columns: Columns) {
        let width = columns.extra > 0 ? fullWidth - columns.extra - 1 : fullWidth
        guard width > 0 else { return }
        if columns.extra > 0 {
            grid.put(row.extra, x: x + width + 1, y: y, width: columns.extra, style: row.extraStyle, alignRight: true)
        }
        grid.put(row.marker, x: x, y: y, width: 1, style: row.labelStyle)
        let labelColumns = min(columns.label, max(0, width - 1))
        grid.put(row.label, x: x + 1, y: y, width: labelColumns, style: row.labelStyle)
        let barX = x + 1 + labelColumns + 1
        let valueColumns = min(columns.value, max(0, width - labelColumns - 2))
        let barWidth = width - labelColumns - valueColumns - 3
        if let value = row.value, barWidth > 0 {
            grid.put(bar(value, scale: row.scale, width: barWidth), x: barX, y: y, style: row.barStyle,
                     clip: Rect(x: barX, y: y, width: barWidth, height: 1))
        }
        grid.put(row.valueText, x: x + width - valueColumns, y: y, width: valueColumns, style: row.valueStyle, alignRight: true)
    }
}

/// A value as every view writes it: → before a projection, then one mark
/// column: ≠ sources disagree, ! a statement differs from the official
/// figure, ≈ approximate, else a space.
public enum ValueMarks {
    public static func text(_ formatted: String, approximate: Bool, projection: Bool, disagreement: Bool, claimed: Bool = false) -> String {
        let mark = disagreement ? "≠" : claimed ? "!" : approximate ? "≈" : " "
        return (projection ? "→" : "") + formatted + mark
    }

    /// An observation's value in `unit`, with its marks.
    public static func text(
        _ observation: Observation, unit: Unit, language: Language, disagreement: Bool, claimed: Bool = false
    ) -> String {
        text(ValueFormatter.format(observation.value, unit: unit, language: language), approximate: observation.approximate,
             projection: observation.projection, disagreement: disagreement, claimed: claimed)
    }
}
