import Indicators
import Widgets

/// The dashboard's only way to change: a pure function of the state, a
/// message, the data and the screen size (which clicks and scrolling need).
/// It is the only writer of `DashboardState`; what it cannot do itself it
/// returns as effects, whose outcomes come back as messages.
public enum DashboardUpdate {
    /// Where a view opens when it does not open on the latest year of the first city (a snapshot).
    public struct View: Sendable {
        public var city: Int
        public var year: Int
        public var compareBase: Int?
        /// The selected indicator, by id (default: the first headline).
        public var indicator: String?
        public var transform: Transform

        public init(city: Int, year: Int, compareBase: Int? = nil, indicator: String? = nil, transform: Transform = .level) {
            self.city = city
            self.year = year
            self.compareBase = compareBase
            self.indicator = indicator
            self.transform = transform
        }
    }

    /// The state the dashboard opens in: the latest year and the first
    /// headline of the first city, or `view`; made valid for `size`.
    public static func start(data: DashboardData, language: Language = .en, size: Size, view: View? = nil) -> DashboardState {
        var state = DashboardState.initial(for: data.cities[view?.city ?? 0], language: language)
        if let view {
            state.city = view.city
            state.year = view.year
            state.compareBase = view.compareBase
            state.transform = view.transform
            if let id = view.indicator, let position = data.cities[view.city].position(ofIndicator: id) { state.selection = position }
        }
        return update(state, .start, data: data, size: size).0
    }

    /// One city's dashboard, one key: a shorthand for tests and the benchmark.
    public static func update(
        _ state: DashboardState, _ key: KeyEvent, model: DashboardModel, size: Size
    ) -> (DashboardState, [DashboardEffect]) {
        update(state, .input(key), data: DashboardData(model), size: size)
    }

    /// A key: a shorthand for `.input(key)`.
    public static func update(
        _ state: DashboardState, _ key: KeyEvent, data: DashboardData, size: Size
    ) -> (DashboardState, [DashboardEffect]) {
        update(state, .input(key), data: data, size: size)
    }

    public static func update(
        _ state: DashboardState, _ message: DashboardMessage, data: DashboardData, size: Size
    ) -> (DashboardState, [DashboardEffect]) {
        var next = state
        switch message {
        case .start:
            next.keepSelectionVisible(model: data.model(for: next), size: size)
            return (next, [])
        case .tick:
            return (next, [.checkFiles])
        case .reloaded(let files, let problems, let previous):
            if let previous { next = next.carried(from: previous, to: data.model(for: next)) }
            if !data.cities.indices.contains(next.city) { next.city = 0 }
            next.refreshMatches(data: data)
            next.keepSelectionVisible(model: data.model(for: next), size: size)
            next.dataProblem = problems.first
            next.message = problems.isEmpty ? .reloaded(file: files.joined(separator: ", ")) : nil
            next.reading = nil
            return (next, [])
        case .reading(let files):
            next.reading = files
            return (next, [])
        case .snapshotWritten(let path):
            next.message = .snapshotWritten(path: path)
            return (next, [])
        case .snapshotRefused(let reason):
            next.message = .snapshotNotWritten(reason: reason)
            return (next, [])
        case .input(let key):
            next.message = nil
            return input(next, key, data: data, size: size)
        }
    }

