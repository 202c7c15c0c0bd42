import Indicators

/// The selected year's indicators as bars, grouped by unit: each group has
/// its own header and its own scale (shares on 0–100), so tenge and percent
/// never share an axis. In compare mode each indicator has a second, dimmed
/// bar for the base year and the change beside it. The list scrolls to keep
/// the selection in view.
public enum IndicatorChartPane {
    public static func draw(_ grid: inout Grid, _ rect: Rect, state: DashboardState, model: DashboardModel, focused: Bool) {
        let text = InterfaceText.for(state.language)
        var scope = state.compareBase.map { "\($0) → \(state.year)" } ?? "\(state.year)"
        if state.showAll { scope += " · \(text.allIndicators)" }
        PaneFrame.draw(&grid, rect, title: "\(text.indicators) · \(scope)", focused: focused)
        let inner = rect.inner
        guard inner.width > 4, inner.height > 0 else { return }
        let language = state.language
        let selectedIndex = model.order.indices.contains(state.selection) ? model.order[state.selection] : nil

        let rows = model.chartRows(for: state).rows
        let first = min(state.chartScroll, max(0, rows.count - 1))
        let shown = Array(rows[first...].prefix(inner.height))
        let chartRows: [BarChart.Row?] = shown.map { row in
            switch row {
            case .group:
                return nil
            case .indicator(let index):
                let indicator = model.dataset.indicators[index]
                let scale = model.scale[indicator.unit] ?? 0
                var chartRow = self.row(for: indicator, state: state, scale: scale, selected: index == selectedIndex, focused: focused)
                if let base = state.compareBase {
                    let comparison = YearComparison(indicator: indicator, year: state.year, base: base)
                    if let change = comparison.change, let verdict = comparison.verdict {
                        chartRow.extra = ValueFormatter.format(change, language: language)
                        chartRow.extraStyle = Style(bold: true, role: HeadlineTile.role(of: verdict))
                    }
                }
                return chartRow
            case .base(let index):
                let indicator = model.dataset.indicators[index]
                return baseRow(for: indicator, state: state, scale: model.scale[indicator.unit] ?? 0)
            }
        }
        // Columns fit what is shown, measured by display width; bars get the rest.
        let labelLimit = state.compareBase == nil ? inner.width * 2 / 5 : inner.width / 3
        let labelWidth = min(chartRows.compactMap { $0.map { DisplayWidth.of($0.label) } }.max() ?? 10, 30, labelLimit)
        let valueWidth = min(chartRows.compactMap { $0.map { DisplayWidth.of($0.valueText) } }.max() ?? 8, inner.width / 3)
        let extraWidth = state.compareBase == nil ? 0
            : min(chartRows.compactMap { $0.map { DisplayWidth.of($0.extra) } }.max() ?? 0, inner.width / 4)
        for (offset, row) in shown.enumerated() {
            let y = inner.y + offset
            if case .group(let unit) = row {
                let title = text.groupTitle(unit, scale: model.scale[unit] ?? 0, language: language)
                grid.put(title, x: inner.x, y: y, width: inner.width, style: Style(bold: true, dim: true, role: .muted))
            } else if let chartRow = chartRows[offset] {
                BarChart.drawRow(chartRow, in: &grid, x: inner.x, y: y, width: inner.width,
                                 labelWidth: labelWidth, valueWidth: valueWidth, extraWidth: extraWidth)
            }
        }
        // Where the list continues beyond the frame.
        if first > 0 { grid.put("▲", x: rect.maxX - 2, y: rect.y, style: Style(dim: true, role: .muted)) }
        if first + inner.height < rows.count { grid.put("▼", x: rect.maxX - 2, y: rect.maxY - 1, style: Style(dim: true, role: .muted)) }
    }

    static func row(for indicator: Indicator, state: DashboardState, scale: Double, selected: Bool, focused: Bool) -> BarChart.Row {
        let language = state.language
        let name = indicator.displayName(in: language)
        var labelStyle: Style = selected ? (focused ? .selected : Style(bold: true, underline: true)) : .plain
        let marker = selected ? "▸" : " "
        let hasBar = indicator.unit != .rank
        if let observation = indicator.shown(in: state.year) {
            let value = BarChart.valueText(observation, unit: indicator.unit, language: language,
                                           disagreement: indicator.sourcesDisagree(in: state.year))
            let role: ColorRole = observation.value < 0 ? .worse : .bar
            return BarChart.Row(label: name, value: hasBar ? observation.value : nil, scale: scale, valueText: value,
                                labelStyle: labelStyle, barStyle: Style(role: role), marker: marker)
        }
        if let projection = indicator.projection(in: state.year) {
            let value = "→" + ValueFormatter.format(projection.value, unit: indicator.unit, language: language) + " "
            return BarChart.Row(label: name, value: hasBar ? projection.value : nil, scale: scale, valueText: value,
                                labelStyle: labelStyle, barStyle: Style(dim: true, role: .projection),
                                valueStyle: Style(dim: true, role: .projection), marker: marker)
        }
        if !selected { labelStyle = .dim }
        return BarChart.Row(label: name, value: nil, scale: scale, valueText: "— ", labelStyle: labelStyle,
                            valueStyle: .dim, marker: marker)
    }

    /// The base year's row under an indicator in compare mode: the year as
    /// its label, a dimmed bar, the value dimmed.
    static func baseRow(for indicator: Indicator, state: DashboardState, scale: Double) -> BarChart.Row {
        let label = "  " + (state.compareBase.map(String.init) ?? "")
        let hasBar = indicator.unit != .rank
        guard let base = state.compareBase,
              let observation = indicator.shown(in: base) ?? indicator.projection(in: base) else {
            return BarChart.Row(label: label, value: nil, scale: scale, valueText: "— ", labelStyle: .dim, valueStyle: .dim)
        }
        // A projection keeps its → but no mark, as in the year's own rows.
        let value = observation.projection
            ? "→" + ValueFormatter.format(observation.value, unit: indicator.unit, language: state.language) + " "
            : BarChart.valueText(observation, unit: indicator.unit, language: state.language,
                                 disagreement: indicator.sourcesDisagree(in: base))
        return BarChart.Row(label: label, value: hasBar ? observation.value : nil, scale: scale, valueText: value,
                            labelStyle: .dim, barStyle: Style(dim: true, role: .barBase), valueStyle: .dim)
    }
}
