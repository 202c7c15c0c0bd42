import Foundation
import Testing
@testable import Indicators

/// The shipped data of every region: indicators.json (Almaty) and regions/*.json, loaded once.
enum ShippedRegions {
    static let all: [Dataset] = {
        let folder = RepositoryFiles.root + "/regions"
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
        do {
            return try [DatasetLoader.load(path: RepositoryFiles.dataset)] + files.map { try DatasetLoader.load(path: folder + "/" + $0) }
        } catch {
            fatalError("the shipped data does not load: \(error)")
        }
    }()

    static func city(_ id: String) -> Dataset {
        guard let dataset = all.first(where: { $0.city.id == id }) else { fatalError("no shipped region \(id)") }
        return dataset
    }

    /// Almaty, Astana and Shymkent: the report of issue 17.
    static var threeCities: [Dataset] { [city("almaty"), city("KZ-71"), city("KZ-79")] }
}

/// The series rows of `citydash export`, checked on figures worked out by hand
/// from the bureau's cells that the quotes name.
@Suite struct SeriesExportTests {
    let series = SeriesExport(indicatorID: "gdp_share", datasets: ShippedRegions.threeCities, loaded: ShippedRegions.all,
                              from: 2010, to: 2023)

    func find(_ city: String, _ year: Int, period: Period = .year) -> SeriesExport.Row? {
        series.rows.first { $0.city.id == city && $0.year == year && $0.period == period }
    }

    @Test func oneRowPerRegionAndYearInTheRange() {
        #expect(series.rows.filter { $0.city.id == "almaty" }.map(\.year) == Array(2010...2023))
        #expect(series.rows.filter { $0.city.id == "KZ-71" }.count == 14)
        // Shymkent became a city of republican significance in 2018; the table gives it from 2011.
        #expect(series.rows.filter { $0.city.id == "KZ-79" }.map(\.year) == Array(2011...2023))
        #expect(series.rows.allSatisfy { !$0.partYear })
        #expect(series.cities.map(\.id) == ["almaty", "KZ-71", "KZ-79"])
    }

    @Test func almaty2010IsTheRegionOverTheRepublicFromTheQuotedLines() throws {
        let row = try #require(find("almaty", 2010))
        // The quote: «… line 92 ÷ line 139 × 100 = 3923412.6 ÷ 21815517 × 100».
        #expect(row.observation.quote.contains("3923412.6 ÷ 21815517"))
        #expect(abs(3_923_412.6 / 21_815_517 * 100 - row.level) < 0.005)
        #expect(row.level == 17.98)
        #expect(row.observation.released == "2026-09-17")
        #expect(row.observation.evidence == .derived)
        // 2009: 18.67 %, so 2010 is 0.69 points lower.
        #expect(row.previousYear == 2009)
        guard case .points(let points) = row.change else { Issue.record("a share changes in points: \(String(describing: row.change))"); return }
        #expect(abs(points - -0.69) < 1e-9)
    }

    @Test func almaty2023ShowsTheLatestReleaseWithThePreliminaryFigureAndTheClaimBesideIt() throws {
        let row = try #require(find("almaty", 2023))
        // 25 229 706.8 ÷ 119 442 289.7 × 100 = 21.12 (the later release); the preliminary
        // 24 828 705.8 ÷ 120 561 096.4 × 100 = 20.59; the Astana Times said 20.6 %.
        #expect(row.level == 21.12)
        #expect(abs(25_229_706.8 / 119_442_289.7 * 100 - 21.12) < 0.005)
        let others = row.others.map { ($0.observation.value, $0.observation.evidence, $0.observation.preliminary) }
        #expect(others.contains { $0 == (20.6, .statement, false) })
        #expect(others.contains { $0 == (20.59, .derived, true) })
        let claim = try #require(row.others.first { $0.observation.evidence == .statement })
        #expect(claim.source?.publisher == "The Astana Times")
        guard case .points(let gap) = claim.gap else { Issue.record("gap in points"); return }
        #expect(abs(gap - (20.6 - 21.12)) < 1e-9)
    }

    @Test func theBureausOwnFigureStandsAndTheSameFigureAtMorePrecisionIsNoDisagreement() throws {
        let row = try #require(find("almaty", 2022))
        #expect(row.observation.evidence == .official)
        #expect(row.level == 18.5)
        // The derived 18.46 reads 18.5 % as the dashboard writes it: not another figure.
        #expect(row.others.isEmpty)
    }

