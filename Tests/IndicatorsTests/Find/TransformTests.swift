import Foundation
import Testing
@testable import Indicators

/// Each transformation against figures worked out by hand, and the awkward
/// cases: a zero base, a negative base, missing years, one observation,
/// part-year figures, projections and statements.
@Suite struct TransformTests {
    private func observation(_ year: Int, _ value: Double, period: Period = .year, projection: Bool = false,
                             evidence: EvidenceKind = .official, approximate: Bool = false) -> Observation {
        Observation(year: year, period: period, value: value, approximate: approximate, projection: projection,
                    source: "s", evidence: evidence, quote: "q")
    }

    private func indicator(_ id: String, _ unit: Indicators.Unit, _ observations: [Observation]) -> Indicator {
        Indicator(id: id, name: LocalizedText(en: id), unit: unit, observations: observations)
    }

    private func indicator(_ unit: Indicators.Unit, _ observations: [Observation]) -> Indicator {
        indicator("x", unit, observations)
    }

    private func close(_ value: Double?, _ expected: Double, within tolerance: Double = 1e-9,
                       sourceLocation: SourceLocation = #_sourceLocation) {
        guard let value else {
            Issue.record("no value, expected \(expected)", sourceLocation: sourceLocation)
            return
        }
        #expect(abs(value - expected) <= tolerance, "\(value) is not \(expected)", sourceLocation: sourceLocation)
    }

    // 100 (2010), nothing in 2011, 121 (2012), 133.1 (2013): 10 % a year from 2010.
    private var amounts: Indicator {
        indicator(.tenge, [observation(2010, 100), observation(2012, 121), observation(2013, 133.1)])
    }

    @Test func levelIsTheRecord() {
        let value = Transformation.value(.level, of: amounts, year: 2012)
        #expect(value.value == 121)
        #expect(value.unit == .same(.tenge))
        #expect(value.inputs.map(\.role) == [.value])
    }

    @Test func changeFromThePreviousObservationSkipsMissingYears() {
        let change = Transformation.value(.change, of: amounts, year: 2012)
        close(change.value, 21)
        #expect(change.referenceYear == 2010)  // 2011 has no value: the previous observation is 2010
        close(Transformation.value(.change, of: amounts, year: 2013).value, 12.1, within: 1e-9)
    }

    @Test func changeFromTheBaseYearInCompareMode() throws {
        close(Transformation.value(.change, of: amounts, year: 2013, base: 2010).value, 33.1, within: 1e-9)
        // A share's change is in points, written pp.
        let shares = indicator(.percent, [observation(2015, 22.3), observation(2019, 19.5)])
        let change = Transformation.value(.change, of: shares, year: 2019, base: 2015)
        close(change.value, -2.8, within: 1e-9)
        #expect(ValueFormatter.format(try #require(change.value), as: change.unit) == "-2.8 pp")
    }

    @Test func percentChange() {
        close(Transformation.value(.pctChange, of: amounts, year: 2012).value, 21)
        close(Transformation.value(.pctChange, of: amounts, year: 2013, base: 2010).value, 33.1, within: 1e-9)
    }

    @Test func compoundAnnualRateUsesTheRealNumberOfYears() throws {
        // 100 → 121 over two years (2011 is missing) is 10 % a year, not 21 %.
        let twoYears = Transformation.value(.cagr, of: amounts, year: 2012)
        close(twoYears.value, 10, within: 1e-9)
        #expect(twoYears.years == 2)
        let threeYears = Transformation.value(.cagr, of: amounts, year: 2013, base: 2010)
        close(threeYears.value, 10, within: 1e-9)
        #expect(threeYears.years == 3)
        #expect(ValueFormatter.format(try #require(threeYears.value), as: threeYears.unit) == "+10.00 %/yr")
        // Halving over a year is -50 % a year.
        let halving = indicator(.tenge, [observation(2020, 80), observation(2021, 40)])
        close(Transformation.value(.cagr, of: halving, year: 2021).value, -50)
    }

    @Test func indexOnTheBaseYear() {
        close(Transformation.value(.index, of: amounts, year: 2013, base: 2010).value, 133.1, within: 1e-9)
        close(Transformation.value(.index, of: amounts, year: 2010, base: 2012).value, 100 / 121 * 100, within: 1e-9)
        // Outside compare mode the first observation is 100.
        let first = Transformation.value(.index, of: amounts, year: 2012)
        close(first.value, 121)
        #expect(first.referenceYear == 2010)
    }

