import Testing
@testable import Indicators
@testable import Widgets
@testable import DashboardUI
@testable import Importers

/// Key sequences through the pure update function, no terminal involved.
@Suite struct DashboardUpdateTests {
    let model = Shipped.model
    let size = Size(width: 80, height: 24)

    /// The state after `keys`, and the effects the last key asked for (nil when none).
    private func press(_ keys: [KeyEvent], from start: DashboardState? = nil) -> (DashboardState, DashboardEffect?) {
        var state = start ?? Shipped.state(after: [])
        var effects: [DashboardEffect] = []
        for key in keys {
            (state, effects) = DashboardUpdate.update(state, key, model: model, size: size)
        }
        #expect(effects.count <= 1)
        return (state, effects.first)
    }

    @Test func opensOnTheLatestYearWithTheFirstHeadline() {
        let state = Shipped.state(after: [])
        #expect(state.year == model.years.last)
        #expect(model.indicator(atPosition: state.selection)?.id == "gdp_share")
    }

    @Test func arrowsAndVimKeysWalkTheYearsWithData() {
        var visited: [Int] = []
        var state = press([.home]).0
        for _ in model.years {
            visited.append(state.year)
            state = press([.right], from: state).0
        }
        #expect(visited == model.years)
        #expect(state.year == model.years.last)  // stays at the end
        #expect(press([.character("h")], from: state).0.year == model.years[model.years.count - 2])
        #expect(press([.home, .character("l")]).0.year == model.years[1])
        #expect(press([.home, .left]).0.year == model.years.first)
        #expect(press([.home, .end]).0.year == model.years.last)
    }

    @Test func upAndDownSelectAmongTheYearsIndicators() {
        let start = press(Shipped.keys(toYear: 2018)).0
        let rows = model.chartRows(year: 2018, selection: start.selection, showAll: false)
        let (down, _) = press([.down, .character("j")], from: start)
        let index = rows.positions.firstIndex(of: start.selection) ?? 0
        #expect(down.selection == rows.positions[index + 2])
        #expect(press([.up, .character("k")], from: down).0.selection == start.selection)
        // Every indicator the 2018 list shows has a value in 2018, but for the kept selection.
        for position in rows.positions where position != start.selection {
            #expect(model.positionsWithData[2018]?.contains(position) == true)
        }
    }

    @Test func selectionStaysOnItsIndicatorAcrossYears() {
        let (state, _) = press(Shipped.keys(toYear: 2018) + [.down, .down, .down])
        let id = model.indicator(atPosition: state.selection)?.id
        let moved = press([.left, .left], from: state).0
        #expect(model.indicator(atPosition: moved.selection)?.id == id)
        #expect(model.chartRows(year: moved.year, selection: moved.selection, showAll: false).positions.contains(moved.selection))
    }

    @Test func listScrollsToKeepTheSelectionVisible() {
        let (state, _) = press([.character("a")] + [KeyEvent](repeating: .down, count: 40))
        let visible = DashboardLayout(size: size).chartRowsVisible
        let rows = model.chartRows(year: state.year, selection: state.selection, showAll: true)
        let row = rows.row(of: state.selection, model: model) ?? -1
        #expect(state.chartScroll > 0)
        #expect(row >= state.chartScroll && row < state.chartScroll + visible)
    }

    @Test func tabCyclesFocusBothWays() {
        #expect(press([.tab]).0.focus == .trend)
        #expect(press([.tab, .tab]).0.focus == .source)
        #expect(press([.tab, .tab, .tab]).0.focus == .chart)
        #expect(press([.backTab]).0.focus == .source)
    }

    @Test func overlaysOpenAndClose() {
        #expect(press([.help]).0.overlay == .help)
        #expect(press([.character("?")]).0.overlay == .help)
        #expect(press([.enter]).0.overlay == .details)
        #expect(press([.enter, .escape]).0.overlay == nil)
        // Keys under an overlay scroll it, not the dashboard.
        let year = press([]).0.year
        let (state, effect) = press([.enter, .down, .left, .character("q")])
        #expect(state.overlay == nil && state.year == year && effect == nil)
    }

    @Test func quitAndSnapshotAreEffects() {
        #expect(press([.character("q")]).1 == .quit)
        #expect(press([.interrupt]).1 == .quit)
        // The snapshot is the screen the update would draw, without the status line, the source whole.
        let state = Shipped.state(after: Shipped.keys(toYear: 2019))
        let text = TextSnapshot.grid(state, data: DashboardData(model), size: size).text
        #expect(press([.character("p")], from: state).1 == .writeSnapshot(text: text, city: "almaty", year: 2019))
    }

    @Test func sourcePaneStepsThroughDisagreeingSources() {
        let at2019 = press(Shipped.keys(toYear: 2019)).0
        let rows = model.chartRows(year: 2019, selection: at2019.selection, showAll: false)
        guard let population = rows.positions.first(where: { model.indicator(atPosition: $0)?.id == "population" }) else {
            Issue.record("population has no 2019 row")
            return
        }
        var state = at2019
        state.selection = population
        state.focus = .source
        let next = press([.down], from: state).0
        #expect(next.sourceIndex == 1 && next.selection == population)
        #expect(press([.down, .down], from: state).0.sourceIndex == 0)
    }

    @Test func clicksSelectYearsTilesAndRows() {
        let start = press([]).0
        let slots = HeaderBar.strip(state: start, data: DashboardData(model)).slots(width: size.width)
        guard case .year(let year) = slots.first(where: { if case .year = $0.kind { return true } else { return false } })?.kind,
              let x = slots.first(where: { if case .year(year) = $0.kind { return true } else { return false } })?.x else {
            Issue.record("no year in the header")
            return
        }
        #expect(press([.click(x: x + 1, y: 0)]).0.year == year)
        let layout = DashboardLayout(size: size)
        let third = press([.click(x: layout.tiles[2].x + 2, y: layout.tiles[2].y + 1)]).0
        #expect(model.indicator(atPosition: third.selection)?.id == "investment_growth")
        let rowClick = press([.click(x: layout.chart.x + 3, y: layout.chart.y + 3)]).0
        let rows = model.chartRows(year: start.year, selection: start.selection, showAll: false)
        if case .indicator(let index) = rows.rows[2] {
            #expect(model.order[rowClick.selection] == index)
        } else {
            Issue.record("row 2 is a group header")
        }
    }
}
