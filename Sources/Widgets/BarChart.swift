import Indicators

/// Horizontal bars from a zero axis, drawn from a list of lines: headings,
/// bars and rows set apart (a name and a reason instead of a bar).
///
/// A bar's length is |value| on its row's `Axis`. Positive values go right in
/// eighth-cell steps (▏▎▍▌▋▊▉█); negative values go left from a drawn zero
/// axis (│). Unicode has only two right-aligned partial blocks, ▕ (one
/// eighth) and ▐ (a half), so the left side steps by an eighth, a half and a
/// whole cell: a remainder of one or two eighths draws ▕, three to five ▐,
/// six or seven a full cell. A value beyond its axis fills the side and ends
/// in » (or starts with «): clipped, the value column says how far.
///
/// The chart measures its columns (label, bar, value, and an extra column
/// such as a change) over all its lines, not only the ones shown, so
/// scrolling never changes a bar. Values and the extra column are never
/// cut: labels give way first, with an ellipsis, and two labels that would
/// read the same once shortened keep their differing ends. It scrolls from
/// `first` and marks with ▲ ▼ on its frame where the list goes on.
public struct BarChart: Sendable {
    /// The values a row's bar column spans: `low` (zero or below) at its left
    /// end, `high` (zero or above) at its right end. Zero sits at low's share
    /// of the column; rows of one group share an axis, or axes with the same
    /// share (each indicator against its own range).
    public struct Axis: Sendable, Equatable {
        public var low: Double
        public var high: Double

        public init(low: Double, high: Double) {
            self.low = low.isFinite ? min(0, low) : 0
            self.high = high.isFinite ? max(0, high) : 0
        }

        /// 0…`high`: every bar goes right.
        public static func upTo(_ high: Double) -> Axis { Axis(low: 0, high: high) }
        /// −`magnitude`…+`magnitude`: zero in the middle.
        public static func symmetric(_ magnitude: Double) -> Axis { Axis(low: -magnitude, high: magnitude) }

        /// Whether a zero axis is drawn inside the column (some value can go left).
        public var hasNegativeSide: Bool { low < 0 }
    }

    public struct Row: Sendable {
        public var label: String
        /// Nil draws no bar (no data, or a unit that has none, like ranks).
        public var value: Double?
        public var axis: Axis
        public var valueText: String
        public var labelStyle: Style
        public var barStyle: Style
        public var valueStyle: Style
        /// A one-column mark before the label: "▸" for the selection.
        public var marker: String
        /// A last column after the value: the change in compare mode.
        public var extra = ""
        public var extraStyle: Style = .plain

        public init(label: String, value: Double?, axis: Axis, valueText: String, labelStyle: Style = .plain,
                    barStyle: Style = Style(role: .bar), valueStyle: Style = .plain, marker: String = " ") {
            self.label = label
            self.value = value
            self.axis = axis
            self.valueText = valueText
            self.labelStyle = labelStyle
            self.barStyle = barStyle
            self.valueStyle = valueStyle
            self.marker = marker
        }
    }

    public enum Line: Sendable {
        /// A group's title across the whole width: the first wording that fits (longest first).
        case heading([String], Style)
        case bar(Row)
        /// A row listed but not drawn on the scale: its marker and label, then `valueText` as the reason.
        case setApart(Row)
    }

    /// How wide the label column may grow.
    public enum LabelWidth: Sendable {
        /// Always this many columns (years), unless the values need the room.
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
    /// The style of the ▲ ▼ marks.
    public var markStyle: Style
    /// The style of the zero axis.
    public var axisStyle: Style

    /// The fewest cells a bar column keeps before labels give way.
    public static let minimumBar = 4

    public init(lines: [Line], first: Int = 0, labelWidth: LabelWidth,
                markStyle: Style = Style(dim: true, role: .muted), axisStyle: Style = Style(dim: true, role: .muted)) {
        self.lines = lines
        self.first = first
        self.labelWidth = labelWidth
        self.markStyle = markStyle
        self.axisStyle = axisStyle
    }

    /// The column widths for `width`, measured over all the lines (not only
    /// those shown), so that scrolling never moves a column.
    public struct Columns: Sendable, Equatable {
        public var label: Int
        public var bar: Int
        public var value: Int
        public var extra: Int
    }

