import Testing
@testable import Indicators

/// The format's rules checked on a dataset in memory (`DataFormat.problems(in:)`):
/// one case for each rule, and the decoder giving the same messages for the
/// same datasets written as files.
@Suite struct DatasetProblemsTests {
    typealias Location = DataFormat.Location

    /// A valid dataset: one source, one percent indicator with one measurement.
    static func valid() -> Dataset {
        Dataset(city: City(id: "almaty", name: LocalizedText(en: "Almaty", kk: "Алматы")),
                sources: [Source(id: "s", title: "T", publisher: "P", date: "2018")],
                indicators: [Indicator(id: "share", name: LocalizedText(en: "Share"), unit: .percent,
                                       observations: [Observation(year: 2018, value: 20, source: "s", quote: "q")])])
    }

    static func broken(_ change: (inout Dataset) -> Void) -> Dataset {
        var dataset = valid()
        change(&dataset)
        return dataset
    }

    private func problems(_ change: (inout Dataset) -> Void) -> [String] {
        DataFormat.problems(in: Self.broken(change)).map(\.description)
    }

    @Test func aValidDatasetHasNone() {
        #expect(DataFormat.problems(in: Self.valid()).isEmpty)
    }

    @Test func schema() {
        #expect(problems { $0.schema = 2 } == ["schema: unsupported schema 2; this citydash reads schema 1"])
    }

    @Test func identifier() {
        #expect(problems { $0.city.id = "al maty" } == [
            #"city.id: an id may hold only ASCII letters, digits, '_', '.' and '-' (at most 64), found "al maty""#,
        ])
    }

    @Test func requiredText() {
        #expect(problems { $0.indicators[0].observations[0].quote = " " } == ["indicators[0].observations[0].quote: must not be empty"])
    }

    @Test func aLanguageThatIsNoText() {
        #expect(problems { $0.city.name.en = "" } == [#"city.name.en: expected a non-empty string, found """#])
    }

    @Test func noLanguage() {
        #expect(problems { $0.indicators[0].description = LocalizedText() } == [
            "indicators[0].description: expected a text in at least one of en, kk, ru",
        ])
    }

    @Test func duplicateSourceID() {
        #expect(problems { $0.sources.append($0.sources[0]) } == [#"sources[1].id: duplicate source id "s" (first at sources[0])"#])
    }

    @Test func duplicateIndicatorID() {
        #expect(problems { $0.indicators.append($0.indicators[0]) } == [
            #"indicators[1].id: duplicate indicator id "share" (first at indicators[0])"#,
        ])
    }

    @Test func noIndicators() {
        #expect(problems { $0.indicators = [] } == ["indicators: the file has no indicators"])
    }

    @Test func year() {
        #expect(problems { $0.indicators[0].observations[0].year = 1799 } == [
            "indicators[0].observations[0].year: expected a whole year between 1800 and 2200, found 1799",
        ])
    }

    @Test func valueForTheUnit() {
        #expect(problems { $0.indicators[0].observations[0].value = 120 } == [
            #"indicators[0].observations[0].value: a share (unit "percent") must be between 0 and 100, found 120"#,
        ])
    }

    @Test func aRankIsWhole() {
        let found = problems {
            $0.indicators[0].unit = .rank
            $0.indicators[0].observations[0].value = 1.5
        }
        #expect(found == ["indicators[0].observations[0].value: a rank must be a whole number from 1 up, found 1.5"])
    }

    @Test func aValueIsFinite() {
        #expect(problems { $0.indicators[0].observations[0].value = .nan } == [
            "indicators[0].observations[0].value: expected a finite number, found nan",
        ])
    }

    @Test func unknownSource() {
        #expect(problems { $0.indicators[0].observations[0].source = "nowhere" } == [
            #"indicators[0].observations[0].source: unknown source "nowhere"; no entry of "sources" has that id"#,
        ])
    }

    @Test func aBrokenSourceCannotBeCited() {
        #expect(problems { $0.sources[0].date = "" } == [
            "sources[0].date: must not be empty",
            #"indicators[0].observations[0].source: unknown source "s"; no entry of "sources" has that id"#,
        ])
    }

    @Test func noMeasurement() {
        #expect(problems { $0.indicators[0].observations[0].projection = true } == [
            "indicators: the file has no observation that is not a projection, so no year has data",
        ])
    }

    @Test func locationsAreStructured() {
        let found = DataFormat.problems(in: Self.broken {
            $0.indicators[0].observations.append(Observation(year: 2019, value: -1, source: "s", quote: ""))
            $0.indicators[0].name.kk = " "
        })
        #expect(found.map(\.location) == [
            .language(.kk, of: .indicator(0, .name)),
            .observation(indicator: 0, observation: 1, .value),
            .observation(indicator: 0, observation: 1, .quote),
        ])
    }

    /// The same rules from both sides: written as a file and decoded, each
    /// broken dataset gives the decoder's problems at the same paths with the
    /// same messages.
    @Test(arguments: [
        broken { $0.schema = 3 },
        broken {
            $0.city.id = "Алматы"
            $0.city.name = LocalizedText(en: "\t", kk: "")
        },
        broken {
            $0.sources.append(Source(id: "s", title: "Again", publisher: "P", date: "2019"))
            $0.sources.append(Source(id: "t", title: "T", publisher: "", date: "2019"))
            $0.indicators[0].observations.append(Observation(year: 2019, value: 30, source: "t", quote: "q"))
        },
        broken {
            $0.indicators.append(Indicator(id: "share", name: LocalizedText(ru: "Доля"), unit: .rank, description: LocalizedText(en: " "),
                                           observations: [Observation(year: 2201, value: 0, source: "x", quote: " ")]))
            $0.indicators.append(Indicator(id: "people", name: LocalizedText(en: "People"), unit: .people,
                                           observations: [Observation(year: 2018, value: -2.5, source: "s", quote: "q")]))
        },
        broken { $0.indicators = [] },
        broken { $0.indicators[0].observations[0].projection = true },
    ])
    func theDecoderAgrees(_ dataset: Dataset) throws {
        let model = DataFormat.problems(in: dataset)
        #expect(!model.isEmpty)
        do {
            _ = try DatasetLoader.decode(DatasetJSON.encode(dataset), file: "written.json")
            Issue.record("the written file loaded")
        } catch {
            guard case .invalid(let decoded, _) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(decoded.map { "\($0.path): \($0.message)" } == model.map(\.description))
        }
    }
}
