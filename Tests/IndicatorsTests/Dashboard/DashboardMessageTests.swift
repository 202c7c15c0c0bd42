import Testing
@testable import Indicators
@testable import Widgets
@testable import DashboardUI

/// Messages other than keys, through the pure update: what used to be
/// reachable only by running the program in a terminal.
@Suite struct DashboardMessageTests {
    let size = Size(width: 80, height: 24)

    private func data(_ datasets: [Dataset]) -> DashboardData {
        DashboardData(cities: datasets.map { DashboardModel(dataset: $0) })
    }

    private func move(_ state: DashboardState, _ keys: [KeyEvent], data: DashboardData) -> DashboardState {
        keys.reduce(state) { DashboardUpdate.update($0, $1, data: data, size: size).0 }
    }

    /// The shipped dataset without the indicators `dropping`.
    private func shipped(dropping: Set<String> = []) -> Dataset {
        var dataset = Shipped.model.dataset
        dataset.indicators.removeAll { dropping.contains($0.id) }
        return dataset
    }

    @Test func theStartSelectsTheLatestYearAndTheFirstHeadline() {
        let state = DashboardUpdate.start(data: data([shipped()]), size: size)
        #expect(state.year == Shipped.model.years.last)
        #expect(Shipped.model.indicator(atPosition: state.selection)?.id == "gdp_share")
    }

    @Test func aTickAsksToLookAtTheFiles() {
        let old = data([shipped()])
        let state = DashboardUpdate.start(data: old, size: size)
        let (next, effects) = DashboardUpdate.update(state, .tick, data: old, size: size)
        #expect(next == state && effects == [.checkFiles])
    }

    @Test func aReloadKeepsTheIndicatorAndTheYearByID() {
        let old = data([shipped()])
        let start = move(DashboardUpdate.start(data: old, size: size), Shipped.keys(toYear: 2019) + [.down, .down], data: old)
        let selected = Shipped.model.indicator(atPosition: start.selection)?.id
        // The new file has fewer indicators before the selected one: its position moves, its id does not.
        let new = data([shipped(dropping: ["tax_share"])])
        let (next, effects) = DashboardUpdate.update(
            start, .reloaded(files: ["indicators.json"], problems: [], previous: old.cities[0]), data: new, size: size)
        #expect(effects.isEmpty)
        #expect(next.year == 2019)
        #expect(new.cities[0].indicator(atPosition: next.selection)?.id == selected)
        #expect(next.selection != start.selection || selected == nil)
        #expect(next.message == .reloaded(file: "indicators.json") && next.dataProblem == nil)
    }

    @Test func aBrokenFileKeepsTheLastGoodDataAndSaysWhyUntilFixed() {
        let old = data([shipped()])
        let start = move(DashboardUpdate.start(data: old, size: size), Shipped.keys(toYear: 2018), data: old)
        let problem = "indicators.json:3:1: expected a value, found end of file"
        let broken = DashboardUpdate.update(start, .reloaded(files: [], problems: [problem], previous: nil), data: old, size: size).0
        #expect(broken.dataProblem == problem && broken.message == nil && broken.year == 2018)
        #expect(DashboardView.draw(broken, data: old, size: size).text.contains("Kept the last good data: indicators.json:3:1"))
        // A key does not hide it: it stays until a reload succeeds.
        let pressed = move(broken, [.left], data: old)
        #expect(pressed.dataProblem == problem)
        let fixed = DashboardUpdate.update(pressed, .reloaded(files: ["indicators.json"], problems: [], previous: old.cities[0]),
                                           data: old, size: size).0
        #expect(fixed.dataProblem == nil && fixed.message == .reloaded(file: "indicators.json"))
    }

    @Test func aReloadThatDropsTheSelectedIndicatorFallsBackToTheFirstHeadline() {
        let old = data([shipped()])
        let start = move(DashboardUpdate.start(data: old, size: size), Shipped.keys(toYear: 2019) + [.down], data: old)
        let dropped = Shipped.model.indicator(atPosition: start.selection)?.id ?? ""
        let new = data([shipped(dropping: [dropped])])
        let next = DashboardUpdate.update(start, .reloaded(files: ["indicators.json"], problems: [], previous: old.cities[0]),
                                          data: new, size: size).0
        #expect(next.selection == new.cities[0].headlinePositions.first)
        #expect(new.cities[0].indicator(atPosition: next.selection)?.id != dropped)
    }

    @Test func aReloadWithFewerCitiesShowsTheFirst() {
        let old = GeneratedCities.data
        let start = move(DashboardUpdate.start(data: old, size: size), [.character(">"), .character(">")], data: old)
        #expect(start.city == 2)
        let new = DashboardData(cities: Array(old.cities.prefix(1)))
        let next = DashboardUpdate.update(start, .reloaded(files: ["a.json"], problems: [], previous: old.cities[2]),
                                          data: new, size: size).0
        #expect(next.city == 0)
        _ = DashboardView.draw(next, data: new, size: size)  // draws without trapping
    }

    @Test func aSnapshotWrittenOrRefusedIsSaidInTheStatusBar() {
        let shown = data([shipped()])
        let start = DashboardUpdate.start(data: shown, size: size)
        let written = DashboardUpdate.update(start, .snapshotWritten(path: "./citydash-almaty-2023-x.txt"), data: shown, size: size).0
        #expect(written.message == .snapshotWritten(path: "./citydash-almaty-2023-x.txt"))
        #expect(DashboardView.draw(written, data: shown, size: size).text.contains("Snapshot written to: ./citydash-almaty-2023-x.txt"))
        let refused = DashboardUpdate.update(start, .snapshotRefused(reason: "Permission denied"), data: shown, size: size).0
        #expect(DashboardView.draw(refused, data: shown, size: size).text.contains("Snapshot not written: Permission denied"))
        // The next key clears it.
        #expect(move(refused, [.left], data: shown).message == nil)
    }
}
