import Foundation
import Testing
@testable import Indicators

/// Periods, kinds of evidence, releases and claims: how the format writes
/// them, how a bad one is refused, and what the queries make of them.
@Suite struct PeriodAndEvidenceTests {
    @Test(arguments: [
        ("year", Period.year), ("M1-M9", .months(first: 1, last: 9)), ("Q1", .months(first: 1, last: 3)),
        ("Q4", .months(first: 10, last: 12)), ("H1", .months(first: 1, last: 6)), ("H2", .months(first: 7, last: 12)),
        ("M4-M4", .months(first: 4, last: 4)), ("@01-01", .on(month: 1, day: 1)), ("@12-31", .on(month: 12, day: 31)),
    ])
    func periodsReadAndWriteBack(text: String, period: Period) throws {
        #expect(try Period.parse(text).get() == period)
        #expect(try Period.parse(period.code).get() == period)
    }

    @Test(arguments: [
        ("M0-M9", PeriodProblem.monthOutOfRange(0)), ("M1-M13", .monthOutOfRange(13)), ("Q5", .quarterOutOfRange(5)),
        ("M9-M1", .backwards(9, 1)), ("@02-30", .dayOutOfRange(30)), ("@13-01", .monthOutOfRange(13)), ("9 months", .unreadable),
        ("", .unreadable), ("M1-", .unreadable),
    ])
    func badPeriodsSayWhy(text: String, problem: PeriodProblem) {
        #expect(throws: problem) { try Period.parse(text).get() }
    }

    @Test func periodsAreLabelledInEachLanguage() {
        let nine = Period.months(first: 1, last: 9)
        #expect(nine.label(year: 2019, language: .en) == "Jan–Sep 2019")
        #expect(nine.label(year: 2019, language: .ru) == "янв.–сент. 2019")
        #expect(nine.label(year: 2019, language: .kk) == "2019 ж. қаң.–қыр.")
        #expect(Period.on(month: 1, day: 1).label(year: 2019, language: .en) == "1 Jan 2019")
        #expect(Period.year.label(year: 2019, language: .en) == "2019")
    }

    // MARK: - Bad input: each a located error, which the fast path declines too

    private func file(_ observations: String, unit: String = "percent_change") -> String {
        Fixtures.file(indicators: """
            {"id": "growth", "name": {"en": "Growth"}, "unit": "\(unit)",
             "observations": [\(observations)]}
            """)
    }

    private func expectRefused(_ text: String, _ expected: String) {
        let problems = Fixtures.problems(text)
        #expect(problems.count == 1 && problems.first?.hasSuffix(expected) == true, "\(problems)")
        #expect(problems.first?.hasPrefix("test.json:") == true)
        #expect(DatasetScanner.scan(Array(text.utf8)) == nil, "the fast path must decline what the decoder refuses")
    }