    private static func input(_ state: DashboardState, _ key: KeyEvent, data: DashboardData, size: Size) -> (DashboardState, [DashboardEffect]) {
        var next = state
        let model = data.model(for: state)
        if key == .resize {
            next.keepSelectionVisible(model: model, size: size)
            if next.overlay != nil { next.openOverlay(next.overlay, model: model, size: size, scroll: next.overlayScroll) }
            return (next, [])
        }
        if state.search != nil {
            return searchInput(next, key, data: data, size: size)
        }
        // Pasted text is never read as keys: outside the search line it is ignored.
        if case .paste = key { return (next, []) }
        if let overlay = state.overlay {
            if case .click = key {
                next.overlay = nil
                return (next, [])
            }
            guard let action = KeyTable.action(for: key, in: .overlay) else { return (next, []) }
            if action == .quit { return (next, [.quit]) }
            return (updateOverlay(next, overlay, action, model: model, size: size), [])
        }
        if case .click(let x, let y) = key {
            next.click(x: x, y: y, data: data, size: size)
        } else if let action = KeyTable.action(for: key, in: .dashboard) {
            switch action {
            case .quit:
                return (next, [.quit])
            case .writeSnapshot:
                // The screen without its status line, the source in full (TextSnapshot).
                let text = TextSnapshot.grid(state, data: data, size: size).text
                return (next, [.writeSnapshot(text: text, city: model.dataset.city.id, year: state.year)])
            case .reload:
                return (next, [.reload])
            default:
                next.perform(action, data: data, size: size)
            }
        }
        next.keepSelectionVisible(model: data.model(for: next), size: size)
        return (next, [])
    }

    private static func updateOverlay(
        _ state: DashboardState, _ overlay: DashboardState.Overlay, _ action: DashboardAction, model: DashboardModel, size: Size
    ) -> DashboardState {
        var next = state
        let page = max(1, size.height - 8)
        switch action {
        case .closeOverlay: next.overlay = nil
        case .scrollUp: next.overlayScroll = max(0, state.overlayScroll - 1)
        case .scrollDown: next.overlayScroll = state.overlayScroll + 1
        case .scrollPageUp: next.overlayScroll = max(0, state.overlayScroll - page)
        case .scrollPageDown: next.overlayScroll = state.overlayScroll + page
        case .scrollTop: next.overlayScroll = 0
        default: break
        }
        // Scrolling stops where the last line shows.
        next.overlayScroll = TextBox.clamped(next.overlayScroll, lineCount: state.overlayLength, in: DashboardLayout.overlayRect(size: size))
        return next
    }
}

extension DashboardState {
    /// Opens `overlay` (or keeps it open after a resize) and counts its lines.
    /// The details open at the selected year's first figure; other boxes at their top.
    mutating func openOverlay(_ kind: Overlay?, model: DashboardModel, size: Size, scroll: Int? = nil) {
        overlay = kind
        let box = OverlayContent.box(state: self, model: model, size: size)
        overlayLength = box?.lines.count ?? 0
        let start = scroll ?? (kind == .details ? box.flatMap { OverlayContent.firstLine(of: year, in: $0) } ?? 0 : 0)
        overlayScroll = TextBox.clamped(start, lineCount: overlayLength, in: DashboardLayout.overlayRect(size: size))
    }

    /// Carries out an action that changes only the state.
    mutating func perform(_ action: DashboardAction, data: DashboardData, size: Size) {
        let model = data.model(for: self)
        let page = max(1, DashboardLayout(size: size).chartRowsVisible / rowsPerIndicator - 1)
        switch action {
        case .toggleAll: showAll.toggle()
        case .toggleCompare: toggleCompare(model: model)
        case .baseBack: moveBase(by: -1, model: model)
        case .baseForward: moveBase(by: 1, model: model)
        case .cityBack: switchCity(by: -1, data: data)
        case .cityForward: switchCity(by: 1, data: data)
        case .toggleOverlay:
            if data.hasSeveralCities { overlayCities.toggle() } else { message = .oneCityOnly }
        case .nextLanguage:
            let all = Language.allCases
            language = all[((all.firstIndex(of: language) ?? 0) + 1) % all.count]
            message = .language(language)
        case .yearBack: focus == .trend ? moveAlongTrend(by: -1, model: model) : moveYear(by: -1, model: model)
        case .yearForward: focus == .trend ? moveAlongTrend(by: 1, model: model) : moveYear(by: 1, model: model)
        case .firstYear: setYear(model.years.first, model: model)
        case .lastYear: setYear(model.years.last, model: model)
        case .selectionUp: moveSelectionOrSource(by: -1, model: model)
        case .selectionDown: moveSelectionOrSource(by: 1, model: model)
        case .pageUp: moveSelection(by: -page, model: model)
        case .pageDown: moveSelection(by: page, model: model)
        case .wheelUp: moveSelection(by: -1, model: model)
        case .wheelDown: moveSelection(by: 1, model: model)
        case .nextPane: focusPane(by: 1, data: data)
        case .previousPane: focusPane(by: -1, data: data)
        case .openSearch: openSearch(data: data)
        case .nextMatch: stepMatch(by: 1, data: data)
        case .previousMatch: stepMatch(by: -1, data: data)
        case .nextOrder: nextOrder()
        case .nextTransform: nextTransform()
        case .openDetails:
            if model.indicator(atPosition: selection) != nil { openOverlay(.details, model: model, size: size) }
        case .openHelp:
            openOverlay(.help, model: model, size: size)
        case .openClaims:
            openOverlay(.claims, model: model, size: size)
        case .quit, .writeSnapshot, .reload, .closeOverlay, .scrollUp, .scrollDown, .scrollPageUp, .scrollPageDown, .scrollTop,
             .acceptSearch, .cancelSearch, .deleteBackward, .matchUp, .matchDown:
            break  // effects, overlay and search-line actions: handled by the update
        }
    }
}

