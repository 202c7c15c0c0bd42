import Indicators
import Widgets

/// The chart's title after its years: how many indicators are listed out of
/// how many, the order, and the search's query while the line is open.
enum ChartTitle {
    static func suffix(state: DashboardState, model: DashboardModel) -> String {
        let find = FindText.for(state.language)
        let total = model.order.count
        if let search = state.search, search.target == .indicators {
            return " · " + find.listed(search.matches.count, of: total)
        }
        var suffix = " · " + find.listed(model.chartRows(for: state).positions.count, of: total)
        if state.order != .file { suffix += " · " + (find.orderNames[state.order] ?? state.order.rawValue) }
        return suffix
    }
}

/// The selected indicator as the transformation (`u`) shows it: in its
/// tile, in the trend, and in the source pane, with what it was computed from.
enum TransformView {
    static func context(for indicator: Indicator, state: DashboardState, data: DashboardData) -> TransformContext {
        TransformContext(indicator: indicator, dataset: data.model(for: state).dataset, loaded: data.cities.map(\.dataset))
    }

    /// The selected indicator's transformed value in the year, unless the level is shown.
    static func selected(state: DashboardState, data: DashboardData) -> TransformedValue? {
        guard state.transform != .level, let indicator = data.model(for: state).indicator(atPosition: state.selection) else { return nil }
        return Transformation.value(state.transform, of: indicator, year: state.year, base: state.compareBase,
                                    context: context(for: indicator, state: state, data: data))
    }

    /// The value as written, with ≈ when an input is approximate.
    static func text(_ value: TransformedValue, language: Language) -> String? {
        value.value.map { ValueFormatter.format($0, as: value.unit, language: language) + (value.approximate ? " ≈" : "") }
    }

    /// The selected indicator's tile: the transformed value, and what it is (or why there is none).
    static func decorate(_ tile: inout Tile, value: TransformedValue, language: Language) {
        let find = FindText.for(language)
        let label = find.label(value)
        if let text = text(value, language: language) {
            tile.first = [Tile.Piece(text, Style(bold: true, role: .accent), fit: .shorten)]
            tile.second = [label, find.transformNames[value.transform] ?? label]
            tile.secondStyle = .dim
        } else {
            tile.first = [Tile.Piece(find.transformNames[value.transform] ?? label, .dim, fit: .shorten)]
            tile.second = [value.problem.map(find.reason) ?? find.notComputed]
            tile.secondStyle = Style(role: .warning)
        }
    }

    /// The source pane's first lines under a transformation: the result and
    /// its label, then each input with its year and kind of evidence (or why there is no result).
    static func sourceLines(_ value: TransformedValue, language: Language) -> [(text: String, style: Style)] {
        let find = FindText.for(language)
        let words = InterfaceText.for(language)
        let label = find.label(value)
        guard let result = text(value, language: language) else {
            return [("\(label): \(value.problem.map(find.reason) ?? find.notComputed)", Style(bold: true, role: .warning))]
        }
        func describe(_ input: TransformInput) -> String {
            let observation = input.observation
            let amount = ValueFormatter.format(observation.value, unit: input.unit, language: language)
            let kind = words.kindNames[observation.evidence] ?? observation.evidence.rawValue
            let when = observation.period.isPointInTime
                ? "\(observation.period.shortLabel(language: language)) \(observation.year)" : String(observation.year)
            let whose: String
            switch input.role {
            case .value, .reference: whose = ""
            case .population: whose = find.population + " "
            case .national: whose = find.republic + " "
            }
            return "\(whose)\(amount) (\(when), \(kind))"
        }
        let of = { (role: TransformInput.Role) in value.inputs.first { $0.role == role }.map(describe) }
        var first = "\(label): \(result)"
        if let years = value.years { first += " (\(years) \(find.years))" }
        let second: String?
        switch value.transform {
        case .level: second = nil
        case .change, .pctChange, .cagr, .index:
            second = [of(.reference), of(.value)].compactMap { $0 }.joined(separator: " → ")
        case .perCapita:
            second = [of(.value), of(.population)].compactMap { $0 }.joined(separator: " ÷ ")
        case .shareOfNational:
            second = [of(.value), of(.national)].compactMap { $0 }.joined(separator: " ÷ ") + " × 100"
        }
        return [(first, Style(bold: true, role: .accent))] + (second.map { [($0, Style(role: .accent))] } ?? [])
    }
}