    public func columns(width: Int) -> Columns {
        var value = 0
        var extra = 0
        var widest = 0
        for line in lines {
            switch line {
            case .bar(let row):
                value = max(value, DisplayWidth.of(row.valueText))
                extra = max(extra, DisplayWidth.of(row.extra))
                widest = max(widest, DisplayWidth.of(row.label))
            case .setApart(let row):
                widest = max(widest, DisplayWidth.of(row.label))
            case .heading:
                break
            }
        }
        let wanted: Int
        switch labelWidth {
        case .fixed(let columns): wanted = columns
        case .fit(let cap, let numerator, let denominator): wanted = min(widest, cap, width * numerator / max(1, denominator))
        case .besideValue: wanted = widest
        }
        // marker, label, space, bar, space, value, then a space and the extra column when any row has one.
        let fixed = 3 + value + (extra > 0 ? extra + 1 : 0)
        let label = max(0, min(wanted, width - fixed - Self.minimumBar))
        return Columns(label: label, bar: max(0, width - fixed - label), value: value, extra: extra)
    }

    /// Draws the lines from `first` in `area`; the ▲ ▼ marks go on `frame`'s border when given.
    public func draw(_ grid: inout Grid, in area: Rect, frame: Rect? = nil) {
        guard area.width > 0, area.height > 0 else { return }
        let start = min(max(0, first), max(0, lines.count - 1))
        let columns = columns(width: area.width)
        let labels = Self.distinct(lines.map { line -> String? in
            switch line {
            case .bar(let row): return row.label
            case .setApart, .heading: return nil
            }
        }, width: columns.label)
        for offset in 0..<min(area.height, max(0, lines.count - start)) {
            let index = start + offset
            let y = area.y + offset
            switch lines[index] {
            case .heading(let titles, let style):
                let title = titles.first { DisplayWidth.of($0) <= area.width } ?? titles.last ?? ""
                grid.put(title, x: area.x, y: y, width: area.width, style: style)
            case .bar(let row):
                drawRow(row, label: labels[index] ?? row.label, in: &grid, x: area.x, y: y, width: area.width, columns: columns)
            case .setApart(let row):
                // Its name, then why it is not drawn; the reason keeps its room, the name gives way.
                grid.put(row.marker, x: area.x, y: y, width: 1, style: row.labelStyle)
                let reason = DisplayWidth.of(row.valueText)
                let nameRoom = max(0, min(DisplayWidth.of(row.label), area.width - 2 - reason))
                grid.put(row.label, x: area.x + 1, y: y, width: nameRoom, style: row.labelStyle)
                let x = area.x + 1 + nameRoom + 1
                grid.put(row.valueText, x: x, y: y, width: max(0, area.maxX - x), style: row.valueStyle)
            }
        }
        guard let frame else { return }
        if start > 0 { grid.put("▲", x: frame.maxX - 2, y: frame.y, style: markStyle) }
        if start + area.height < lines.count { grid.put("▼", x: frame.maxX - 2, y: frame.maxY - 1, style: markStyle) }
    }

    /// One row at line `y`: marker, label, bar, value, and the extra column when the chart has one.
    func drawRow(_ row: Row, label: String, in grid: inout Grid, x: Int, y: Int, width: Int, columns: Columns) {
        grid.put(row.marker, x: x, y: y, width: 1, style: row.labelStyle)
        grid.put(label, x: x + 1, y: y, width: columns.label, style: row.labelStyle)
        let barX = x + 1 + columns.label + 1
        if let value = row.value, columns.bar > 0 {
            let clip = Rect(x: barX, y: y, width: columns.bar, height: 1)
            let split = Self.split(row.axis, width: columns.bar)
            if split.axis { grid.put("│", x: barX + split.left, y: y, style: axisStyle, clip: clip) }
            if value < 0 {
                let bar = Self.leftBar(-value, extent: -row.axis.low, cells: split.left)
                grid.put(bar, x: barX + split.left - DisplayWidth.of(bar), y: y, style: row.barStyle, clip: clip)
            } else if value > 0 {
                grid.put(Self.rightBar(value, extent: row.axis.high, cells: split.right), x: barX + split.left + (split.axis ? 1 : 0),
                         y: y, style: row.barStyle, clip: clip)
            }
        }
        let valueX = barX + columns.bar + 1
        grid.put(row.valueText, x: valueX, y: y, width: columns.value, style: row.valueStyle, alignRight: true)
        if columns.extra > 0 {
            grid.put(row.extra, x: valueX + columns.value + 1, y: y, width: columns.extra, style: row.extraStyle, alignRight: true)
        }
    }

    // MARK: - Bars

