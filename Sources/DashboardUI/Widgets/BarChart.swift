import Indicators

/// Horizontal bars in eighth-cell steps (▏▎▍▌▋▊▉█), a label column measured
/// by display width, and the value printed beside each bar. Every bar in one
/// call shares the scale its caller gives: the caller groups by unit.
public enum BarChart {
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

    static let partials = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// A value as a bar's value column shows it: → before a projection, then
    /// one mark column: ≠ sources disagree, ≈ approximate, else a space.
    public static func valueText(_ observation: Observation, unit: Indicators.Unit, language: Language, disagreement: Bool) -> String {
        let value = ValueFormatter.format(observation.value, unit: unit, language: language)
        let mark = disagreement ? "≠" : observation.approximate ? "≈" : " "
        return (observation.projection ? "→" : "") + value + mark
    }

    /// The bar for `value` on a 0…`scale` axis `width` cells long. A value
    /// above zero always shows at least ▏, so it is not mistaken for none.
    public static func bar(_ value: Double, scale: Double, width: Int) -> String {
        guard width > 0, scale > 0, value.isFinite, value != 0 else { return "" }
        let fraction = min(abs(value) / scale, 1)
        let eighths = max(1, Int((fraction * Double(width * 8)).rounded()))
        return String(repeating: "█", count: eighths / 8) + partials[eighths % 8]
    }

    /// Draws one row in `rect`'s line `y`: marker, label, bar, value, and
    /// the extra column when `extraWidth` is above zero.
    public static func drawRow(
        _ row: Row, in grid: inout Grid, x: Int, y: Int, width fullWidth: Int, labelWidth: Int, valueWidth: Int, extraWidth: Int = 0
    ) {
        let width = extraWidth > 0 ? fullWidth - extraWidth - 1 : fullWidth
        guard width > 0 else { return }
        if extraWidth > 0 {
            grid.put(row.extra, x: x + width + 1, y: y, width: extraWidth, style: row.extraStyle, alignRight: true)
        }
        grid.put(row.marker, x: x, y: y, width: 1, style: row.labelStyle)
        let labelColumns = min(labelWidth, max(0, width - 1))
        grid.put(row.label, x: x + 1, y: y, width: labelColumns, style: row.labelStyle)
        let barX = x + 1 + labelColumns + 1
        let valueColumns = min(valueWidth, max(0, width - labelColumns - 2))
        let barWidth = width - labelColumns - valueColumns - 3
        if let value = row.value, barWidth > 0 {
            grid.put(bar(value, scale: row.scale, width: barWidth), x: barX, y: y, style: row.barStyle,
                     clip: Rect(x: barX, y: y, width: barWidth, height: 1))
        }
        grid.put(row.valueText, x: x + width - valueColumns, y: y, width: valueColumns, style: row.valueStyle, alignRight: true)
    }
}
