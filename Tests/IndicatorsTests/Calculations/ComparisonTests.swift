import Testing
@testable import Indicators
@testable import Widgets
@testable import DashboardUI
@testable import Importers

/// Year against base year, city against city, and the language the environment asks for.
@Suite struct ComparisonTests {
    let gdp = Shipped.model.indicator(id: "gdp_share")!
    let tax = Shipped.model.indicator(id: "tax_share")!

    @Test func yearComparisonGivesBothValuesAndTheChange() throws {
        let comparison = YearComparison(indicator: tax, year: 2019, base: 2015)
        #expect(comparison.base?.value == 31)
        #expect(comparison.current?.value == 25)
        #expect(comparison.change == .points(-6))
        #expect(comparison.verdict == .worse)  // a smaller share of taxes, where higher is better
    }

    @Test func aYearWithoutAMeasurementHasNoChange() {
        let sme = Shipped.model.indicator(id: "sme_share")!
        let comparison = YearComparison(indicator: sme, year: 2019, base: 2018)
        #expect(comparison.base?.value == 40)
        #expect(comparison.current == nil)
        #expect(comparison.change == nil && comparison.verdict == nil)
    }

    @Test func levelsChangeInPercentAndRanksInPlaces() throws {
        let dataset = try Fixtures.decode(GeneratedCities.json(id: "x", name: "X", series: [
            .init(id: "grp", unit: "tenge", values: [(2015, 200), (2019, 250)]),
            .init(id: "rank", unit: "rank", better: "lower", values: [(2015, 30), (2019, 25)]),
        ]))
        let grp = YearComparison(indicator: dataset.indicators[0], year: 2019, base: 2015)
        #expect(grp.change == .percent(25))
        let rank = YearComparison(indicator: dataset.indicators[1], year: 2019, base: 2015)
        #expect(rank.change == .places(5))
        #expect(rank.verdict == .better)
    }

    @Test func citiesAreRankedOnOneScaleAndOtherUnitsSetApart() {
        let data = GeneratedCities.data
        let comparison = data.comparison(of: Shipped.model.indicator(id: "gdp_share")!, year: 2019)
        // Almaty 19.48 (the share derived from the bureau's table), North 11.2, South 25.5: best first, since higher is better.
        #expect(comparison.entries.map(\.city) == [2, 0, 1])
        #expect(comparison.entries.map(\.standing) == [
            .ranked(place: 1, value: 25.5, approximate: false),
            .ranked(place: 2, value: 19.48, approximate: false),
            .ranked(place: 3, value: 11.2, approximate: false),
        ])
        #expect(comparison.scale == 100)  // shares: always 0–100

        let population = data.comparison(of: Shipped.model.indicator(id: "population")!, year: 2019)
        #expect(population.unit == .people)
        #expect(population.entries.map(\.standing) == [
            .ranked(place: 1, value: 1_854_656, approximate: false),
            .ranked(place: 2, value: 1_200_000, approximate: false),
            .otherUnit(.percent),
        ])
        #expect(population.scale == 1_854_656)
    }

    @Test func citiesWithoutTheYearOrTheIndicatorAreListedLast() {
        let data = GeneratedCities.data
        let tax2015 = data.comparison(of: tax, year: 2015)
        #expect(tax2015.entries.map(\.city) == [0, 2, 1])
        #expect(tax2015.entries.last?.standing == .noData)
        let grp = data.comparison(of: Shipped.model.indicator(id: "grp")!, year: 2019)
        #expect(grp.entries.filter { $0.standing == .missing }.map(\.city) == [1, 2])
    }

    @Test(arguments: [
        ([:], Language.en),
        (["LANG": "kk_KZ.UTF-8"], .kk),
        (["LANG": "ru_RU.UTF-8"], .ru),
        (["LANG": "ru_RU.UTF-8", "LC_MESSAGES": "kk_KZ.UTF-8"], .kk),
        (["LANG": "kk_KZ.UTF-8", "LC_MESSAGES": "ru_RU", "LC_ALL": "en_US.UTF-8"], .en),
        (["LC_ALL": "", "LANG": "ru"], .ru),  // empty means unset
        (["LANG": "C.UTF-8"], .en),
        (["LANG": "POSIX"], .en),
        (["LANG": "de_DE.UTF-8"], .en),
    ] as [([String: String], Language)])
    func languageFromTheEnvironment(environment: [String: String], expected: Language) {
        #expect(Language.preferred(environment: environment) == expected)
    }
}
