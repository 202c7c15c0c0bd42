import Indicators
import Widgets

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

    /// The hints in screen order, each with its priority (0 is kept longest), from the key table.
    static func hints(state: DashboardState, data: DashboardData) -> [(String, Int)] {
        let model = data.model(for: state)
        var stepsSources = false
        if state.focus == .source, let indicator = model.indicator(atPosition: state.selection) {
            stepsSources = indicator.measurements(in: state.year).count > 1
        }
        return KeyTable.hints(mode: state.overlay == nil ? .dashboard : .overlay, language: state.language) { condition in
            switch condition {
            case .always: true
            case .comparing: state.compareBase != nil
            case .severalCities: data.hasSeveralCities
            case .sourcesToStep: stepsSources
            case .noSourcesToStep: !stepsSources
            }
        }
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
