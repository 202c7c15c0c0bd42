import Indicators
import Widgets

/// The selected year's indicators as bars from zero, grouped by unit: each
/// group's title names its scale (`GroupScale`), so tenge and percent never
/// share an axis and every bar can be explained. In compare mode each
/// indicator has a second, dimmed bar for the base year and the change
/// beside it, marked ▲ or ▼ when it is better or worse news. The list
/// scrolls to keep the selection in view.
public enum IndicatorChartPane {
    public static func draw(_ grid: inout Grid, _ rect: Rect, state: DashboardState, model: DashboardModel, focused: Bool) {
        let text = InterfaceText.for(state.language)
        var scope = state.compareBase.map { "\($0) → \(state.year)" } ?? "\(state.year)"
        if state.showAll { scope += " · \(text.allIndicators)" }
        PaneFrame.draw(&grid, rect, title: "\(text.indicators) · \(scope)" + ChartTitle.suffix(state: state, model: model), focused: focused)
        let inner = rect.inner
        guard inner.width > 4, inner.height > 0 else { return }
        chart(state: state, model: model, focused: focused).draw(&grid, in: inner, frame: rect)
    }

    /// The chart's value: every row of the list (the chart measures its
    /// columns over all of them), each group under the title of its scale.
    static func chart(state: DashboardState, model: DashboardModel, focused: Bool) -> BarChart {
        let text = InterfaceText.for(state.language)
        let language = state.language
        let selectedIndex = model.order.indices.contains(state.selection) ? model.order[state.selection] : nil
        let rows = model.chartRows(for: state).rows
        // Each unit's scale, from the indicators its group lists.
        var members: [Indicators.Unit: [Int]] = [:]
        for case .indicator(let index) in rows { members[model.dataset.indicators[index].unit, default: []].append(index) }
        var scales: [Indicators.Unit: GroupScale] = [:]
        for (unit, indices) in members { scales[unit] = GroupScale.of(unit, indices: indices, model: model, state: state) }
        let lines: [BarChart.Line] = rows.map { row in
            switch row {
            case .group(let unit):
                return .heading((scales[unit] ?? .ranks).titles(unit, text: text, language: language), Style(bold: true, dim: true, role: .muted))
            case .indicator(let index):
                let indicator = model.dataset.indicators[index]
                let axis = (scales[indicator.unit] ?? .ranks).axis(for: index, model: model)
                let make = { (selected: Bool) -> BarChart.Row in
                    var chartRow = self.row(for: indicator, state: state, axis: axis, selected: selected, focused: focused)
                    if let base = state.compareBase {
                        let comparison = YearComparison(indicator: indicator, year: state.year, base: base)
                        if let change = comparison.change, let verdict = comparison.verdict {
                            chartRow.extra = VerdictMark.text(ValueFormatter.format(change, language: language), verdict)
                            chartRow.extraStyle = Style(bold: true, role: HeadlineTile.role(of: verdict))
                        }
                    }
                    return chartRow
                }
                // The selected row is made afresh (its style follows the focus); the others come from the cache.
                guard index != selectedIndex else { return .bar(make(true)) }
                var chartRow = model.chartRowCache.row(key(index, state: state, isBaseRow: false)) { make(false) }
                chartRow.axis = axis
                return .bar(chartRow)
            case .base(let index):
                let indicator = model.dataset.indicators[index]
                let axis = (scales[indicator.unit] ?? .ranks).axis(for: index, model: model)
                var chartRow = model.chartRowCache.row(key(index, state: state, isBaseRow: true)) {
                    baseRow(for: indicator, state: state, axis: axis)
                }
                chartRow.axis = axis
                return .bar(chartRow)
            }
        }
        // Labels take up to two fifths of the width (a third in compare mode, which adds the change column).
        return BarChart(lines: lines, first: state.chartScroll,
                        labelWidth: .fit(cap: 30, numerator: state.compareBase == nil ? 2 : 1, denominator: state.compareBase == nil ? 5 : 3))
    }

    static func key(_ index: Int, state: DashboardState, isBaseRow: Bool) -> ChartRowCache.Key {
        ChartRowCache.Key(index: index, year: state.year, base: state.compareBase, language: state.language, isBaseRow: isBaseRow)
    }

    static func row(for indicator: Indicator, state: DashboardState, axis: BarChart.Axis, selected: Bool, focused: Bool) -> BarChart.Row {
        let language = state.language
        let name = indicator.displayName(in: language)
        var labelStyle: Style = selected ? (focused ? .selected : Style(bold: true, underline: true)) : .plain
        let marker = selected ? "▸" : " "
        let hasBar = indicator.unit != .rank
        if let observation = indicator.shown(in: state.year) {
            let value = ValueMarks.text(observation, unit: indicator.unit, language: language,
                                        disagreement: indicator.sourcesDisagree(in: state.year),
                                        claimed: indicator.claimsDiffer(in: state.year))
            return BarChart.Row(label: name, value: hasBar ? observation.value : nil, axis: axis, valueText: value,
                                labelStyle: labelStyle, barStyle: Style(role: .bar), marker: marker)
        }
        if let projection = indicator.projection(in: state.year) {
            // A projection keeps its → but no other mark.
            let value = ValueMarks.text(ValueFormatter.format(projection.value, unit: indicator.unit, language: language),
                                        approximate: false, projection: true, disagreement: false)
            return BarChart.Row(label: name, value: hasBar ? projection.value : nil, axis: axis, valueText: value,
                                labelStyle: labelStyle, barStyle: Style(dim: true, role: .projection),
                                valueStyle: Style(dim: true, role: .projection), marker: marker)
        }
        if let part = indicator.partYear(in: state.year).first {
            // Part of the year only: the value with its months, no bar beside the years' bars.
            let value = ValueMarks.text(part, unit: indicator.unit, language: language, disagreement: false,
                                        claimed: indicator.claimsDiffer(in: state.year))
            return BarChart.Row(label: name, value: nil, axis: axis,
                                valueText: part.period.shortLabel(language: language) + " " + value,
                                labelStyle: labelStyle, valueStyle: Style(dim: true), marker: marker)
        }
        if !selected { labelStyle = .dim }
        return BarChart.Row(label: name, value: nil, axis: axis, valueText: "— ", labelStyle: labelStyle,
                            valueStyle: .dim, marker: marker)
    }

    /// The base year's row under an indicator in compare mode: the year as
    /// its label, a dimmed bar, the value dimmed.
    static func baseRow(for indicator: Indicator, state: DashboardState, axis: BarChart.Axis) -> BarChart.Row {
        let label = "  " + (state.compareBase.map(String.init) ?? "")
        let hasBar = indicator.unit != .rank
        guard let base = state.compareBase,
              let observation = indicator.shown(in: base) ?? indicator.projection(in: base) else {
            return BarChart.Row(label: label, value: nil, axis: axis, valueText: "— ", labelStyle: .dim, valueStyle: .dim)
        }
        // A projection keeps its → but no mark, as in the year's own rows.
        let value = observation.projection
            ? ValueMarks.text(ValueFormatter.format(observation.value, unit: indicator.unit, language: state.language),
                              approximate: false, projection: true, disagreement: false)
            : ValueMarks.text(observation, unit: indicator.unit, language: state.language,
                              disagreement: indicator.sourcesDisagree(in: base))
        return BarChart.Row(label: label, value: hasBar ? observation.value : nil, axis: axis, valueText: value,
                            labelStyle: .dim, barStyle: Style(dim: true, role: .barBase), valueStyle: .dim)
    }
}
