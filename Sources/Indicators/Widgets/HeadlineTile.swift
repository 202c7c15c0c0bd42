/// One headline figure: its value in the selected year, ≈ when approximate,
/// and the change since its previous observation, coloured by whether the
/// change is good news. Without a value: "no data" and the latest one known.
public enum HeadlineTile {
    public static func draw(_ grid: inout Grid, _ rect: Rect, indicator: Indicator?, state: DashboardState, selected: Bool) {
        let text = InterfaceText.for(state.language)
        guard let indicator else {
            PaneFrame.draw(&grid, rect, title: "", focused: false)
            return
        }
        PaneFrame.draw(&grid, rect, title: indicator.displayName(in: state.language), focused: selected)
        let inner = rect.inner
        guard inner.width > 0, inner.height >= 2 else { return }
        let language = state.language

        guard let observation = indicator.shown(in: state.year) else {
            grid.put(text.noData, x: inner.x, y: inner.y, width: inner.width, style: .dim)
            // The nearest value known: the last before this year, else the first after it.
            let earlier = indicator.previous(before: state.year)
            if let near = earlier ?? indicator.measuredYears.first(where: { $0 > state.year }).flatMap(indicator.shown(in:)) {
                let value = ValueFormatter.format(near.value, unit: indicator.unit, language: language)
                let word = earlier == nil ? text.next : text.latest
                grid.put("\(word) \(near.year): \(value)", x: inner.x, y: inner.y + 1, width: inner.width, style: .dim)
            }
            return
        }

        let value = ValueFormatter.format(observation.value, unit: indicator.unit, language: language)
        let x = grid.put(value, x: inner.x, y: inner.y, style: Style(bold: true))
        var marks = observation.approximate ? " ≈" : ""
        if indicator.sourcesDisagree(in: state.year) { marks += " ≠" }
        grid.put(marks, x: x, y: inner.y, style: Style(role: .warning), clip: inner)

        guard let previous = indicator.previous(before: state.year) else {
            grid.put(text.firstFigure, x: inner.x, y: inner.y + 1, width: inner.width, style: .dim)
            return
        }
        guard let change = Change.between(previous.value, observation.value, unit: indicator.unit) else { return }
        let changeText = ValueFormatter.format(change, language: language)
        let full = "\(changeText) \(text.vs) \(previous.year)"
        let role: ColorRole = switch Verdict.of(from: previous.value, to: observation.value, better: indicator.better) {
        case .better: .better
        case .worse: .worse
        case .unchanged, .neutral: .normal
        }
        grid.put(DisplayWidth.of(full) <= inner.width ? full : changeText, x: inner.x, y: inner.y + 1, width: inner.width,
                 style: Style(role: role))
    }
}
