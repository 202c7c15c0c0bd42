import Indicators
import Widgets

/// The search line (`/`), the lists' order (`s`) and the transformation (`u`):
/// what the update does for them. Only `DashboardUpdate` calls these.
extension DashboardUpdate {
    /// A key while the search line is open: the table's search keys, else text.
    static func searchInput(_ state: DashboardState, _ key: KeyEvent, data: DashboardData, size: Size) -> (DashboardState, [DashboardEffect]) {
        var next = state
        if let action = KeyTable.action(for: key, in: .search) {
            switch action {
            case .quit: return (next, [.quit])
            case .acceptSearch: next.acceptSearch(data: data)
            case .cancelSearch: next.cancelSearch()
            case .deleteBackward:
                if var search = next.search, !search.query.isEmpty {
                    search.query.removeLast()
                    next.search = search
                    next.refreshMatches(data: data)
                }
            case .matchUp: next.moveMatch(by: -1, data: data)
            case .matchDown: next.moveMatch(by: 1, data: data)
            default: break
            }
        } else {
            switch key {
            case .character(let character): next.type(String(character), data: data)
            case .paste(let text): next.type(text, data: data)
            // A click closes the line where it is, as Enter would.
            case .click: next.acceptSearch(data: data)
            default: break
            }
        }
        next.keepSelectionVisible(model: data.model(for: next), size: size)
        return (next, [])
    }
}

extension DashboardState {
    /// The panes Tab visits, in screen order: the cities only when several are loaded.
    static func panes(severalCities: Bool) -> [Pane] {
        severalCities ? [.chart, .cities, .trend, .source] : [.chart, .trend, .source]
    }

    mutating func focusPane(by step: Int, data: DashboardData) {
        let panes = Self.panes(severalCities: data.hasSeveralCities)
        let at = panes.firstIndex(of: focus) ?? 0
        focus = panes[((at + step) % panes.count + panes.count) % panes.count]
    }

    /// `/`: opens the search line on the indicators, or on the cities when their pane has the focus.
    mutating func openSearch(data: DashboardData) {
        let target: Search.Target = focus == .cities && data.hasSeveralCities ? .cities : .indicators
        search = Search(target: target, before: (selection, chartScroll, sourceIndex))
        refreshMatches(data: data)
    }

    /// Typed or pasted text: control characters become spaces, and the line stops at `Search.longestQuery`.
    mutating func type(_ text: String, data: DashboardData) {
        guard var line = search else { return }
        let room = Search.longestQuery - line.query.count
        guard room > 0 else { return }
        var added = ""
        for character in text.prefix(room * 2) where added.count < room {
            let control = character.unicodeScalars.contains { $0.properties.generalCategory == .control || $0.properties.generalCategory == .format }
            added.append(control ? " " : character)
        }
        line.query += added
        search = line
        refreshMatches(data: data)
    }

    /// The matches of the query, best first; the best is selected (indicators) or highlighted (cities).
    mutating func refreshMatches(data: DashboardData) {
        guard var line = search else { return }
        line.matches = Self.matches(of: line.query, target: line.target, data: data, state: self)
        line.current = 0
        search = line
        showMatch(data: data)
    }

    /// The match under the cursor, selected in the chart (the cities pane highlights its own).
    private mutating func showMatch(data: DashboardData) {
        guard let line = search, line.target == .indicators else { return }
        if line.matches.indices.contains(line.current) {
            if selection != line.matches[line.current] { sourceIndex = 0 }
            selection = line.matches[line.current]
        } else {
            selection = line.before.selection
            sourceIndex = line.before.sourceIndex
        }
    }

    mutating func moveMatch(by step: Int, data: DashboardData) {
        guard var line = search, !line.matches.isEmpty else { return }
        line.current = min(max(line.current + step, 0), line.matches.count - 1)
        search = line
        showMatch(data: data)
    }

    /// Enter: to the match, the line closed, the list as it was around it.
    mutating func acceptSearch(data: DashboardData) {
        guard let line = search else { return }
        search = nil
        guard line.matches.indices.contains(line.current) else {
            restore(line)
            if !line.query.isEmpty { message = .noMatch(line.query) }
            return
        }
        lastSearch = line
        switch line.target {
        case .indicators:
            selection = line.matches[line.current]
            chartScroll = line.before.chartScroll
        case .cities:
            switchCity(to: line.matches[line.current], data: data)
        }
    }

    /// Esc: the line closed, the selection and the list as they were when it opened.
    mutating func cancelSearch() {
        guard let line = search else { return }
        search = nil
        restore(line)
    }

    private mutating func restore(_ line: Search) {
        selection = line.before.selection
        chartScroll = line.before.chartScroll
        sourceIndex = line.before.sourceIndex
    }

    /// `n` `N`: the next or previous match of the last search, from the one shown now.
    mutating func stepMatch(by step: Int, data: DashboardData) {
        guard let last = lastSearch else {
            message = .noMatch("")
            return
        }
        let matches = Self.matches(of: last.query, target: last.target, data: data, state: self)
        guard !matches.isEmpty else {
            message = .noMatch(last.query)
            return
        }
        let shown = last.target == .indicators ? selection : city
        let target: Int
        if let at = matches.firstIndex(of: shown) {
            target = matches[((at + step) % matches.count + matches.count) % matches.count]
        } else {
            target = step > 0 ? matches[0] : matches[matches.count - 1]
        }
        switch last.target {
        case .indicators:
            if target != selection { sourceIndex = 0 }
            selection = target
        case .cities:
            switchCity(to: target, data: data)
        }
    }

    /// What a query matches: indicator positions of the shown city (by their
    /// names in the three languages and their ids), or cities (the same way).
    static func matches(of query: String, target: Search.Target, data: DashboardData, state: DashboardState) -> [Int] {
        let language = state.language
        let others = Language.allCases.filter { $0 != language }
        func texts(_ name: LocalizedText, id: String) -> [String] {
            ([name[language]] + others.map { name[$0] }).compactMap { $0 } + [id]
        }
        switch target {
        case .indicators:
            let model = data.model(for: state)
            let candidates = model.order.indices.map { position -> (key: Int, texts: [String]) in
                let indicator = model.dataset.indicators[model.order[position]]
                return (position, texts(indicator.name, id: indicator.id))
            }
            return FuzzyMatch.rank(query, candidates).map(\.key)
        case .cities:
            let candidates = data.cities.indices.map { index -> (key: Int, texts: [String]) in
                let city = data.cities[index].dataset.city
                return (index, texts(city.name, id: city.id))
            }
            return FuzzyMatch.rank(query, candidates).map(\.key)
        }
    }

    /// `s`: the next order of the lists.
    mutating func nextOrder() {
        order = order.next
        chartScroll = 0
        message = .order(order)
    }

    /// `u`: the next transformation of the selected indicator.
    mutating func nextTransform() {
        transform = transform.next(comparing: compareBase != nil)
        message = .transform(transform)
    }
}
