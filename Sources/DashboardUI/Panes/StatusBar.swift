import Indicators
import Widgets

/// The status line for a state: its message, the problem with a data file
/// while the last good data is shown, or the key table's hints that apply now.
public enum StatusBar {
    static func line(state: DashboardState, data: DashboardData) -> StatusLine {
        let text = InterfaceText.for(state.language)
        if let search = state.search {
            return StatusLine(.hints(searchLine(search, state: state, data: data)))
        }
        let reading = state.reading.map { "\(text.reading) \($0.joined(separator: ", "))…" }
        if let message = state.message.map({ $0.text(text, language: state.language) }) ?? reading
            ?? state.dataProblem.map({ "\(text.keptLastGoodData): \($0)" }) {
            return StatusLine(.message(message))
        }
        return StatusLine(.hints(hints(state: state, data: data)))
    }

    /// The search line: `/` and what is typed (its end, when long), the count
    /// of matches, then the search keys' hints.
    static func searchLine(_ search: Search, state: DashboardState, data: DashboardData) -> [(text: String, priority: Int)] {
        let find = FindText.for(state.language)
        var query = search.query
        let room = 32
        if DisplayWidth.of(query) > room {
            var tail = ""
            for character in query.reversed() {
                guard DisplayWidth.of(String(character) + tail) < room else { break }
                tail = String(character) + tail
            }
            query = "…" + tail
        }
        let total = search.target == .indicators ? data.model(for: state).order.count : data.cities.count
        return [(text: "/" + query + "▏", priority: 0), (text: find.listed(search.matches.count, of: total), priority: 1)]
            + KeyTable.hints(mode: .search, language: state.language) { $0 == .always }
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
            case .searched: state.lastSearch != nil
            }
        }
    }
}
