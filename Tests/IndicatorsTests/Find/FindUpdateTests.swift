import Testing
@testable import Indicators
@testable import Widgets
@testable import DashboardUI

/// The search line, the order and the transformation through the pure update.
@Suite struct FindUpdateTests {
    let model = Shipped.model
    let size = Size(width: 80, height: 24)

    private func press(_ keys: [KeyEvent], from start: DashboardState? = nil, data: DashboardData? = nil) -> (DashboardState, [DashboardEffect]) {
        let data = data ?? DashboardData(model)
        var state = start ?? DashboardUpdate.start(data: data, size: size)
        var all: [DashboardEffect] = []
        for key in keys {
            let (next, effects) = DashboardUpdate.update(state, key, data: data, size: size)
            state = next
            all += effects
        }
        return (state, all)
    }

    private func typing(_ text: String) -> [KeyEvent] { text.map(KeyEvent.character) }

    private func selected(_ state: DashboardState) -> String? { model.indicator(atPosition: state.selection)?.id }

    @Test func typingNarrowsTheListAndEnterGoesToTheMatch() {
        let (open, _) = press([.character("/")] + typing("unemp"))
        #expect(open.search?.query == "unemp")
        #expect(selected(open) == "unemployment_rate")
        let rows = model.chartRows(for: open)
        #expect(rows.positions.first == open.selection && rows.positions.count == open.search?.matches.count)
        #expect(!rows.rows.contains { $0.isGroup })
        let (done, _) = press([.enter], from: open)
        #expect(done.search == nil && selected(done) == "unemployment_rate")
        #expect(done.lastSearch?.query == "unemp")
        // The list is the year's again, with the match in it.
        #expect(model.chartRows(for: done).positions.contains(done.selection))
    }

    @Test func escapeRestoresTheListAsItWas() {
        let before = press(Shipped.keys(toYear: 2019) + [.down, .down, .down]).0
        let (after, _) = press([.character("/")] + typing("безраб") + [.escape], from: before)
        #expect(after.search == nil)
        #expect(after.selection == before.selection && after.chartScroll == before.chartScroll)
        #expect(after.lastSearch == nil)
    }

    @Test func keysAreTextWhileTheLineIsOpen() {
        let (state, effects) = press([.character("/")] + typing("pqo") + [.character("?"), .character("c"), .backspace])
        #expect(effects.isEmpty)  // no snapshot, no quit
        #expect(state.search?.query == "pqo?")
        #expect(state.overlay == nil && state.compareBase == nil && !state.overlayCities)
        #expect(press([.character("/"), .interrupt]).1 == [.quit])
    }

    @Test func aPasteIsTextOnTheLineAndIgnoredElsewhere() {
        let long = String(repeating: "pq\no\u{1B}[A", count: 20_000)
        let (open, effects) = press([.character("/"), .paste(long)])
        #expect(effects.isEmpty)
        #expect(open.search?.query.count == Search.longestQuery)
        #expect(open.search?.query.contains("\n") == false && open.search?.query.contains("\u{1B}") == false)
        let start = press([]).0
        let (ignored, none) = press([.paste("pq?c")], from: start)
        #expect(none.isEmpty && ignored == start)
    }

    @Test func nAndNStepThroughTheMatches() {
        let (found, _) = press([.character("/")] + typing("growth") + [.enter])
        let matches = found.lastSearch?.matches ?? []
        #expect(matches.count > 2)
        let (second, _) = press([.character("n")], from: found)
        #expect(second.selection == matches[1])
        let (back, _) = press([.character("N")], from: second)
        #expect(back.selection == matches[0])
        let (wrapped, _) = press([.character("N")], from: back)
        #expect(wrapped.selection == matches.last)
        #expect(press([.character("/")] + typing("zzzzqx") + [.enter]).0.message == .noMatch("zzzzqx"))
    }

    @Test func searchFindsNamesInEveryLanguageWhateverTheInterfaceLanguage() {
        for query in ["unemp", "жұмыссыз", "жумыссыз", "безраб", "unemployment_rate"] {
            #expect(selected(press([.character("/")] + typing(query)).0) == "unemployment_rate", "\(query)")
            #expect(selected(press([.character("L"), .character("/")] + typing(query)).0) == "unemployment_rate", "kk: \(query)")
        }
    }

    @Test func sortOrdersWithinEachUnitsGroupAndNamesTheOrder() {
        let plain = press([]).0
        let (byValue, _) = press([.character("s")])
        #expect(byValue.order == .value && byValue.message == .order(.value))
        let rows = model.chartRows(for: byValue)
        #expect(Set(rows.positions) == Set(model.chartRows(for: plain).positions))
        // Each group's values are largest first; groups stay in the unit order.
        var lastUnit: Indicators.Unit?
        var lastValue = Double.infinity
        for position in rows.positions {
            let indicator = model.indicator(atPosition: position)!
            if indicator.unit != lastUnit { lastUnit = indicator.unit; lastValue = .infinity }
            if let value = indicator.shown(in: byValue.year)?.value, indicator.unit != .rank {
                #expect(value <= lastValue, "\(indicator.id)")
                lastValue = value
            }
        }
        #expect(DashboardView.draw(byValue, model: model, size: size).text.contains("15 of 105 · by value"))
        #expect(press([.character("s"), .character("s"), .character("s"), .character("s")]).0.order == .file)
    }

    @Test func uCyclesAndCompareModeBeginsWithTheCAGR() {
        let (level, _) = press([])
        #expect(level.transform == .level)
        #expect(press([.character("u")]).0.transform == .change)
        let grp = model.position(ofIndicator: "grp")!
        var start = press([]).0
        start.selection = grp
        start.year = 2023
        let (cagr, _) = press([.character("c"), .character("u")], from: start)
        #expect(cagr.transform == .cagr && cagr.compareBase == 2022)
        let screen = DashboardView.draw(cagr, model: model, size: size).text
        #expect(screen.contains("CAGR 2022→2023"), "\(screen)")
    }

    @Test func snapshotViewOpensOnTheIndicatorAndTransform() {
        let data = DashboardData(model)
        let state = DashboardUpdate.start(data: data, size: size,
                                          view: .init(city: 0, year: 2023, compareBase: 2010, indicator: "grp", transform: .cagr))
        let screen = DashboardView.draw(state, data: data, size: size).text
        #expect(screen.contains("CAGR 2010→2023: +15.39 %/yr (13 years)"), "\(screen)")
        #expect(screen.contains("3.92 trn ₸ (2010, official) → 25.2 trn ₸ (2023, official)"))
    }

    @Test func theCitiesPaneSearchesCitiesWhenFocused() {
        let data = GeneratedCities.data
        let (focused, _) = press([.tab], data: data)
        #expect(focused.focus == .cities)
        let (open, _) = press([.character("/")] + typing("южн"), from: focused, data: data)
        #expect(open.search?.target == .cities)
        let south = data.cities.firstIndex { $0.dataset.city.id == "south" }
        #expect(open.search?.matches.first == south)
        let (done, _) = press([.enter], from: open, data: data)
        #expect(done.city == south)
    }
}