    @Test func aPeriodThatDoesNotParse() {
        expectRefused(file(#"{"year": 2019, "period": "9 months", "value": 5, "source": "forum-2018", "quote": "q"}"#),
                      #"indicators[0].observations[0].period: expected a period: year, M1-M9 (months 1 to 9), Q1-Q4, H1, H2 or @MM-DD (a day), found "9 months""#)
    }

    @Test func aMonthOutsideTheYear() {
        expectRefused(file(#"{"year": 2019, "period": "M1-M13", "value": 5, "source": "forum-2018", "quote": "q"}"#),
                      #"indicators[0].observations[0].period: a month must be from 1 to 12, found 13, found "M1-M13""#)
    }

    @Test func aPartYearForAPointInTimeUnit() {
        expectRefused(file(#"{"year": 2019, "period": "M1-M9", "value": 5, "source": "forum-2018", "quote": "q"}"#, unit: "people"),
                      "indicators[0].observations[0].period: a number of people is counted on a day or for the year, not for months (M1-M9)")
    }

    @Test func aReleaseBeforeThePeriodEnds() {
        expectRefused(file(#"{"year": 2019, "period": "M1-M9", "value": 5, "released": "2019-06-01", "source": "forum-2018", "quote": "q"}"#),
                      "indicators[0].observations[0].released: released 2019-06-01, before the period it reports ends (M1-M9 2019)")
        expectRefused(file(#"{"year": 2019, "value": 5, "released": "May 2020", "source": "forum-2018", "quote": "q"}"#),
                      #"indicators[0].observations[0].released: expected a release date as YYYY, YYYY-MM or YYYY-MM-DD, found "May 2020""#)
    }

    @Test func twoValuesOfOnePeriodFromOneSource() {
        expectRefused(file("""
            {"year": 2019, "period": "H1", "value": 5, "source": "forum-2018", "quote": "q"},
            {"year": 2019, "period": "H1", "value": 6, "source": "forum-2018", "quote": "q2"}
            """), #"indicators[0].observations[1]: a second value from "forum-2018" for H1 2019 (first at observations[0]); one source gives one value for a period"#)
    }

    @Test func anUnknownKindOfEvidence() {
        let text = Fixtures.file(sources: #"{"id": "forum-2018", "title": "T", "publisher": "P", "date": "2018", "kind": "rumour"}"#)
        let problems = Fixtures.problems(text)
        #expect(problems.count == 1 && problems.first?.contains("sources[0].kind: expected one of official, statement, press, derived, user, found \"rumour\"") == true,
                "\(problems)")
    }

    // MARK: - Records, vintages and claims

    private static let sources = """
        {"id": "bureau-2024", "title": "GRP", "publisher": "BNS", "date": "2024", "url": "https://stat.gov.kz/a", "kind": "official"},
        {"id": "bureau-2025", "title": "GRP", "publisher": "BNS", "date": "2025", "url": "https://stat.gov.kz/b", "kind": "official"},
        {"id": "mayor", "title": "Briefing", "publisher": "Kazinform", "date": "2016-01-26", "url": "https://inform.kz/x", "kind": "statement"},
        {"id": "forum", "title": "Forum", "publisher": "News", "date": "2018-11", "url": "https://news.kz/y", "kind": "statement"},
        {"id": "derived", "title": "Share", "publisher": "citydash", "date": "2024", "url": "https://stat.gov.kz/a", "kind": "derived"}
        """

    private func dataset(_ observations: String, unit: String = "percent") throws -> Dataset {
        try Fixtures.decode(Fixtures.file(indicators: """
            {"id": "x", "name": {"en": "X"}, "unit": "\(unit)", "better": "higher", "observations": [\(observations)]}
            """, sources: Self.sources))
    }

    @Test func theLatestReleaseIsShownAndEarlierOnesAreVintagesNotDisagreements() throws {
        let data = try dataset("""
            {"year": 2023, "value": 20.5, "preliminary": true, "released": "2024-03", "source": "bureau-2024", "quote": "a"},
            {"year": 2023, "value": 20.9, "released": "2025-05-20", "source": "bureau-2025", "quote": "b"}
            """)
        let indicator = data.indicators[0]
        #expect(indicator.shown(in: 2023)?.value == 20.9)
        #expect(indicator.vintages(in: 2023).map(\.value) == [20.5])
        #expect(indicator.vintages(in: 2023).first?.preliminary == true)
        #expect(!indicator.sourcesDisagree(in: 2023))
        #expect(indicator.measurements(in: 2023).map(\.value) == [20.9])
    }

    @Test func aPublishedFigureComesBeforeADerivedOne() throws {
        let data = try dataset("""
            {"year": 2022, "value": 18.46, "source": "derived", "quote": "a ÷ b"},
            {"year": 2022, "value": 18.5, "source": "bureau-2024", "quote": "18,5%"}
            """)
        #expect(data.indicators[0].shown(in: 2022)?.value == 18.5)
    }

    @Test func aStatementBesideTheRecordIsAClaimWithItsGap() throws {
        let data = try dataset("""
            {"year": 2015, "value": 20, "source": "mayor", "quote": "20% of the GDP"},
            {"year": 2015, "value": 22.26, "source": "derived", "quote": "a ÷ b"}
            """)
        let indicator = data.indicators[0]
        #expect(indicator.shown(in: 2015)?.value == 22.26)
        let claim = try #require(indicator.claims(in: 2015).first)
        #expect(claim.claim.value == 20 && claim.record.value == 22.26 && !claim.periodsDiffer)
        guard case .points(let gap) = claim.gap else { Issue.record("a share's gap is in points"); return }
        #expect(abs(gap + 2.26) < 1e-9)
        #expect(indicator.claimsDiffer(in: 2015) && !indicator.sourcesDisagree(in: 2015))
        #expect(data.claims.count == 1)
    }

    @Test func aPartYearRateIsSetAgainstTheYearButNeverShownAsTheYear() throws {
        let data = try dataset("""
            {"year": 2018, "period": "M1-M11", "value": 25, "source": "forum", "quote": "биылдың өзінде 25"},
            {"year": 2018, "value": 10.9, "source": "bureau-2025", "quote": "110.9"},
            {"year": 2017, "value": 4.8, "source": "bureau-2025", "quote": "104.8"}
            """, unit: "percent_change")
        let indicator = data.indicators[0]
        #expect(indicator.shown(in: 2018)?.value == 10.9)
        #expect(indicator.partYear(in: 2018).map(\.value) == [25])
        #expect(indicator.previous(before: 2019)?.value == 10.9)
        let claim = try #require(indicator.claims(in: 2018).first)
        #expect(claim.periodsDiffer && claim.claim.value == 25)
        // A year with only a part-year figure has no annual value, so no change is taken from it.
        let partOnly = try dataset("""
            {"year": 2019, "period": "M1-M9", "value": 534.6, "source": "forum", "quote": "534.6"},
            {"year": 2018, "value": 700, "source": "bureau-2025", "quote": "700"}
            """, unit: "tenge")
        #expect(partOnly.indicators[0].shown(in: 2019) == nil)
        #expect(partOnly.indicators[0].measuredYears == [2018])
        #expect(partOnly.indicators[0].claims(in: 2019).isEmpty)  // an amount for nine months is not set against a year's
    }

    @Test func theFormatWritesAndReadsTheNewMembersBack() throws {
        let data = try dataset("""
            {"year": 2019, "period": "@01-01", "value": 5, "preliminary": true, "released": "2019-03", "source": "bureau-2024", "quote": "a"}
            """, unit: "people")
        let written = DatasetJSON.encode(data)
        let again = try Fixtures.decode(String(decoding: written, as: UTF8.self))
        #expect(again == data)
        #expect(again.indicators[0].observations[0].period == .on(month: 1, day: 1))
        #expect(again.indicators[0].observations[0].evidence == .official)
        #expect(DatasetScanner.scan(written) == data)
        #expect(try JSONDecoder().decode(DatasetJSON.File.self, from: Data(written)).dataset == data)
    }
}
