import Indicators
import Widgets

/// The status line for a state: its message, the problem with a data file
/// while the last good data is shown, or the key table's hints that apply now.
public enum StatusBar {
    static func line(state: DashboardState, data: DashboardData) -> StatusLine {
        let text = InterfaceText.for(state.language)
        if let message = state.message.map({ $0.text(text) }) ?? state.dataProblem.map({ "\(text.keptLastGoodData): \($0)" }) {
            return StatusLine(.message(message))
        }
        return StatusLine(.hints(hints(state: state, data: data)))
    }

    /// The hints in screen order, each with its priority (0 is kept longest), from the key table.
    static func hints(state: DashboardState, data: DashboardData) -> [(text: String, priority: Int)] {
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
}
