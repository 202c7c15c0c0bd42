import Testing
@testable import Indicators
@testable import Widgets
@testable import DashboardUI
@testable import Importers

@Suite struct CalculationTests {
    private func indicator(_ unit: Unit, _ points: [(Int, Double, Bool)], better: Better = .higher) -> Indicator {
        Indicator(id: "x", name: LocalizedText(en: "X"), unit: unit, better: better, observations: points.map {
            Observation(year: $0.0, value: $0.1, projection: $0.2, source: "s", quote: "q")
        })
    }

    @Test func previousSkipsYearsWithoutMeasurementAndProjections() {
        let series = indicator(.percent, [(2013, 18, false), (2015, 20, false), (2016, 30, true), (2019, 20.6, false)])
        #expect(series.previous(before: 2019)?.year == 2015)
        #expect(series.previous(before: 2015)?.year == 2013)
        #expect(series.previous(before: 2013) == nil)
        #expect(series.measuredYears == [2013, 2015, 2019])
    }

    @Test func firstListedMeasurementIsShownAndDisagreementFlagged() {
        let population = indicator(.people, [(2019, 3_000_000, false), (2019, 1_800_000, false), (2019, 5_000_000, true)])
        #expect(population.shown(in: 2019)?.value == 3_000_000)
        #expect(population.sourcesDisagree(in: 2019))
        #expect(population.projection(in: 2019)?.value == 5_000_000)
        let agreeing = indicator(.percent, [(2019, 20, false), (2019, 20, false)])
        #expect(!agreeing.sourcesDisagree(in: 2019))
    }

    @Test func seriesHasOnePointAYearPreferringMeasurements() {
        let population = indicator(.people, [(2019, 3_000_000, false), (2030, 5_000_000, true), (2011, 1_435_000, false)])
        let series = population.series()
        #expect(series.map(\.year) == [2011, 2019, 2030])
        #expect(series.map(\.observation.projection) == [false, false, true])
    }

    @Test func datasetYearsIgnoreProjections() {
        let dataset = Dataset(city: City(id: "c", name: LocalizedText(en: "C")), sources: [], indicators: [
            indicator(.percent, [(2018, 20, false), (2013, 18, false)]),
            indicator(.people, [(2019, 3e6, false), (2030, 5e6, true)]),
        ])
        #expect(dataset.years == [2013, 2018, 2019])
    }

    @Test func changeSuitsTheUnit() {
        #expect(Change.between(18, 20.6, unit: .percent) == .points(20.6 - 18))
        #expect(Change.between(25, 17.2, unit: .percentChange) == .points(17.2 - 25))
        #expect(Change.between(400, 500, unit: .tenge) == .percent(25))
        // From a zero or negative base a percent means nothing: the difference in the unit instead.
        #expect(Change.between(0, 5, unit: .count) == .difference(5, .count))
        #expect(Change.between(-100e9, 50e9, unit: .tenge) == .difference(150e9, .tenge))
        #expect(ValueFormatter.format(Change.difference(150e9, .tenge)) == "+150 bn ₸")
        #expect(ValueFormatter.format(Change.difference(-2, .count)) == "-2")
        #expect(Change.between(28, 25, unit: .rank) == .places(3))
    }

    @Test func verdictFollowsBetter() {
        #expect(Verdict.of(from: 5, to: 4.8, better: .lower) == .better)
        #expect(Verdict.of(from: 18, to: 20, better: .higher) == .better)
        #expect(Verdict.of(from: 20, to: 18, better: .higher) == .worse)
        #expect(Verdict.of(from: 1, to: 2, better: .neutral) == .neutral)
        #expect(Verdict.of(from: 2, to: 2, better: .higher) == .unchanged)
    }

    @Test func rankingPutsTheBestFirstAndSharesTies() {
        let ranked = Ranking.rank([(key: "a", value: 20), (key: "b", value: 31), (key: "c", value: 20), (key: "d", value: 5)], better: .higher)
        #expect(ranked.map(\.key) == ["b", "a", "c", "d"])
        #expect(ranked.map(\.place) == [1, 2, 2, 4])
        let lowerIsBetter = Ranking.rank([(key: "a", value: 4.8), (key: "b", value: 5.1)], better: .lower)
        #expect(lowerIsBetter.map(\.key) == ["a", "b"])
    }
}
