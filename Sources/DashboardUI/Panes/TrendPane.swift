import Indicators
import Widgets

/// The selected indicator across all its years, one bar a year on the
/// indicator's own scale, the selected year marked, projections dimmed and
/// marked →, with the minimum and maximum measured on the last line. With
/// the cities overlaid (`o`), each year has a bar per city, numbered as in
/// the legend on the first line, all on one scale.
public enum TrendPane {
    public static func draw(_ grid: inout Grid, _ rect: Rect, state: DashboardState, data: DashboardData, focused: Bool) {
        let model = data.model(for: state)
        let text = InterfaceText.for(state.language)
        let indicator = model.indicator(atPosition: state.selection)
        let name = indicator?.displayName(in: state.language) ?? ""
        let overlay = state.overlayCities && data.hasSeveralCities
        PaneFrame.draw(&grid, rect, title: "\(text.trend) · \(name)" + (overlay ? " · \(text.cities)" : ""), focused: focused)
        let inner = rect.inner
        guard let indicator, inner.width > 8, inner.height > 0 else { return }
        if overlay {
            drawOverlay(&grid, rect, indicator: indicator, state: state, data: data)
        } else {
            drawSeries(&grid, rect, indicator: indicator, state: state)
        }
    }

    private static func drawSeries(_ grid: inout Grid, _ rect: Rect, indicator: Indicator, state: DashboardState) {
        let text = InterfaceText.for(state.language)
        let inner = rect.inner
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
        let rows = series.map { point in
            let isSelected = point.year == state.year
            let isBase = point.year == state.compareBase
            let value = ValueMarks.text(point.observation, unit: indicator.unit, language: language, disagreement: point.disagreement)
            let projection = point.observation.projection
            return BarChart.Row(
                label: String(point.year), value: hasBar ? point.value : nil, scale: scale, valueText: value,
                labelStyle: isSelected ? .selected : isBase ? Style(bold: true, underline: true, role: .accent) : (projection ? .dim : .plain),
                barStyle: projection ? Style(dim: true, role: .projection) : Style(role: isSelected ? .accent : .bar),
                valueStyle: projection ? Style(dim: true, role: .projection) : (isSelected ? .bold : .plain),
                marker: isSelected ? "▸" : " ")
        }
        BarChart(lines: rows.map(BarChart.Line.bar), first: first, labelWidth: .fixed(4), valueShare: 2)
            .draw(&grid, in: Rect(x: inner.x, y: inner.y, width: inner.width, height: room), frame: rect)

        if summaryLines > 0, let low = measured.min(by: { $0.value < $1.value }), let high = measured.max(by: { $0.value < $1.value }) {
            let lowValue = ValueFormatter.format(low.value, unit: indicator.unit, language: language)
            let highValue = ValueFormatter.format(high.value, unit: indicator.unit, language: language)
            let lowText = "\(text.minimum) \(lowValue) (\(low.year))"
            let highText = "\(text.maximum) \(highValue) (\(high.year))"
            let lines = summaryLines == 2 ? [lowText, highText]
                : [DisplayWidth.of(lowText + "  " + highText) <= inner.width ? lowText + "  " + highText : "\(lowValue) – \(highValue)"]
            for (offset, line) in lines.enumerated() {
                grid.put(line, x: inner.x, y: inner.maxY - lines.count + offset, width: inner.width, style: .dim)
            }
        }
    }

    /// Every city's values of the indicator (same id and unit), year by year.
    private static func drawOverlay(_ grid: inout Grid, _ rect: Rect, indicator: Indicator, state: DashboardState, data: DashboardData) {
        let inner = rect.inner
        let language = state.language
        // The cities that can share the scale, by their index.
        let cities: [(index: Int, series: [SeriesPoint])] = data.cities.indices.compactMap { index in
            guard let candidate = data.cities[index].indicator(id: indicator.id), candidate.unit == indicator.unit else { return nil }
            return (index, candidate.series())
        }
        // The legend: "1 Almaty  2 Astana", each in its city's colour.
        var x = inner.x
        for city in cities {
            let name = data.cities[city.index].dataset.city.displayName(in: language)
            let style = Style(bold: city.index == state.city, role: .series(city.index))
            x = grid.put("\(city.index + 1) \(name)  ", x: x, y: inner.y, style: style, clip: inner)
        }
        let room = inner.height - 1
        guard room > 0 else { return }

        struct Line { var year: Int; var city: Int; var point: SeriesPoint; var firstOfYear: Bool }
        let years = Set(cities.flatMap { $0.series.map(\.year) }).sorted()
        var lines: [Line] = []
        for year in years {
            var first = true
            for city in cities {
                guard let point = city.series.first(where: { $0.year == year }) else { continue }
                lines.append(Line(year: year, city: city.index, point: point, firstOfYear: first))
                first = false
            }
        }
        let scale = lines.map { abs($0.point.value) }.max() ?? 0
        let hasBar = indicator.unit != .rank
        // A window that keeps the selected year's lines in view.
        let selected = lines.firstIndex { $0.year >= state.year } ?? max(0, lines.count - 1)
        let first = lines.count > room ? min(max(0, selected - room / 3), lines.count - room) : 0
        let rows = lines.enumerated().map { index, line in
            let isSelected = line.year == state.year
            let projection = line.point.observation.projection
            let value = ValueMarks.text(line.point.observation, unit: indicator.unit, language: language,
                                        disagreement: line.point.disagreement)
            // The year on its first line, and on the top line when the window cuts a year.
            let year = line.firstOfYear || index == first ? String(line.year) : "    "
            return BarChart.Row(
                label: year + " " + String(line.city + 1), value: hasBar ? line.point.value : nil, scale: scale, valueText: value,
                labelStyle: isSelected ? Style(bold: true, role: .series(line.city)) : Style(role: .series(line.city)),
                barStyle: Style(dim: projection, role: .series(line.city)),
                valueStyle: projection ? Style(dim: true, role: .projection) : (isSelected ? .bold : .plain),
                marker: isSelected && line.firstOfYear ? "▸" : " ")
        }
        BarChart(lines: rows.map(BarChart.Line.bar), first: first, labelWidth: .fixed(6), valueShare: 2)
            .draw(&grid, in: Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: room), frame: rect)
    }
}
