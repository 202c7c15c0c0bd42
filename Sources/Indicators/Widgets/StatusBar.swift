/// The bottom line: the keys that apply now, as many as fit (the least
/// needed are left out first; `? help` lists them all), or a message.
public enum StatusBar {
    public static func draw(_ grid: inout Grid, _ rect: Rect, state: DashboardState, data: DashboardData) {
        let style = Style(reverse: true, role: .title)
        grid.fill(rect, style: style)
        let text = InterfaceText.for(state.language)
        if let message = state.message.map({ $0.text(text) }) ?? state.dataProblem.map({ "\(text.keptLastGoodData): \($0)" }) {
            grid.put(" " + message, x: rect.x, y: rect.y, width: rect.width, style: Style(bold: true, reverse: true, role: .warning))
            return
        }
        grid.put(" " + fitting(hints(state: state, data: data), width: rect.width - 1).joined(separator: "  "),
                 x: rect.x, y: rect.y, width: rect.width, style: style)
    }

    /// The hints in screen order, each with its priority (0 is kept longest).
    static func hints(state: DashboardState, data: DashboardData) -> [(String, Int)] {
        let text = InterfaceText.for(state.language)
        switch state.overlay {
        case .help, .details: return [(text.hintClose, 0), (text.hintScroll, 1)]
        case nil: break
        }
        let model = data.model(for: state)
        var stepsSources = false
        if state.focus == .source, let indicator = model.indicator(atPosition: state.selection) {
            stepsSources = indicator.measurements(in: state.year).count > 1
        }
        var hints: [(String, Int)] = [(text.hintYear, 0), (stepsSources ? text.hintSource : text.hintIndicator, 1)]
        if state.compareBase != nil { hints.append((text.hintBase, 0)) }
        if data.hasSeveralCities { hints.append((text.hintCity, 1)) }
        hints += [(text.hintCompare, 2), (text.hintPane, 5), (text.hintDetails, 4)]
        if data.hasSeveralCities { hints.append((text.hintOverlay, 6)) }
        hints += [(text.hintLanguage, 7), (text.hintSnapshot, 3), (text.hintHelp, 0), (text.hintQuit, 0)]
        return hints
    }

    /// Drops the least needed hints until the rest fit in `width` columns, two spaces apart.
    static func fitting(_ hints: [(String, Int)], width: Int) -> [String] {
        var kept = hints
        func length(_ hints: [(String, Int)]) -> Int {
            hints.reduce(0) { $0 + DisplayWidth.of($1.0) } + max(0, hints.count - 1) * 2
        }
        while length(kept) > width, let drop = kept.indices.max(by: { (kept[$0].1, $0) < (kept[$1].1, $1) }), kept[drop].1 > 0 {
            kept.remove(at: drop)
        }
        return kept.map(\.0)
    }
}
