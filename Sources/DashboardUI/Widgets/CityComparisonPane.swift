import Indicators

/// The selected indicator in the selected year across the loaded cities:
/// ranked best first, bars on one scale, the shown city marked ▸. Cities
/// that measure it in another unit, or not that year, are listed under the
/// ranked ones with the reason, never drawn on the same scale.
public enum CityComparisonPane {
    public static func draw(_ grid: inout Grid, _ rect: Rect, state: DashboardState, data: DashboardData) {
        let text = InterfaceText.for(state.language)
        let language = state.language
        let model = data.model(for: state)
        let indicator = model.indicator(atPosition: state.selection)
        // The title names the unit compared, which the cities set apart do not share.
        let unit = indicator.map { " · " + text.unitName($0.unit) } ?? ""
        PaneFrame.draw(&grid, rect, title: "\(text.cities) · \(state.year)\(unit)", focused: false)
        let inner = rect.inner
        guard inner.width > 8, inner.height > 0, let indicator else { return }
        let comparison = data.comparison(of: indicator, year: state.year)
        let hasBar = comparison.unit != .rank
        // Each row, and whether it is set apart (a reason instead of a bar).
        let lines: [(row: BarChart.Row, setApart: Bool)] = comparison.entries.map { entry in
            let city = data.cities[entry.city].dataset.city.displayName(in: language)
            let isShown = entry.city == state.city
            let labelStyle: Style = isShown ? Style(bold: true) : .plain
            let marker = isShown ? "▸" : " "
            switch entry.standing {
            case .ranked(let place, let value, let approximate):
                let valueText = ValueFormatter.format(value, unit: comparison.unit, language: language) + (approximate ? "≈" : " ")
                return (BarChart.Row(label: "\(place). \(city)", value: hasBar ? value : nil, scale: comparison.scale,
                                     valueText: valueText, labelStyle: labelStyle,
                                     barStyle: Style(role: isShown ? .accent : .bar), marker: marker), false)
            case .otherUnit(let unit):
                return setApart(city, reason: "\(text.otherUnit): \(text.unitName(unit))", style: Style(role: .warning), marker: marker)
            case .noData:
                return setApart(city, reason: text.noData, style: .dim, marker: marker)
            case .missing:
                return setApart(city, reason: text.notInCity, style: .dim, marker: marker)
            }
        }
        // Values are never cut; names get what is left beside a bar of at least four cells.
        let valueWidth = min(lines.filter { !$0.setApart }.map { DisplayWidth.of($0.row.valueText) }.max() ?? 8, inner.width / 2)
        let labelWidth = max(1, min(lines.map { DisplayWidth.of($0.row.label) }.max() ?? 8, inner.width - valueWidth - 7))
        for (offset, line) in lines.prefix(inner.height).enumerated() {
            let y = inner.y + offset
            let row = line.row
            if line.setApart {
                // Its name, then why it is not compared, in the rest of the line.
                grid.put(row.marker, x: inner.x, y: y, width: 1, style: row.labelStyle)
                let x = grid.put(row.label, x: inner.x + 1, y: y, style: row.labelStyle, clip: inner)
                grid.put(row.valueText, x: x + 1, y: y, width: max(0, inner.maxX - x - 1), style: row.valueStyle)
            } else {
                BarChart.drawRow(row, in: &grid, x: inner.x, y: y, width: inner.width, labelWidth: labelWidth, valueWidth: valueWidth)
            }
        }
        if lines.count > inner.height {
            grid.put("▼", x: rect.maxX - 2, y: rect.maxY - 1, style: Style(dim: true, role: .muted))
        }
    }

    /// A city that is listed but not ranked: its name, dimmed, and the reason.
    private static func setApart(_ city: String, reason: String, style: Style, marker: String) -> (row: BarChart.Row, setApart: Bool) {
        (BarChart.Row(label: "   \(city)", value: nil, scale: 0, valueText: reason, labelStyle: .dim, valueStyle: style, marker: marker), true)
    }
}
