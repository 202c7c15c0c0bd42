/// The dashboard's only way to change: a pure function of the state, a key,
/// the data and the screen size (which mouse clicks and scrolling need).
public enum DashboardUpdate {
    /// One city's dashboard.
    public static func update(
        _ state: DashboardState, _ key: KeyEvent, model: DashboardModel, size: Size
    ) -> (DashboardState, DashboardEffect?) {
        update(state, key, data: DashboardData(model), size: size)
    }

    public static func update(
        _ state: DashboardState, _ key: KeyEvent, data: DashboardData, size: Size
    ) -> (DashboardState, DashboardEffect?) {
        var next = state
        next.message = nil
        let model = data.model(for: state)
        if key == .interrupt { return (next, .quit) }
        if key == .resize {
            next.keepSelectionVisible(model: model, size: size)
            return (next, nil)
        }
        if let overlay = state.overlay {
            return (updateOverlay(next, overlay, key, model: model, size: size), nil)
        }

        switch key {
        case .character("q"), .character("Q"):
            return (next, .quit)
        case .character("p"):
            return (next, .writeSnapshot)
        case .character("a"):
            next.showAll.toggle()
        case .character("r"):
            return (next, .reload)
        case .character("c"):
            next.toggleCompare(model: model)
        case .character("["):
            next.moveBase(by: -1, model: model)
        case .character("]"):
            next.moveBase(by: 1, model: model)
        case .character("<"), .character(","):
            next.switchCity(by: -1, data: data)
        case .character(">"), .character("."):
            next.switchCity(by: 1, data: data)
        case .character("o"):
            if data.hasSeveralCities { next.overlayCities.toggle() } else { next.message = .oneCityOnly }
        case .character("L"):
            let all = Language.allCases
            next.language = all[((all.firstIndex(of: state.language) ?? 0) + 1) % all.count]
            next.message = .language(next.language)
        case .left, .character("h"):
            next.moveYear(by: -1, model: model)
        case .right, .character("l"):
            next.moveYear(by: 1, model: model)
        case .home:
            next.setYear(model.years.first, model: model)
        case .end:
            next.setYear(model.years.last, model: model)
        case .up, .character("k"):
            next.moveSelectionOrSource(by: -1, model: model)
        case .down, .character("j"):
            next.moveSelectionOrSource(by: 1, model: model)
        case .pageUp:
            next.moveSelection(by: -max(1, DashboardLayout(size: size).chartRowsVisible / next.rowsPerIndicator - 1), model: model)
        case .pageDown:
            next.moveSelection(by: max(1, DashboardLayout(size: size).chartRowsVisible / next.rowsPerIndicator - 1), model: model)
        case .tab:
            next.focus = DashboardState.Pane(rawValue: (state.focus.rawValue + 1) % DashboardState.Pane.allCases.count) ?? .chart
        case .backTab:
            let count = DashboardState.Pane.allCases.count
            next.focus = DashboardState.Pane(rawValue: (state.focus.rawValue + count - 1) % count) ?? .chart
        case .enter:
            if model.indicator(atPosition: state.selection) != nil {
                next.overlay = .details
                next.overlayScroll = 0
            }
        case .help, .character("?"):
            next.overlay = .help
            next.overlayScroll = 0
        case .click(let x, let y):
            next.click(x: x, y: y, data: data, size: size)
        case .scrollUp:
            next.moveSelection(by: -1, model: model)
        case .scrollDown:
            next.moveSelection(by: 1, model: model)
        default:
            break
        }
        next.keepSelectionVisible(model: data.model(for: next), size: size)
        return (next, nil)
    }

    private static func updateOverlay(
        _ state: DashboardState, _ overlay: DashboardState.Overlay, _ key: KeyEvent, model: DashboardModel, size: Size
    ) -> DashboardState {
        var next = state
        switch key {
        case .escape, .enter, .character("q"), .character("?"), .help, .click:
            next.overlay = nil
        case .up, .character("k"), .scrollUp:
            next.overlayScroll = max(0, state.overlayScroll - 1)
        case .down, .character("j"), .scrollDown:
            next.overlayScroll = state.overlayScroll + 1
        case .pageUp:
            next.overlayScroll = max(0, state.overlayScroll - max(1, size.height - 8))
        case .pageDown:
            next.overlayScroll = state.overlayScroll + max(1, size.height - 8)
        case .home:
            next.overlayScroll = 0
        default:
            break
        }
        // The overlay clamps scrolling to its content when drawn; keep the state in range too.
        let lines = overlay == .help ? HelpOverlay.lines(language: state.language).count
            : DetailsOverlay.lineCount(state: state, model: model, width: DashboardLayout.overlayRect(size: size).inner.width)
        next.overlayScroll = min(next.overlayScroll, max(0, lines - DashboardLayout.overlayRect(size: size).inner.height))
        return next
    }
}

extension DashboardState {
    /// To the previous or next year with data; stays at the ends.
    mutating func moveYear(by step: Int, model: DashboardModel) {
        guard let index = model.years.firstIndex(of: year) ?? nearestYearIndex(model: model) else { return }
        let target = min(max(index + step, 0), model.years.count - 1)
        setYear(model.years[target], model: model)
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
    }

    /// A click on a year in the header, a headline tile, a chart row or a
    /// city in the comparison pane selects it.
    mutating func click(x: Int, y: Int, data: DashboardData, size: Size) {
        let model = data.model(for: self)
        let layout = DashboardLayout(size: size, cityCount: data.cities.count)
        if let comparison = layout.comparison, comparison.inner.contains(x: x, y: y) {
            focus = .trend
            if let indicator = model.indicator(atPosition: selection) {
                let entries = data.comparison(of: indicator, year: year).entries
                let row = y - comparison.inner.y
                if entries.indices.contains(row) { switchCity(to: entries[row].city, data: data) }
            }
            return
        }
        guard layout.fits else { return }
        if layout.header.contains(x: x, y: y) {
            if let clicked = HeaderBar.year(at: x, state: self, data: data, width: layout.header.width) {
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
