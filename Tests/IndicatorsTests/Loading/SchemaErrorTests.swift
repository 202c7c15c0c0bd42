import Testing
@testable import Indicators
@testable import Widgets
@testable import DashboardUI
@testable import Importers

/// A well-formed file that breaks the format's rules: each problem names its
/// JSON path and position, and all of them are reported at once.
@Suite struct SchemaErrorTests {
    private func observation(_ fields: String) -> String {
        """
        {"id": "gdp_share", "name": {"en": "GDP share"}, "unit": "percent",
         "observations": [\(fields)]}
        """
    }

    @Test func yearThatIsNotAYear() {
        let text = Fixtures.file(indicators: observation(#"{"year": "2018a", "value": 20, "source": "forum-2018", "quote": "q"}"#))
        #expect(Fixtures.problems(text) == [
            #"test.json:6:28: indicators[0].observations[0].year: expected a whole year between 1800 and 2200, found "2018a""#,
        ])
    }

    @Test func yearOutOfRangeOrFractionalOrOverflowing() {
        for year in ["1799", "2018.5", "99999999999999999999999", "-0"] {
            let text = Fixtures.file(indicators: observation(#"{"year": \#(year), "value": 20, "source": "forum-2018", "quote": "q"}"#))
            let problems = Fixtures.problems(text)
            #expect(problems.count == 1)
            #expect(problems.first?.hasSuffix("indicators[0].observations[0].year: expected a whole year between 1800 and 2200, found \(year)") == true, "\(problems)")
        }
    }

    @Test func shareOutsideZeroToHundred() {
        let text = Fixtures.file(indicators: observation(#"{"year": 2018, "value": 120, "source": "forum-2018", "quote": "q"}"#))
        #expect(Fixtures.problems(text) == [
            #"test.json:6:43: indicators[0].observations[0].value: a share (unit "percent") must be between 0 and 100, found 120"#,
        ])
    }

    @Test func unknownSource() {
        let text = Fixtures.file(indicators: observation(#"{"year": 2018, "value": 20, "source": "nowhere", "quote": "q"}"#))
        #expect(Fixtures.problems(text) == [
            #"test.json:6:57: indicators[0].observations[0].source: unknown source "nowhere"; no entry of "sources" has that id"#,
        ])
    }

    @Test func duplicateIndicatorAndSourceIDs() {
        let text = Fixtures.file(indicators: Fixtures.gdpShare + "," + Fixtures.gdpShare,
                                 sources: Fixtures.oneSource + "," + Fixtures.oneSource)
        let problems = Fixtures.problems(text)
        #expect(problems.count == 2)
        #expect(problems[0].contains(#"sources[1].id: duplicate source id "forum-2018" (first at sources[0])"#))
        #expect(problems[1].contains(#"indicators[1].id: duplicate indicator id "gdp_share" (first at indicators[0])"#))
    }

    @Test func valueThatCannotBeRepresentedExactly() {
        let text = Fixtures.file(indicators: """
            {"id": "grp", "name": "GRP", "unit": "tenge",
             "observations": [{"year": 2018, "value": 90071992547409931, "source": "forum-2018", "quote": "q"}]}
            """)
        let problems = Fixtures.problems(text)
        #expect(problems.count == 1)
        #expect(problems.first?.contains("indicators[0].observations[0].value: 90071992547409931 cannot be represented exactly") == true)
    }

    @Test func wrongTypesAndMissingMembers() {
        let text = Fixtures.file(indicators: """
            {"id": "x", "name": {"en": ""}, "unit": "percents", "better": "up",
             "observations": [{"year": 2018, "value": "20", "source": "forum-2018"}]}
            """)
        let problems = Fixtures.problems(text)
        let expected = [
            #"indicators[0].name.en: expected a non-empty string, found """#,
            #"indicators[0].name: expected a text in at least one of en, kk, ru"#,
            #"indicators[0].unit: expected one of percent, percent_change, tenge, usd, people, count, rank, found "percents""#,
            #"indicators[0].better: expected one of higher, lower, neutral, found "up""#,
            #"indicators[0].observations[0].value: expected a number, found "20""#,
            #"indicators[0].observations[0].quote: missing required member "quote""#,
        ]
        #expect(problems.count == expected.count, "\(problems)")
        for (line, tail) in zip(problems, expected) {
            #expect(line.hasSuffix(tail), "\(line)")
        }
    }

    @Test func unsupportedSchema() {
        let problems = Fixtures.problems(Fixtures.file(schema: "2"))
        #expect(problems == ["test.json:2:13: schema: unsupported schema 2; this citydash reads schema 1"])
    }

    @Test func manyProblemsAreCappedWithACount() {
        let bad = (0..<3000).map { _ in #"{"year": 1, "value": 20, "source": "forum-2018", "quote": "q"}"# }.joined(separator: ",")
        let problems = Fixtures.problems(Fixtures.file(indicators: observation(bad)))
        #expect(problems.count == DataFormat.maximumListed + 1)
        #expect(problems.last == "… and \(3000 - DataFormat.maximumListed) more problems")
    }

    @Test func controlCharactersInMessagesAreMadeVisible() {
        let text = Fixtures.file(indicators: observation(#"{"year": 2018, "value": 20, "source": "evil\u001b[2J", "quote": "q"}"#))
        let problems = Fixtures.problems(text)
        #expect(problems.count == 1)
        #expect(!problems[0].unicodeScalars.contains { $0.value == 0x1B })
        #expect(problems[0].contains(#"unknown source "evil␛[2J""#))
    }

    @Test func onlyProjectionsMeansNoYears() {
        let text = Fixtures.file(indicators: observation(#"{"year": 2030, "value": 20, "projection": true, "source": "forum-2018", "quote": "q"}"#))
        #expect(Fixtures.problems(text).first?.hasSuffix("indicators: the file has no observation that is not a projection, so no year has data") == true)
    }
}
