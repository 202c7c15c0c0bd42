import Indicators
import Widgets

/// The selected indicator across its years as a line on a time axis
/// (`LineChart`): years spaced as years, gaps where there is no figure, the
/// selected year marked, and part-year figures, projections and statements
/// drawn apart with their own marks. With the cities overlaid (`o`), the
/// shown city and the three ranked first in the selected year are four
/// lines, each with its colour and mark, named in the legend with their
/// values in the selected year.
public enum TrendPane {
    public static func draw(_ grid: inout Grid, _ rect: Rect, state: DashboardState, data: DashboardData, focused: Bool) {
        let model = data.model(for: state)
        let text = InterfaceText.for(state.language)
        let indicator = model.indicator(atPosition: state.selection)
        let name = indicator?.displayName(in: state.language) ?? ""
        let overlay = state.overlayCities && data.hasSeveralCities
        PaneFrame.draw(&grid, rect, title: "\(text.trend) · \(name)" + (overlay ? " · \(text.cities)" : ""), focused: focused)
        guard let chart = chart(rect.inner, state: state, data: data) else { return }
        chart.draw(&grid, in: rect.inner)
    }

    /// The year under a click at column `x` of the pane `rect`: the nearest year the chart has a point in.
    public static func year(atColumn x: Int, _ rect: Rect, state: DashboardState, data: DashboardData) -> Int? {
        guard let chart = chart(rect.inner, state: state, data: data), let year = chart.year(atColumn: x, in: rect.inner) else { return nil }
        let withPoints = Set(chart.series.flatMap { $0.points.map(\.year) })
        return withPoints.min { (abs($0 - year), $0) < (abs($1 - year), $1) }
    }

    /// The chart's value for the pane's inner area, or nil when there is nothing to draw.
    static func chart(_ inner: Rect, state: DashboardState, data: DashboardData) -> LineChart? {
        let model = data.model(for: state)
        guard let indicator = model.indicator(atPosition: state.selection), inner.width > 8, inner.height > 0 else { return nil }
        let text = InterfaceText.for(state.language)
        let language = state.language
        let unit = indicator.unit
        let format: @Sendable (Double) -> String = { ValueFormatter.format($0, unit: unit, language: language) }
        var kindWords: [LineChart.Kind: String] = [.partYear: text.partYear, .projection: text.projection]
        kindWords[.official] = text.kindNames[.official]
        kindWords[.statement] = text.kindNames[.statement]

        var lines: [LineChart.Series] = []
        var header: [(text: String, style: Style)] = []
        if state.overlayCities && data.hasSeveralCities {
            let comparison = data.comparison(of: indicator, year: state.year)
            let ranked = comparison.entries.compactMap { entry -> Int? in
                if case .ranked = entry.standing, entry.city != state.city { return entry.city }
                return nil
            }
            let cities = [state.city] + ranked.prefix(3)
            var legend: [(mark: Character, name: String, value: String, style: Style, shown: Bool)] = []
            for (slot, city) in cities.enumerated() {
                guard let candidate = data.cities[city].indicator(id: indicator.id), candidate.unit == indicator.unit else { continue }
                let style = Style(bold: city == state.city, role: .series(slot))
                let mark = marks[slot % marks.count]
                lines.append(LineChart.Series(points: points(candidate, claims: false), style: style, mark: mark))
                let cityName = data.cities[city].dataset.city.displayName(in: language)
                let value = candidate.shown(in: state.year).map { " " + format($0.value) } ?? ""
                legend.append((mark, cityName, value, style, city == state.city))
            }
            // The legend on one line: with the year's values when they fit, else the names alone, shortened if need be.
            let full = legend.map { 2 + DisplayWidth.of($0.name + $0.value) + 2 }.reduce(0, +)
            let withValues = full <= inner.width
            let names = legend.map { 2 + DisplayWidth.of($0.name) + 2 }.reduce(0, +)
            let nameRoom = names <= inner.width ? Int.max : max(3, inner.width / max(1, legend.count) - 4)
            for entry in legend {
                header.append(("\(entry.mark) ", entry.style))
                let name = DisplayWidth.truncate(entry.name, to: nameRoom)
                header.append((name + (withValues ? entry.value : "") + "  ", Style(bold: entry.shown)))
            }
        } else {
            lines = [LineChart.Series(points: points(indicator, claims: true), style: Style(role: .bar))]
            header.append(("▸\(state.year) ", Style(bold: true, role: .accent)))
            if let shown = indicator.shown(in: state.year) ?? indicator.projection(in: state.year) {
                let value = ValueMarks.text(shown, unit: unit, language: language, disagreement: indicator.sourcesDisagree(in: state.year),
                                            claimed: indicator.claimsDiffer(in: state.year))
                header.append((value, .bold))
            } else if let part = indicator.partYear(in: state.year).first {
                header.append((part.period.shortLabel(language: language) + " " + format(part.value), .dim))
            } else {
                header.append(("—", .dim))
            }
        }
        let allYears = lines.flatMap { $0.points.map(\.year) }
        guard let first = allYears.min(), let last = allYears.max() else { return nil }
        return LineChart(series: lines, years: first...last, selectedYear: state.year, header: header,
                         valueLabel: format, kindWords: kindWords)
    }

    /// The marks of the overlaid cities' lines, in the legend's order.
    static let marks: [Character] = ["●", "■", "◆", "×"]

    /// One point a year: the whole-year record (a line point), else a
    /// statement standing alone, a projection or a part-year figure, drawn
    /// apart; with `claims`, statements that differ from the record too.
    static func points(_ indicator: Indicator, claims: Bool) -> [LineChart.Point] {
        let years = Set(indicator.observations.map(\.year)).sorted()
        var points: [LineChart.Point] = []
        for year in years {
            if let shown = indicator.shown(in: year) {
                points.append(LineChart.Point(year: year, value: shown.value, kind: shown.isRecord || !shown.isClaim ? .official : .statement))
                if claims && indicator.claimsDiffer(in: year) {
                    points += indicator.claims(in: year).filter { !$0.periodsDiffer }
                        .map { LineChart.Point(year: year, value: $0.claim.value, kind: .statement) }
                }
            } else if let projection = indicator.projection(in: year) {
                points.append(LineChart.Point(year: year, value: projection.value, kind: .projection))
            } else if let part = indicator.partYear(in: year).first {
                points.append(LineChart.Point(year: year, value: part.value, kind: .partYear))
            }
        }
        return points
    }
}
