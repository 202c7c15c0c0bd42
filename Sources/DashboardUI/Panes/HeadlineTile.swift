import Indicators
import Widgets

/// One headline figure: its value in the selected year, ≈ when approximate,
/// and the change since its previous observation (in compare mode: the base
/// year's value and the change from it), coloured by whether the change is
/// good news. Without a value: "no data" and the nearest one known.
public enum HeadlineTile {
    public static func draw(_ grid: inout Grid, _ rect: Rect, indicator: Indicator?, state: DashboardState, selected: Bool) {
        guard let indicator else {
            PaneFrame.draw(&grid, rect, title: "", focused: false)
            return
        }
        PaneFrame.draw(&grid, rect, title: indicator.displayName(in: state.language), focused: selected)
        let inner = rect.inner
        guard inner.width > 0, inner.height >= 2 else { return }
        if let base = state.compareBase {
            drawComparison(&grid, inner, indicator: indicator, state: state, base: base)
        } else {
            drawYear(&grid, inner, indicator: indicator, state: state)
        }
    }

    private static func drawYear(_ grid: inout Grid, _ inner: Rect, indicator: Indicator, state: DashboardState) {
        let text = InterfaceText.for(state.language)
        let language = state.language
        guard let observation = indicator.shown(in: state.year) else {
            grid.put(text.noData, x: inner.x, y: inner.y, width: inner.width, style: .dim)
            // The nearest value known: the last before this year, else the first after it.
            let earlier = indicator.previous(before: state.year)
            if let near = earlier ?? indicator.measuredYears.first(where: { $0 > state.year }).flatMap(indicator.shown(in:)) {
                let value = ValueFormatter.format(near.value, unit: indicator.unit, language: language)
                let word = earlier == nil ? text.later : text.earlier
                grid.put("\(word) \(near.year): \(value)", x: inner.x, y: inner.y + 1, width: inner.width, style: .dim)
            }
            return
        }
        drawValue(&grid, inner, observation: observation, indicator: indicator, state: state)
        guard let previous = indicator.previous(before: state.year) else {
            grid.put(text.firstFigure, x: inner.x, y: inner.y + 1, width: inner.width, style: .dim)
            return
        }
        guard let change = Change.between(previous.value, observation.value, unit: indicator.unit) else { return }
        let verdict = Verdict.of(from: previous.value, to: observation.value, better: indicator.better)
        let changeText = ValueFormatter.format(change, language: language)
        // The longest wording that fits: "+2.6 pp vs 2018", "+2.6 pp (2018)", "+2.6 pp".
        let line = ["\(changeText) \(text.versus(previous.year))", "\(changeText) (\(previous.year))"]
            .first { DisplayWidth.of($0) <= inner.width } ?? changeText
        grid.put(line, x: inner.x, y: inner.y + 1, width: inner.width, style: Style(role: role(of: verdict)))
    }

    /// Compare mode: the selected year's value and the change on the first
    /// line, the base year's value under it.
    private static func drawComparison(_ grid: inout Grid, _ inner: Rect, indicator: Indicator, state: DashboardState, base: Int) {
        let text = InterfaceText.for(state.language)
        let comparison = YearComparison(indicator: indicator, year: state.year, base: base)
        if let current = comparison.current {
            let x = drawValue(&grid, inner, observation: current, indicator: indicator, state: state)
            if let change = comparison.change, let verdict = comparison.verdict {
                let changeText = " " + ValueFormatter.format(change, language: state.language)
                if x + DisplayWidth.of(changeText) <= inner.maxX {
                    grid.put(changeText, x: x, y: inner.y, style: Style(bold: true, role: role(of: verdict)), clip: inner)
                }
            }
        } else {
            grid.put(text.noData, x: inner.x, y: inner.y, width: inner.width, style: .dim)
        }
        let baseValue = comparison.base.map { describe($0, indicator: indicator, language: state.language) } ?? text.noData
        grid.put("\(base): \(baseValue)", x: inner.x, y: inner.y + 1, width: inner.width, style: .dim)
    }

    /// The value in bold with its marks; returns the column after it.
    @discardableResult
    private static func drawValue(_ grid: inout Grid, _ inner: Rect, observation: Observation, indicator: Indicator, state: DashboardState) -> Int {
        var value = ValueFormatter.format(observation.value, unit: indicator.unit, language: state.language)
        if observation.projection { value = "→" + value }
        let x = grid.put(value, x: inner.x, y: inner.y, style: Style(bold: true, role: observation.projection ? .projection : .normal), clip: inner)
        var marks = observation.approximate ? " ≈" : ""
        if !observation.projection && indicator.sourcesDisagree(in: observation.year) { marks += " ≠" }
        return grid.put(marks, x: x, y: inner.y, style: Style(role: .warning), clip: inner)
    }

    /// `20.6 % ≈`, or `→25.0 %` for a projection.
    static func describe(_ observation: Observation, indicator: Indicator, language: Language) -> String {
        let value = ValueFormatter.format(observation.value, unit: indicator.unit, language: language)
        if observation.projection { return "→" + value }
        return value + (observation.approximate ? " ≈" : "")
    }

    static func role(of verdict: Verdict) -> ColorRole {
        switch verdict {
        case .better: .better
        case .worse: .worse
        case .unchanged, .neutral: .normal
        }
    }
}