    @Test func zeroBase() {
        let fromZero = indicator(.count, [observation(2018, 0), observation(2019, 5)])
        #expect(Transformation.value(.pctChange, of: fromZero, year: 2019).problem == .zeroBase(year: 2018))
        #expect(Transformation.value(.index, of: fromZero, year: 2019, base: 2018).problem == .zeroBase(year: 2018))
        #expect(Transformation.value(.cagr, of: fromZero, year: 2019).problem == .zeroBase(year: 2018))
        // A difference from zero is still a difference.
        close(Transformation.value(.change, of: fromZero, year: 2019).value, 5)
    }

    @Test func negativeBase() {
        // A loss of 10 becoming a profit of 5: +15 as a change, no percent, no index, no compound rate.
        let profit = indicator(.tenge, [observation(2018, -10), observation(2019, 5)])
        close(Transformation.value(.change, of: profit, year: 2019).value, 15)
        #expect(Transformation.value(.pctChange, of: profit, year: 2019).problem == .negativeBase(year: 2018))
        #expect(Transformation.value(.index, of: profit, year: 2019, base: 2018).problem == .negativeBase(year: 2018))
        #expect(Transformation.value(.cagr, of: profit, year: 2019).problem == .notPositive(year: 2018))
        let falling = indicator(.tenge, [observation(2018, 10), observation(2019, -5)])
        #expect(Transformation.value(.cagr, of: falling, year: 2019).problem == .notPositive(year: 2019))
        close(Transformation.value(.pctChange, of: falling, year: 2019).value, -150)
    }

    @Test func oneObservation() {
        let once = indicator(.tenge, [observation(2019, 7)])
        for transform in [Transform.change, .pctChange, .cagr] {
            #expect(Transformation.value(transform, of: once, year: 2019).problem == .nothingEarlier(year: 2019))
        }
        // The index of its only year is 100.
        close(Transformation.value(.index, of: once, year: 2019).value, 100)
        close(Transformation.value(.level, of: once, year: 2019).value, 7)
    }

    @Test func missingYearsSayWhy() {
        #expect(Transformation.value(.level, of: amounts, year: 2011).problem == .noValue(year: 2011))
        #expect(Transformation.value(.index, of: amounts, year: 2013, base: 2011).problem == .noValue(year: 2011))
        #expect(Transformation.value(.cagr, of: amounts, year: 2010, base: 2013).problem == .baseNotBefore(base: 2013, year: 2010))
        #expect(Transformation.series(.pctChange, of: amounts).map(\.year) == [2010, 2012, 2013])
    }