extension DashboardState {
    /// To the previous or next year with data; stays at the ends.
    mutating func moveYear(by step: Int, model: DashboardModel) {
        guard let index = model.years.firstIndex(of: year) ?? nearestYearIndex(model: model) else { return }
        let target = min(max(index + step, 0), model.years.count - 1)
        setYear(model.years[target], model: model)
    }

    /// With the trend focused, ←→ go to the previous or next year the
    /// selected indicator has a point in (any kind), staying at the ends.
    mutating func moveAlongTrend(by step: Int, model: DashboardModel) {
        guard let indicator = model.indicator(atPosition: selection) else { return moveYear(by: step, model: model) }
        let years = Set(indicator.observations.map(\.year)).sorted()
        let target = step < 0 ? years.last { $0 < year } : years.first { $0 > year }
        setYear(target, model: model)
    }

    mutating func setYear(_ newYear: Int?, model: DashboardModel) {
        guard let newYear, newYear != year else { return }
        year = newYear
        sourceIndex = 0
        chartScroll = 0
    }

    private func nearestYearIndex(model: DashboardModel) -> Int? {
        model.years.indices.min { abs(model.years[$0] - year) < abs(model.years[$1] - year) }
    }

    /// Up and down move the indicator selection, or, with the source pane
    /// focused, step through the sources that give a value for the year.
    mutating func moveSelectionOrSource(by step: Int, model: DashboardModel) {
        if focus == .source, let indicator = model.indicator(atPosition: selection) {
            let count = indicator.measurements(in: year).count
            if count > 1 {
                sourceIndex = (sourceIndex + step + count) % count
                return
            }
        }
        moveSelection(by: step, model: model)
    }

    /// Up and down walk the chart's rows as shown: the year's indicators, or all with `a`.
    mutating func moveSelection(by step: Int, model: DashboardModel) {
        let rows = model.chartRows(for: self)
        guard let current = rows.index(of: selection) else { return }
        let target = rows.positions[min(max(current + step, 0), rows.positions.count - 1)]
        if target != selection {
            selection = target
            sourceIndex = 0
        }
    }

    /// Scrolls the chart just enough to show the selected row (and the group header above it, when it is the first).
    mutating func keepSelectionVisible(model: DashboardModel, size: Size) {
        let visible = DashboardLayout(size: size).chartRowsVisible
        let chart = model.chartRows(for: self)
        guard visible > 0, let row = chart.row(of: selection, model: model) else { return }
        let top = row > 0 && chart.rows[row - 1].isGroup ? row - 1 : row
        let bottom = row + rowsPerIndicator - 1
        if top < chartScroll { chartScroll = top }
        if bottom >= chartScroll + visible { chartScroll = bottom - visible + 1 }
        chartScroll = min(max(chartScroll, 0), max(0, chart.rows.count - visible))
        // A base-year row never shows at the top without its indicator's row: start a row later.
        if chart.rows.indices.contains(chartScroll), case .base = chart.rows[chartScroll] { chartScroll += 1 }
    }

