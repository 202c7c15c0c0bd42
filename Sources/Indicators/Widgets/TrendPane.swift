/// The selected indicator across all its years, one bar a year on the
/// indicator's own scale, the selected year marked, projections dimmed and
/// marked →, with the minimum and maximum measured on the last line.
public enum TrendPane {
    public static func draw(_ grid: inout Grid, _ rect: Rect, state: DashboardState, model: DashboardModel, focused: Bool) {
        let text = InterfaceText.for(state.language)
        let indicator = model.indicator(atPosition: state.selection)
        let name = indicator?.displayName(in: state.language) ?? ""
        PaneFrame.draw(&grid, rect, title: "\(text.trend) · \(name)", focused: focused)
        let inner = rect.inner
        guard let indicator, inner.width > 8, inner.height > 0 else { return }
        let language = state.language
        let series = indicator.series()
        let measured = series.filter { !$0.observation.projection }
        // Minimum and maximum: two lines when the years leave room, else one.
        let summaryLines = measured.count < 2 || inner.height < 3 ? 0 : (series.count + 2 <= inner.height ? 2 : 1)
        let room = inner.height - summaryLines
        guard room > 0 else { return }

        // A window of years around the selected one when they do not all fit.
        let selected = series.lastIndex { $0.year <= state.year } ?? 0
        let first = series.count > room ? min(max(0, selected - room / 2), series.count - room) : 0
        let scale = series.map { abs($0.value) }.max() ?? 0
        let hasBar = indicator.unit != .rank
        let rows = series[first...].prefix(room).map { point in
            let isSelected = point.year == state.year
            var value = ValueFormatter.format(point.value, unit: indicator.unit, language: language)
            if point.observation.projection { value = "→" + value }
            value += point.disagreement ? "≠" : point.observation.approximate ? "≈" : " "
            let projection = point.observation.projection
            return BarChart.Row(
                label: String(point.year), value: hasBar ? point.value : nil, scale: scale, valueText: value,
                labelStyle: isSelected ? .selected : (projection ? .dim : .plain),
                barStyle: projection ? Style(dim: true, role: .projection) : Style(role: isSelected ? .accent : .bar),
                valueStyle: projection ? Style(dim: true, role: .projection) : (isSelected ? .bold : .plain),
                marker: isSelected ? "▸" : " ")
        }
        let valueWidth = min(rows.map { DisplayWidth.of($0.valueText) }.max() ?? 8, inner.width / 2)
        for (offset, row) in rows.enumerated() {
            BarChart.drawRow(row, in: &grid, x: inner.x, y: inner.y + offset, width: inner.width, labelWidth: 4, valueWidth: valueWidth)
        }
        if first > 0 { grid.put("▲", x: rect.maxX - 2, y: rect.y, style: Style(dim: true, role: .muted)) }
        if first + room < series.count { grid.put("▼", x: rect.maxX - 2, y: rect.maxY - 1, style: Style(dim: true, role: .muted)) }

        if summaryLines > 0, let low = measured.min(by: { $0.value < $1.value }), let high = measured.max(by: { $0.value < $1.value }) {
            let lowText = "\(text.minimum) \(ValueFormatter.format(low.value, unit: indicator.unit, language: language)) (\(low.year))"
            let highText = "\(text.maximum) \(ValueFormatter.format(high.value, unit: indicator.unit, language: language)) (\(high.year))"
            let lines = summaryLines == 2 ? [lowText, highText]
                : [DisplayWidth.of(lowText + "  " + highText) <= inner.width ? lowText + "  " + highText
                   : "\(ValueFormatter.format(low.value, unit: indicator.unit, language: language)) – \(ValueFormatter.format(high.value, unit: indicator.unit, language: language))"]
            for (offset, line) in lines.enumerated() {
                grid.put(line, x: inner.x, y: inner.maxY - lines.count + offset, width: inner.width, style: .dim)
            }
        }
    }
}
