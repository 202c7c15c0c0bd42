/// The bottom line: the keys that apply now, or a message in their place.
public enum StatusBar {
    public static func draw(_ grid: inout Grid, _ rect: Rect, state: DashboardState, model: DashboardModel) {
        let style = Style(reverse: true, role: .title)
        grid.fill(rect, style: style)
        if let message = state.message ?? state.dataProblem {
            grid.put(" " + message, x: rect.x, y: rect.y, width: rect.width, style: Style(bold: true, reverse: true, role: .warning))
            return
        }
        grid.put(" " + hints(state: state, model: model).joined(separator: "  "), x: rect.x, y: rect.y, width: rect.width, style: style)
    }

    static func hints(state: DashboardState, model: DashboardModel) -> [String] {
        switch state.overlay {
        case .help: return ["Esc close", "↑↓ scroll"]
        case .details: return ["Esc close", "↑↓ PgUp PgDn scroll"]
        case nil: break
        }
        var hints = ["←→ year", "↑↓ indicator", "Tab pane", "⏎ details", "p snapshot", "? help", "q quit"]
        if state.focus == .source, let indicator = model.indicator(atPosition: state.selection),
           indicator.measurements(in: state.year).count > 1 {
            hints[1] = "↑↓ source"
        }
        return hints
    }
}
