import Indicators
import Widgets

/// The selected indicator in the selected year across the loaded cities:
/// ranked best first, bars from zero on one axis (negative values to the
/// left of a drawn zero), the shown city marked ▸. Cities
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
        let find = FindText.for(language)
        var title = "\(text.cities) · \(state.year)\(unit)"
        if let search = state.search, search.target == .cities {
            title += " · " + find.listed(search.matches.count, of: data.cities.count)
        } else if state.order != .file {
            title += " · " + (find.orderNames[state.order] ?? "")
        }
        PaneFrame.draw(&grid, rect, title: title, focused: state.focus == .cities)
        let inner = rect.inner
        guard inner.width > 8, inner.height > 0, let indicator else { return }
        let comparison = data.comparison(of: indicator, year: state.year)
        let hasBar = comparison.unit != .rank
        // One axis for the ranked cities: shares on 0–100 %, else up to the largest magnitude,
        // with the zero inside the column when a value is negative (growth rates always: symmetric).
        let ranked = comparison.entries.compactMap { entry -> Double? in
            if case .ranked(_, let value, _) = entry.standing { return value }
            return nil
        }
        let negative = ranked.contains { $0 < 0 }
        let magnitude = comparison.unit == .percent ? 100 : comparison.scale
        let axis: BarChart.Axis = comparison.unit == .percentChange || (negative && ranked.contains { $0 > 0 })
            ? .symmetric(magnitude) : negative ? BarChart.Axis(low: -magnitude, high: 0) : .upTo(magnitude)
        let highlighted = state.search.flatMap { $0.target == .cities && $0.matches.indices.contains($0.current) ? $0.matches[$0.current] : nil }
        // Each row, and whether it is set apart (a reason instead of a bar).
        let lines: [BarChart.Line] = entries(of: indicator, state: state, data: data).map { entry in
            let city = data.cities[entry.city].dataset.city.displayName(in: language)
            let isShown = entry.city == state.city
            let labelStyle: Style = entry.city == highlighted ? .selected : isShown ? Style(bold: true) : .plain
            let marker = isShown ? "▸" : " "
            switch entry.standing {
            case .ranked(let place, let value, let approximate):
                let valueText = ValueFormatter.format(value, unit: comparison.unit, language: language) + (approximate ? "≈" : " ")
                return .bar(BarChart.Row(label: "\(place). \(city)", value: hasBar ? value : nil, axis: axis,
                                         valueText: valueText, labelStyle: labelStyle,
                                         barStyle: Style(role: isShown ? .accent : .bar), marker: marker))
            case .whole(let value, let approximate):
                let valueText = ValueFormatter.format(value, unit: comparison.unit, language: language) + (approximate ? " ≈" : "")
                return setApart(city, reason: "\(text.wholeCountry): \(valueText)", style: .dim, marker: marker)
            case .otherUnit(let unit):
                return setApart(city, reason: "\(text.otherUnit): \(text.unitName(unit))", style: Style(role: .warning), marker: marker)
            case .noData:
                return setApart(city, reason: text.noData, style: .dim, marker: marker)
            case .missing:
                return setApart(city, reason: text.notInCity, style: .dim, marker: marker)
            }
        }
        // Values are never cut; names get what is left beside a bar of at least four cells.
        BarChart(lines: lines, labelWidth: .besideValue).draw(&grid, in: inner, frame: rect)
    }

    /// The cities as listed: ranked on the indicator (best first, as the
    /// file's order lists the indicators), by value (largest first), by change
    /// or by name, the cities set apart after them; while the search line is
    /// on the cities, its matches, best first.
    static func entries(of indicator: Indicator, state: DashboardState, data: DashboardData) -> [CityComparison.Entry] {
        let all = data.comparison(of: indicator, year: state.year).entries
        if let search = state.search, search.target == .cities {
            return search.matches.compactMap { city in all.first { $0.city == city } }
        }
        let ranked = all.filter { if case .ranked = $0.standing { true } else { false } }
        let rest = all.filter { if case .ranked = $0.standing { false } else { true } }
        switch state.order {
        case .file:
            return all
        case .value:
            return ListOrdering.descending(ranked.map { entry in
                if case .ranked(_, let value, _) = entry.standing { return (key: entry, value: Optional(value)) }
                return (key: entry, value: nil)
            }) + rest
        case .change:
            return ListOrdering.descending(ranked.map { entry in
                (key: entry, value: data.cities[entry.city].indicator(id: indicator.id).flatMap {
                    ListOrdering.change(of: $0, in: state.year, base: state.compareBase)
                })
            }) + rest
        case .name:
            return ListOrdering.byName(ranked.map { (key: $0, name: data.cities[$0.city].dataset.city.displayName(in: state.language)) }) + rest
        }
    }

    /// A city that is listed but not ranked: its name, dimmed, and the reason.
    private static func setApart(_ city: String, reason: String, style: Style, marker: String) -> BarChart.Line {
        .setApart(BarChart.Row(label: "   \(city)", value: nil, axis: .upTo(0), valueText: reason, labelStyle: .dim, valueStyle: style, marker: marker))
    }
}
