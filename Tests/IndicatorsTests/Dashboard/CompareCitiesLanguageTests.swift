import Testing
@testable import Indicators
@testable import Widgets
@testable import DashboardUI
@testable import Importers

/// Compare mode, the city switcher and the language key, through the pure
/// update function and the drawn grid.
@Suite struct CompareCitiesLanguageTests {
    let size = Size(width: 80, height: 24)

    private func press(_ keys: [KeyEvent], data: DashboardData = DashboardData(Shipped.model),
                       from start: DashboardState? = nil) -> DashboardState {
        var state = start ?? DashboardUpdate.start(data: data, size: size)
        for key in keys {
            state = DashboardUpdate.update(state, key, data: data, size: size).0
        }
        return state
    }

    private func keys(_ text: String) -> [KeyEvent] { text.map { .character($0) } }

    @Test func cComparesWithThePreviousYearWithDataAndLeavesAgain() {
        let at2019 = press(Shipped.keys(toYear: 2019))
        let compared = press(keys("c"), from: at2019)
        #expect(compared.compareBase == 2018)
        #expect(press(keys("c"), from: compared).compareBase == nil)
        // From the first year there is no earlier one: the next is the base.
        #expect(press([.home] + keys("c")).compareBase == Shipped.model.years[1])
    }

    @Test func bracketsMoveTheBasePastTheSelectedYearAndStopAtTheEnds() {
        let years = Shipped.model.years
        let compared = press(Shipped.keys(toYear: 2019) + keys("c"))
        #expect(press(keys("["), from: compared).compareBase == 2017)
        #expect(press(keys("]"), from: compared).compareBase == 2020)  // 2019 itself is skipped
        #expect(press(keys(String(repeating: "[", count: 30)), from: compared).compareBase == years.first)
        #expect(press(keys(String(repeating: "]", count: 30)), from: compared).compareBase == years.last)
        // Outside compare mode the brackets do nothing.
        #expect(press(keys("["), from: press(Shipped.keys(toYear: 2019))).compareBase == nil)
    }

    @Test func compareRowsAreBothYearsIndicatorsEachWithItsBaseRow() {
        let model = Shipped.model
        for (year, base) in [(2019, 2015), (2023, 1993), (2015, 2019)] {
            var state = press([])
            state.year = year
            state.compareBase = base
            let rows = model.chartRows(for: state)
            let expected = model.positionsWithData[year, default: []].union(model.positionsWithData[base, default: []])
                .union([state.selection]).sorted()
            #expect(rows.positions == expected)
            let indicatorRows = rows.rows.indices.filter { if case .indicator = rows.rows[$0] { true } else { false } }
            #expect(indicatorRows.allSatisfy { rows.rows[$0 + 1] == .base(model.order[rows.positions[indicatorRows.firstIndex(of: $0)!]]) })
        }
    }

    @Test func oneYearOnlyHasNothingToCompareWith() throws {
        let model = DashboardModel(dataset: try Fixtures.decode(GeneratedCities.json(id: "one", name: "One", series: [
            .init(id: "gdp_share", values: [(2019, 10)]),
        ])))
        let state = press(keys("c"), data: DashboardData(model))
        #expect(state.compareBase == nil)
        #expect(state.message == .noOtherYear)
    }

    @Test func compareModeDrawsBothYearsAndTheChangeColouredByBetter() {
        let state = press(Shipped.keys(toYear: 2019) + keys("c") + Array(repeating: KeyEvent.character("["), count: 3))
        #expect(state.compareBase == 2015)
        let grid = DashboardView.draw(state, model: Shipped.model, size: size)
        let lines = grid.text.split(separator: "\n").map(String.init)
        #expect(lines[0].contains("2015 → 2019"))
        #expect(lines.contains { $0.contains("Indicators · 2015 → 2019") })
        // Tax share fell from 31 % to 25 %, and higher is better: red (worse).
        let row = try! #require(lines.firstIndex { $0.contains("Tax revenue s") && $0.contains("-6.0 pp") })
        #expect(lines[row + 1].contains("2015") && lines[row + 1].contains("31.0 %"))
        let column = DisplayWidth.of(String(lines[row][..<lines[row].range(of: "-6.0 pp")!.lowerBound]))
        #expect(grid[column, row].style.role == .worse)
        // The tile shows both values.
        #expect(lines[2].contains("25.0 % ≈ -6.0 pp") && lines[3].contains("2015: 31.0 %"))
    }

    @Test func citiesSwitchKeepingTheIndicatorAndTheYear() {
        let data = GeneratedCities.data
        let start = press(Shipped.keys(toYear: 2019), data: data)
        let north = press(keys(">"), data: data, from: start)
        #expect(north.city == 1 && north.year == 2019)
        #expect(data.model(for: north).indicator(atPosition: north.selection)?.id == "gdp_share")
        #expect(press(keys(">>"), data: data, from: start).city == 2)
        #expect(press(keys(">>>"), data: data, from: start).city == 0)  // wraps round
        #expect(press(keys("<"), data: data, from: start).city == 2)
        // Almaty's 2023 is also South's; North has no 2023: the nearest year, 2019.
        let at2023 = press([.end], data: data)
        #expect(press(keys(">"), data: data, from: at2023).year == 2019)
        #expect(press(keys("<"), data: data, from: at2023).year == 2023)
    }

