/// The selected year's indicators as bars, grouped by unit: each group has
/// its own header and its own scale (shares on 0–100), so tenge and percent
/// never share an axis. The list scrolls to keep the selection in view.
public enum IndicatorChartPane {
    public static func draw(_ grid: inout Grid, _ rect: Rect, state: DashboardState, model: DashboardModel, focused: Bool) {
        let text = InterfaceText.for(state.language)
        let scope = state.showAll ? "\(state.year) · \(text.allIndicators)" : "\(state.year)"
        PaneFrame.draw(&grid, rect, title: "\(text.indicators) · \(scope)", focused: focused)
        let inner = rect.inner
        guard inner.width > 4, inner.height > 0 else { return }
        let language = state.language
        let selectedIndex = model.order.indices.contains(state.selection) ? model.order[state.selection] : nil

        let rows = model.chartRows(year: state.year, selection: state.selection, showAll: state.showAll).rows
        let first = min(state.chartScroll, max(0, rows.count - 1))
        let shown = Array(rows[first...].prefix(inner.height))
        let chartRows: [BarChart.Row?] = shown.map { row in
            guard case .indicator(let index) = row else { return nil }
            let indicator = model.dataset.indicators[index]
            return self.row(for: indicator, state: state, scale: model.scale[indicator.unit] ?? 0,
                            selected: index == selectedIndex, focused: focused)
        }
        // Columns fit what is shown, measured by display width; bars get the rest.
        let labelWidth = min(chartRows.compactMap { $0.map { DisplayWidth.of($0.label) } }.max() ?? 10, 30, inner.width * 2 / 5)
        let valueWidth = min(chartRows.compactMap { $0.map { DisplayWidth.of($0.valueText) } }.max() ?? 8, inner.width / 3)
        for (offset, row) in shown.enumerated() {
            let y = inner.y + offset
            if case .group(let unit) = row {
                let title = text.groupTitle(unit, scale: model.scale[unit] ?? 0, language: language)
                grid.put(title, x: inner.x, y: y, width: inner.width, style: Style(bold: true, dim: true, role: .muted))
            } else if let chartRow = chartRows[offset] {
                BarChart.drawRow(chartRow, in: &grid, x: inner.x, y: y, width: inner.width,
                                 labelWidth: labelWidth, valueWidth: valueWidth)
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
            var value = ValueFormatter.format(observation.value, unit: indicator.unit, language: language)
            value += indicator.sourcesDisagree(in: state.year) ? "≠" : observation.approximate ? "≈" : " "
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
}