/// The trend pane under a transformation: one bar a year of the transformed
/// series, each year that cannot be computed with its reason.
enum TransformTrendPane {
    static func draw(_ grid: inout Grid, _ rect: Rect, state: DashboardState, data: DashboardData, focused: Bool) {
        let model = data.model(for: state)
        let text = InterfaceText.for(state.language)
        let find = FindText.for(state.language)
        let language = state.language
        guard let indicator = model.indicator(atPosition: state.selection) else {
            PaneFrame.draw(&grid, rect, title: text.trend, focused: focused)
            return
        }
        let context = TransformView.context(for: indicator, state: state, data: data)
        let series = Transformation.series(state.transform, of: indicator, base: state.compareBase, context: context)
        let name = find.transformNames[state.transform] ?? state.transform.rawValue
        let current = series.first { $0.year == state.year }
        let label = current.map(find.label) ?? name
        PaneFrame.draw(&grid, rect, title: "\(text.trend) · \(label) · \(indicator.displayName(in: language))", focused: focused)
        let inner = rect.inner
        guard inner.width > 8, inner.height > 0 else { return }
        let computed = series.filter { $0.value != nil }
        guard !computed.isEmpty else {
            let reason = (current ?? series.last)?.problem.map(find.reason) ?? text.noData
            for (offset, line) in WordWrap.lines(reason, width: inner.width, limit: inner.height).enumerated() {
                grid.put(line, x: inner.x, y: inner.y + offset, width: inner.width, style: Style(role: .warning))
            }
            return
        }
        // The years from the first computed one; those after it that cannot be computed say so.
        let firstYear = computed[0].year
        let shown = series.filter { $0.year >= firstYear }
        let scale = computed.compactMap { $0.value.map(abs) }.max() ?? 0
        // Bars from zero: one axis for the transformed values, symmetric when any is negative.
        let axis: BarChart.Axis = computed.contains { ($0.value ?? 0) < 0 } ? .symmetric(scale) : .upTo(scale)
        let rows = shown.map { point -> BarChart.Row in
            let isSelected = point.year == state.year
            let isBase = point.year == state.compareBase
            let labelStyle: Style = isSelected ? .selected : isBase ? Style(bold: true, underline: true, role: .accent) : .plain
            guard let value = point.value else {
                return BarChart.Row(label: String(point.year), value: nil, axis: axis, valueText: "— ", labelStyle: labelStyle,
                                    valueStyle: .dim, marker: isSelected ? "▸" : " ")
            }
            return BarChart.Row(label: String(point.year), value: value, axis: axis,
                                valueText: ValueFormatter.format(value, as: point.unit, language: language) + (point.approximate ? "≈" : " "),
                                labelStyle: labelStyle, barStyle: Style(role: value < 0 ? .worse : isSelected ? .accent : .bar),
                                valueStyle: isSelected ? .bold : .plain, marker: isSelected ? "▸" : " ")
        }
        // The last line says why the selected year has no number, when it has none.
        let note = current.flatMap { $0.value == nil ? $0.problem.map(find.reason) : nil }
        let room = inner.height - (note == nil ? 0 : 1)
        guard room > 0 else { return }
        let selected = shown.lastIndex { $0.year <= state.year } ?? 0
        let first = shown.count > room ? min(max(0, selected - room / 2), shown.count - room) : 0
        BarChart(lines: rows.map(BarChart.Line.bar), first: first, labelWidth: .fixed(4))
            .draw(&grid, in: Rect(x: inner.x, y: inner.y, width: inner.width, height: room), frame: rect)
        if let note {
            grid.put("\(state.year): \(note)", x: inner.x, y: inner.maxY - 1, width: inner.width, style: Style(role: .warning))
        }
    }
}