    @Test func neverMixesPartYearProjectionOrStatementWithAMeasurement() {
        let mixed = indicator(.tenge, [
            observation(2018, 100),
            observation(2019, 80, period: .months(first: 1, last: 9)),
            observation(2020, 150, projection: true),
            observation(2021, 130, evidence: .statement),
            observation(2022, 140), observation(2022, 999, evidence: .statement),
        ])
        #expect(Transformation.value(.pctChange, of: mixed, year: 2019, base: 2018).problem
                == .partYearOnly(year: 2019, period: .months(first: 1, last: 9)))
        #expect(Transformation.value(.pctChange, of: mixed, year: 2020, base: 2018).problem == .projectionOnly(year: 2020))
        #expect(Transformation.value(.pctChange, of: mixed, year: 2021, base: 2018).problem == .statementOnly(year: 2021))
        #expect(Transformation.value(.index, of: mixed, year: 2018, base: 2021).problem == .statementOnly(year: 2021))
        // 2022's record is used, not the statement beside it; the previous measurement is 2018's.
        let change = Transformation.value(.pctChange, of: mixed, year: 2022)
        close(change.value, 40)
        #expect(change.referenceYear == 2018)
    }

    @Test func perCapitaDividesByTheSameYearsPopulation() throws {
        let population = indicator("population", .people, [
            observation(2019, 2_000_000, period: .on(month: 1, day: 1)), observation(2020, 2_100_000, period: .on(month: 1, day: 1)),
        ])
        let grp = indicator("grp", .tenge, [observation(2019, 20e12), observation(2020, 21e12), observation(2021, 22e12)])
        let context = TransformContext(population: population)
        let perPerson = Transformation.value(.perCapita, of: grp, year: 2020, context: context)
        close(perPerson.value, 10_000_000, within: 1e-6)
        #expect(perPerson.inputs.map(\.role) == [.value, .population])
        #expect(ValueFormatter.format(try #require(perPerson.value), as: perPerson.unit) == "10.0 M ₸/person")
        #expect(Transformation.value(.perCapita, of: grp, year: 2021, context: context).problem == .population(.noValue(year: 2021)))
        #expect(Transformation.value(.perCapita, of: grp, year: 2020).problem == .noPopulation)
        #expect(Transformation.value(.perCapita, of: population, year: 2020, context: context).problem == .notForUnit(.people))
        let share = indicator(.percent, [observation(2020, 20)])
        #expect(Transformation.value(.perCapita, of: share, year: 2020, context: context).problem == .notForUnit(.percent))
    }

    @Test func shareOfTheRepublicsValue() {
        let city = indicator("grp", .tenge, [observation(2023, 25e12), observation(2024, 31e12)])
        let republic = indicator("grp", .tenge, [observation(2023, 119e12)])
        let context = TransformContext(national: republic, nationalLoaded: true)
        close(Transformation.value(.shareOfNational, of: city, year: 2023, context: context).value, 25 / 119 * 100, within: 1e-9)
        #expect(Transformation.value(.shareOfNational, of: city, year: 2024, context: context).problem == .national(.noValue(year: 2024)))
        #expect(Transformation.value(.shareOfNational, of: city, year: 2023).problem == .noNational)
        #expect(Transformation.value(.shareOfNational, of: city, year: 2023,
                                     context: TransformContext(national: city, nationalLoaded: true, isNational: true)).problem == .isNational)
        let rate = indicator("rate", .percent, [observation(2023, 5)])
        #expect(Transformation.value(.shareOfNational, of: rate, year: 2023, context: context).problem == .notForUnit(.percent))
    }

    @Test func approximateInputsMakeAnApproximateResult() {
        let rough = indicator(.tenge, [observation(2018, 100, approximate: true), observation(2019, 110)])
        #expect(Transformation.value(.pctChange, of: rough, year: 2019).approximate)
        #expect(!Transformation.value(.level, of: rough, year: 2019).approximate)
    }

    @Test func cyclingVisitsEveryTransformOnce() {
        for comparing in [false, true] {
            var seen: [Transform] = []
            var transform = Transform.level
            repeat {
                seen.append(transform)
                transform = transform.next(comparing: comparing)
            } while transform != .level
            #expect(Set(seen) == Set(Transform.allCases) && seen.count == Transform.allCases.count)
        }
        #expect(Transform.level.next(comparing: true) == .cagr)
        #expect(Transform.level.next(comparing: false) == .change)
    }

    /// The shipped data: Almaty's GRP 2010 → 2023 and its investment index, 2010 = 100, worked out by hand
    /// from the records the dashboard shows (the latest release of each year).
    @Test func almatysGRPAndInvestmentFromTheShippedData() throws {
        let dataset = try DatasetLoader.load(path: RepositoryFiles.dataset)
        let grp = try #require(dataset.indicator(id: "grp"))
        // 2010: 3 923 412.6 mln ₸; 2023: 25 229 706.8 mln ₸ (the 2026-09-17 release).
        #expect(grp.record(in: 2010)?.value == 3_923_412_600_000)
        #expect(grp.record(in: 2023)?.value == 25_229_706_800_000)
        let cagr = Transformation.value(.cagr, of: grp, year: 2023, base: 2010)
        // (25 229 706.8 / 3 923 412.6)^(1/13) − 1 = 0.153913… → +15.39 % a year.
        close(cagr.value, 15.3913, within: 0.0001)
        #expect(ValueFormatter.format(try #require(cagr.value), as: cagr.unit) == "+15.39 %/yr")
        let investment = try #require(dataset.indicator(id: "investment_fixed_capital"))
        // 2010: 398 408 mln ₸; 2023: 1 803 183 mln ₸ → 452.6.
        let index = Transformation.value(.index, of: investment, year: 2023, base: 2010)
        close(index.value, 1_803_183 / 398_408 * 100, within: 1e-9)
        #expect(ValueFormatter.format(try #require(index.value), as: index.unit) == "452.6")
    }
}