    static let rightPartials = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// How a bar column `width` cells wide is split for `axis`: cells left of
    /// zero, whether a zero axis cell is drawn between, cells right of it.
    public static func split(_ axis: Axis, width: Int) -> (left: Int, axis: Bool, right: Int) {
        guard width > 0 else { return (0, false, 0) }
        guard axis.hasNegativeSide else { return (0, false, width) }
        let usable = width - 1
        // Halved first: high − low overflows for values near ±1.8e308.
        let share = (-axis.low / 2) / (axis.high / 2 - axis.low / 2)
        let left = share.isFinite ? min(usable, max(0, Int((Double(usable) * share).rounded()))) : usable / 2
        return (left, true, usable - left)
    }

    /// The bar for a positive `value` on 0…`extent`, `cells` long at most. A
    /// value above zero always shows at least ▏; one beyond `extent` fills the
    /// cells and ends in ».
    public static func rightBar(_ value: Double, extent: Double, cells: Int) -> String {
        guard cells > 0, extent > 0, value.isFinite, value > 0 else { return "" }
        if value > extent * (1 + 1e-9) { return String(repeating: "█", count: cells - 1) + "»" }
        let eighths = min(cells * 8, max(1, Int((value / extent * Double(cells * 8)).rounded())))
        return String(repeating: "█", count: eighths / 8) + rightPartials[eighths % 8]
    }

    /// The bar for a negative value of magnitude `magnitude` on −`extent`…0,
    /// ending at the axis: ▕ and ▐ (the only right-aligned partial blocks)
    /// then full cells; at least ▕; beyond `extent` it starts with «.
    public static func leftBar(_ magnitude: Double, extent: Double, cells: Int) -> String {
        guard cells > 0, extent > 0, magnitude.isFinite, magnitude > 0 else { return "" }
        if magnitude > extent * (1 + 1e-9) { return "«" + String(repeating: "█", count: cells - 1) }
        let eighths = min(cells * 8, max(1, Int((magnitude / extent * Double(cells * 8)).rounded())))
        let whole = eighths / 8
        switch eighths % 8 {
        case 0: return String(repeating: "█", count: whole)
        case 1, 2: return "▕" + String(repeating: "█", count: whole)
        case 3, 4, 5: return "▐" + String(repeating: "█", count: whole)
        default: return String(repeating: "█", count: whole + 1)
        }
    }

    /// A bar's length in eighths of a cell, as drawn (« and » count as full cells).
    public static func eighths(of bar: String) -> Int {
        bar.reduce(0) { total, character in
            switch character {
            case "█", "«", "»": total + 8
            case "▐", "▌": total + 4
            case "▕", "▏": total + 1
            default: total + (rightPartials.firstIndex(of: String(character)) ?? 0)
            }
        }
    }

    // MARK: - Labels

    /// Labels shortened to `width` with an ellipsis; where two different
    /// labels would read the same, each keeps its start and its end
    /// ("Consumer…Dec/Dec", "Consumer…average"). Nil entries stay nil.
    public static func distinct(_ labels: [String?], width: Int) -> [String?] {
        var shortened = labels.map { $0.map { DisplayWidth.truncate($0, to: width) } }
        var originals: [String: Set<String>] = [:]
        for (label, short) in zip(labels, shortened) {
            if let label, let short, short != label { originals[short, default: []].insert(label) }
        }
        guard originals.values.contains(where: { $0.count > 1 }), width >= 5 else { return shortened }
        for index in labels.indices {
            guard let label = labels[index], let short = shortened[index], (originals[short]?.count ?? 0) > 1 else { continue }
            shortened[index] = headAndTail(label, width: width)
        }
        return shortened
    }

    /// The start and the end of `text` around an ellipsis, `width` columns in all: half for the start.
    static func headAndTail(_ text: String, width: Int) -> String {
        let characters = Array(text)
        let headRoom = max(1, width / 2)
        var head = ""
        var used = 0
        for character in characters {
            let w = DisplayWidth.of(character)
            if used + w > headRoom { break }
            head.append(character)
            used += w
        }
        var tail: [Character] = []
        var tailUsed = 0
        for character in characters.reversed() {
            let w = DisplayWidth.of(character)
            if tailUsed + w > width - used - 1 { break }
            tail.insert(character, at: 0)
            tailUsed += w
        }
        return head.trimmingSpaces + "…" + String(tail).drop { $0 == " " }
    }
}

extension String {
    var trimmingSpaces: String {
        var copy = self
        while copy.last == " " || copy.last == "," { copy.removeLast() }
        return copy
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