    /// A click on a year in the header, a headline tile, a chart row, a
    /// point of the trend or a city in the comparison pane selects it.
    mutating func click(x: Int, y: Int, data: DashboardData, size: Size) {
        let model = data.model(for: self)
        let layout = DashboardLayout(size: size, cityCount: data.cities.count, tileCount: model.headlinePositions.count)
        if let comparison = layout.comparison, comparison.inner.contains(x: x, y: y) {
            focus = .cities
            if let indicator = model.indicator(atPosition: selection) {
                let entries = CityComparisonPane.entries(of: indicator, state: self, data: data)
                let row = y - comparison.inner.y
                if entries.indices.contains(row) { switchCity(to: entries[row].city, data: data) }
            }
            return
        }
        guard layout.fits else { return }
        if layout.header.contains(x: x, y: y) {
            if let clicked = HeaderBar.strip(state: self, data: data).year(at: x - layout.header.x, width: layout.header.width) {
                setYear(clicked, model: model)
            }
            return
        }
        for (slot, rect) in layout.tiles.enumerated() where rect.contains(x: x, y: y) {
            if model.headlinePositions.indices.contains(slot) {
                selection = model.headlinePositions[slot]
                sourceIndex = 0
            }
            return
        }
        for (pane, rect) in [(Pane.chart, layout.chart), (.trend, layout.trend), (.source, layout.source)] where rect.contains(x: x, y: y) {
            focus = pane
        }
        // A click on the trend's plot selects the year of the nearest point.
        if layout.trend.inner.contains(x: x, y: y),
           let clicked = TrendPane.year(atColumn: x, layout.trend, state: self, data: data) {
            setYear(clicked, model: model)
            return
        }
        let inner = layout.chart.inner
        if inner.contains(x: x, y: y) {
            let rows = model.chartRows(for: self).rows
            let row = chartScroll + (y - inner.y)
            guard rows.indices.contains(row) else { return }
            switch rows[row] {
            case .indicator(let index), .base(let index):
                if let position = model.position(ofIndicator: model.dataset.indicators[index].id) {
                    selection = position
                    sourceIndex = 0
                }
            case .group:
                break
            }
        }
    }
}

extension DashboardState {
    /// Chart rows per indicator: two in compare mode (the year's, then the base year's).
    var rowsPerIndicator: Int { compareBase == nil ? 1 : 2 }

    /// `c`: into compare mode against the previous year with data (the next
    /// one from the first year), or out of it.
    mutating func toggleCompare(model: DashboardModel) {
        if compareBase != nil {
            compareBase = nil
            return
        }
        let others = model.years.filter { $0 != year }
        guard let base = others.last(where: { $0 < year }) ?? others.first else {
            message = .noOtherYear
            return
        }
        compareBase = base
        chartScroll = 0
    }

    /// `[` `]`: the base year to the previous or next year with data, past the selected year.
    mutating func moveBase(by step: Int, model: DashboardModel) {
        guard let base = compareBase else { return }
        let others = model.years.filter { $0 != year }
        guard let index = others.firstIndex(of: base) ?? others.lastIndex(where: { $0 < base }) else { return }
        compareBase = others[min(max(index + step, 0), others.count - 1)]
    }

    /// `<` `>`: the previous or next city, keeping the indicator and the years where it has them.
    mutating func switchCity(by step: Int, data: DashboardData) {
        guard data.hasSeveralCities else {
            message = .oneCityOnly
            return
        }
        let count = data.cities.count
        switchCity(to: ((city + step) % count + count) % count, data: data)
    }

    mutating func switchCity(to target: Int, data: DashboardData) {
        guard target != city, data.cities.indices.contains(target) else { return }
        let carried = carried(from: data.model(for: self), to: data.cities[target])
        self = carried
        city = target
        chartScroll = 0
    }
}