    @Test func oneCityHasNoSwitcherOrOverlay() {
        let state = press(keys(">"))
        #expect(state.city == 0 && state.message == .oneCityOnly)
        #expect(press(keys("o")).overlayCities == false)
    }

    @Test func theComparisonPaneRanksTheCitiesAndReportsOtherUnits() {
        let data = GeneratedCities.data
        var state = press(Shipped.keys(toYear: 2019), data: data)
        var text = DashboardView.draw(state, data: data, size: size).text
        #expect(text.contains("1. South Test") && text.contains("2. Almaty") && text.contains("3. North Test"))
        state.selection = Shipped.model.position(ofIndicator: "population")!
        text = DashboardView.draw(state, data: data, size: Size(width: 100, height: 30)).text
        #expect(text.contains("Cities · 2019 · people") && text.contains("South Test unit: share %"))
        #expect(text.contains("1. Almaty") && text.contains("2. North Test"))
    }

    @Test func theTrendOverlaysEveryCityWithALegend() {
        let data = GeneratedCities.data
        let state = press(Shipped.keys(toYear: 2019) + keys("o"), data: data)
        #expect(state.overlayCities)
        let text = DashboardView.draw(state, data: data, size: Size(width: 120, height: 40)).text
        // A line per city, each named with its mark in the legend (with the year's values where they fit).
        #expect(text.contains("● Almaty  ■ South Test  ◆ North Test"))
        #expect(text.contains("25.5 %"))
        let wide = DashboardView.draw(state, data: data, size: Size(width: 200, height: 50)).text
        #expect(wide.contains("● Almaty 19.5 %  ■ South Test 25.5 %  ◆ North Test 11.2 %"))
    }

    @Test func lCyclesTheLanguageAndEveryPaneFollows() {
        let kazakh = press(keys("L"))
        #expect(kazakh.language == .kk && kazakh.message == .language(.kk))
        #expect(press(keys("LL")).language == .ru)
        #expect(press(keys("LLL")).language == .en)
        let text = DashboardView.draw(press(keys("L") + [.down]), model: Shipped.model, size: size).text
        #expect(text.contains("Көрсеткіштер") && text.contains("Динамика") && text.contains("Дереккөз"))
        #expect(text.contains("ЖІӨ үлесі") && text.contains("22,9 %"))
        #expect(!text.contains("Indicators") && !text.contains("22.9 %"))
    }

    /// Every label fits the 80-column screen in every language: hints are
    /// dropped whole, never cut, and pane titles and help lines are not cut.
    @Test(arguments: Language.allCases)
    func labelsFitAt80Columns(language: Language) {
        let text = InterfaceText.for(language)
        let layout = DashboardLayout(size: size, cityCount: 3)
        let data = GeneratedCities.data
        for keys in [[], keys("c"), keys(">"), [KeyEvent.tab, .tab]] {
            var state = press(keys, data: data)
            state.language = language
            let hints = StatusLine.fitting(StatusBar.hints(state: state, data: data), width: size.width - 1)
            let kept = KeyTable.bindings.filter { $0.mode == .dashboard }.compactMap(\.hint).filter { $0.priority == 0 && $0.when == .always }.map { $0.words[language] }
            #expect(!kept.isEmpty && kept.allSatisfy(hints.contains), "\(kept) are not all in \(hints)")
            let line = DashboardView.draw(state, data: data, size: size).text.split(separator: "\n").last.map(String.init) ?? ""
            #expect(!line.contains("…"), "the status bar is cut: \(line)")
        }
        let overlay = DashboardLayout.overlayRect(size: size).inner
        for case .pair(let key, let meaning) in OverlayContent.help(language: language) {
            #expect(DisplayWidth.of(key) < 15 && DisplayWidth.of(meaning) <= overlay.width - 17, "help line too long: \(meaning)")
        }
        let scales: [GroupScale] = [.shares(negative: false), .growth(magnitude: 2500, clipped: true),
                                    .ownMaximum(years: 1991...2024, negative: false, positive: true), .ranks]
        for unit in Unit.allCases {
            for scale in scales {
                // The shortest wording fits the chart at the smallest size.
                let title = scale.titles(unit, text: text, language: language).last ?? ""
                #expect(DisplayWidth.of(title) <= layout.chart.inner.width, "group title too long: \(title)")
            }
        }
        for title in [text.indicators + " · 2015 → 2019 · " + text.allIndicators, text.cities + " · 2019", text.trend, text.source] {
            #expect(DisplayWidth.of(title) + 2 <= layout.chart.width - 2, "pane title too long: \(title)")
        }
        // "last (2018): 40.0 %" gives way to "2018: 40.0 %" in a narrow tile: words go, digits stay.
        for word in [text.noData, text.firstFigure, "2018: 40,0 %"] {
            #expect(DisplayWidth.of(word) <= layout.tiles[0].inner.width, "tile text too long: \(word)")
        }
        let messages: [StatusMessage] = [.noOtherYear, .oneCityOnly, .language(language), .noMatch("unemployment")]
            + ListOrder.allCases.map(StatusMessage.order) + Transform.allCases.map(StatusMessage.transform)
        for message in messages {
            let line = message.text(text, language: language)
            #expect(DisplayWidth.of(line) < size.width, "message too long: \(line)")
        }
    }
}