    @Test func everyStatementOfAlmatyOnGDPShareIsListedBesideItsYear() {
        let said = series.rows.flatMap { row in row.others.filter { $0.observation.evidence == .statement }.map { (row.year, $0.observation.value) } }
        #expect(said.map(\.0) == [2011, 2012, 2015, 2018, 2019, 2019, 2023])
        #expect(said.allSatisfy { [20.0, 18.0, 20.6].contains($0.1) })
    }

    @Test func partYearsGetRowsOfTheirOwnWhenAsked() {
        let all = SeriesExport(indicatorID: "gdp_share", datasets: [ShippedRegions.city("almaty")], from: 2019, to: 2019, partYears: true)
        #expect(all.rows.map(\.period) == [.year, .months(first: 1, last: 3), .months(first: 1, last: 6), .months(first: 1, last: 9)])
        #expect(all.rows.first { $0.period == .months(first: 1, last: 9) }?.level == 18.53)
    }

    @Test func aYearWithOnlyAPartYearFigureGivesTheOneThatReachesFurthest() {
        let observations = [
            Observation(year: 2020, value: 10, source: "s", evidence: .official, quote: "year"),
            Observation(year: 2021, period: .months(first: 1, last: 3), value: 3, source: "s", evidence: .official, quote: "Q1"),
            Observation(year: 2021, period: .months(first: 1, last: 9), value: 9, source: "s", evidence: .official, quote: "9 months"),
        ]
        let dataset = Dataset(city: City(id: "c", name: LocalizedText(en: "C")),
                              sources: [Source(id: "s", title: "T", publisher: "P", date: "2021", kind: .official)],
                              indicators: [Indicator(id: "x", name: LocalizedText(en: "X"), unit: .tenge, observations: observations)])
        let series = SeriesExport(indicatorID: "x", datasets: [dataset])
        #expect(series.rows.map(\.period) == [.year, .months(first: 1, last: 9)])
        #expect(series.rows.last?.level == 9)
        // A part of a year is never set against a whole year.
        #expect(series.rows.last?.change == nil)
        let changes = SeriesExport(indicatorID: "x", datasets: [dataset], transform: .pctChange)
        #expect(changes.rows.last?.value == nil)
        #expect(changes.rows.last?.problem == .partYearOnly(year: 2021, period: .months(first: 1, last: 9)))
    }

    @Test func shareOfNationalOfAlmatysGRPIsTheBureaus18Point5PercentIn2022() throws {
        let grp = SeriesExport(indicatorID: "grp", datasets: [ShippedRegions.city("almaty")], loaded: ShippedRegions.all,
                               from: 2022, to: 2022, transform: .shareOfNational)
        let row = try #require(grp.rows.first)
        let value = try #require(row.value)
        // The bureau's publication 5002: «… Алматы қаласы – 18,5% …».
        #expect(abs(value - 18.5) < 0.05)
        #expect(row.unit == .shareOfWhole)
        #expect(row.unit.exportName == "percent_of_national")
        #expect(row.level > 1e13)
    }

    @Test func aRegionWithoutTheIndicatorIsListedApart() {
        let series = SeriesExport(indicatorID: "investment_growth", datasets: ShippedRegions.threeCities + [ShippedRegions.city("KZ-10")])
        #expect(series.cities.map(\.id) == ["almaty", "KZ-71", "KZ-79"])
        #expect(series.lacking.map(\.id) == ["KZ-10"])
    }

    @Test func periodsAsISODates() {
        #expect(Period.year.isoDates(year: 2019) == ("2019-01-01", "2019-12-31"))
        #expect(Period.months(first: 1, last: 9).isoDates(year: 2019) == ("2019-01-01", "2019-09-30"))
        #expect(Period.months(first: 1, last: 2).isoDates(year: 2020) == ("2020-01-01", "2020-02-29"))
        #expect(Period.months(first: 1, last: 2).isoDates(year: 1900) == ("1900-01-01", "1900-02-28"))
        #expect(Period.on(month: 1, day: 1).isoDates(year: 2019) == ("2019-01-01", "2019-01-01"))
    }
}
