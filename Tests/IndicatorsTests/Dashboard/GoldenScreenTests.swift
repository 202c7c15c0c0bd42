import SnapshotTesting
import Testing
@testable import Indicators
@testable import Widgets
@testable import DashboardUI
@testable import Importers

/// Whole screens compared with text files in __Snapshots__/. A change to
/// the layout or the data shows up as a diff to review; in CI
/// (SNAPSHOT_TESTING_RECORD=never) a missing reference fails.
@Suite struct GoldenScreenTests {
    static let small = Size(width: 80, height: 24)
    static let large = Size(width: 120, height: 40)

    private func check(
        _ keys: [KeyEvent], size: Size, named name: String,
        fileID: StaticString = #fileID, file: StaticString = #filePath, line: UInt = #line, column: UInt = #column
    ) {
        let text = Shipped.screen(after: keys, size: size).text
        assertSnapshot(of: text, as: .lines, named: name, fileID: fileID, file: file, testName: "screen", line: line, column: column)
    }

    @Test func openingScreen() {
        check([], size: Self.small, named: "80x24-latest")
        check([], size: Self.large, named: "120x40-latest")
    }

    @Test func year2018() {
        check(Shipped.keys(toYear: 2018), size: Self.small, named: "80x24-2018")
        check(Shipped.keys(toYear: 2018), size: Self.large, named: "120x40-2018")
    }

    /// Twelve rows down the 2019 list: the chart scrolls to keep the selection in view.
    @Test func year2019TwelveRowsDown() {
        let keys: [KeyEvent] = Shipped.keys(toYear: 2019) + [KeyEvent](repeating: .down, count: 12)
        check(keys, size: Self.small, named: "80x24-2019-down12")
    }

    @Test func sourcePaneFocusedWhereSourcesDisagree() {
        // Population 2019: 1.8 M (Kazinform) and 3 M (the mayor, 003): the second source.
        var keys: [KeyEvent] = Shipped.keys(toYear: 2019)
        let state = Shipped.state(after: keys)
        let rows = Shipped.model.chartRows(year: state.year, selection: state.selection, showAll: false)
        let population = rows.positions.firstIndex { Shipped.model.indicator(atPosition: $0)?.id == "population" } ?? 0
        let current = rows.positions.firstIndex(of: state.selection) ?? 0
        keys += [KeyEvent](repeating: .down, count: population - current) + [.tab, .tab, .down]
        check(keys, size: Self.large, named: "120x40-2019-population-second-source")
    }

    @Test func overlays() {
        check([.help], size: Self.small, named: "80x24-help")
        check([.enter], size: Self.small, named: "80x24-details")
    }

    /// Compare mode (2015 → 2019) in each language, and the opening screen and
    /// the help in Kazakh and Russian (English has them above).
    @Test(arguments: Language.allCases)
    func inEveryLanguage(language: Language) {
        let toLanguage = [KeyEvent](repeating: .character("L"), count: Language.allCases.firstIndex(of: language) ?? 0)
        let compare: [KeyEvent] = Shipped.keys(toYear: 2019) + [.character("c"), .character("["), .character("["), .character("[")]
        check(toLanguage + compare, size: Self.small, named: "80x24-\(language.rawValue)-compare-2015-2019")
        guard language != .en else { return }
        // Esc clears the language message, so the status bar shows the hints.
        check(toLanguage + [.escape], size: Self.small, named: "80x24-\(language.rawValue)-latest")
        check(toLanguage + [.help], size: Self.small, named: "80x24-\(language.rawValue)-help")
    }

    /// The shipped file with two generated cities: the comparison pane, and the cities overlaid on the trend.
    @Test func severalCities() {
        let data = GeneratedCities.data
        for (keys, size, name) in [
            (Shipped.keys(toYear: 2019), Self.small, "80x24-cities-2019"),
            (Shipped.keys(toYear: 2019) + [.character(">")], Self.small, "80x24-cities-2019-north"),
            (Shipped.keys(toYear: 2019) + [.character("o")], Self.large, "120x40-cities-2019-overlay"),
        ] {
            var state = DashboardUpdate.start(data: data, size: size)
            for key in keys { state = DashboardUpdate.update(state, key, data: data, size: size).0 }
            assertSnapshot(of: DashboardView.draw(state, data: data, size: size).text, as: .lines, named: name, testName: "screen")
        }
    }

    /// An imported file: 2020's negative growth goes left of the zero axis; the trend crosses zero, with gaps
    /// where years are missing; two headlines make two wide tiles; a change from a negative base is a difference.
    @Test func importedNegativeGrowthGapsAndZero() {
        let data = DashboardData(GeneratedCities.importedModel)
        let model = GeneratedCities.importedModel
        let toYear = { (year: Int) -> [KeyEvent] in [.home] + [KeyEvent](repeating: .right, count: model.years.firstIndex(of: year) ?? 0) }
        let account = model.position(ofIndicator: "current_account") ?? 0
        let growth = model.position(ofIndicator: "gdp_growth") ?? 0
        let toAccount = [KeyEvent](repeating: .down, count: max(0, account - growth))
        for (keys, size, name) in [
            (toYear(2020), Self.small, "80x24-imported-2020-negative-growth-gaps"),
            (toYear(2020) + toAccount, Self.large, "120x40-imported-2020-balance-crosses-zero"),
            (toYear(2022) + toAccount + [.character("c")], Self.large, "120x40-imported-compare-from-negative-base"),
        ] {
            var state = DashboardUpdate.start(data: data, size: size)
            for key in keys { state = DashboardUpdate.update(state, key, data: data, size: size).0 }
            assertSnapshot(of: DashboardView.draw(state, data: data, size: size).text, as: .lines, named: name, testName: "screen")
        }
    }

    /// Three cities overlaid on the trend at 80×24: three lines, three marks, one legend.
    @Test func threeCitiesOverlaidSmall() {
        let data = GeneratedCities.data
        var state = DashboardUpdate.start(data: data, size: Self.small)
        for key in Shipped.keys(toYear: 2019) + [.character("o")] { state = DashboardUpdate.update(state, key, data: data, size: Self.small).0 }
        assertSnapshot(of: DashboardView.draw(state, data: data, size: Self.small).text, as: .lines, named: "80x24-cities-2019-overlay",
                       testName: "screen")
    }

    /// Compare mode at 80×24, then nine rows down: bars keep their length as rows scroll, and no
    /// base-year row is shown at the top without its indicator.
    @Test func compareModeScroll() {
        check([.character("c")] + [KeyEvent](repeating: .character("j"), count: 9), size: Self.small, named: "80x24-compare-down9")
    }

    /// What NO_COLOR leaves: attributes without colours (the ANSI text without colour codes).
    /// Better and worse still read apart, by ▲ and ▼.
    @Test func noColor() {
        let keys: [KeyEvent] = Shipped.keys(toYear: 2019) + [.character("c"), .character("["), .character("["), .character("[")]
        let text = ANSIText.render(Shipped.screen(after: keys, size: Self.small), palette: nil)
        #expect(text.contains("▲") && text.contains("▼"))
        #expect(!text.contains("[3") && !text.contains("38;5"))
        assertSnapshot(of: text, as: .lines, named: "80x24-no-color-compare-2015-2019", testName: "ansi")
    }

    @Test func tooSmall() {
        check([], size: Size(width: 59, height: 20), named: "59x20-too-small")
    }
}
