import Foundation
import Testing
@testable import Indicators
@testable import Widgets
@testable import DashboardUI

/// Issue 18, class 7: numbers at the edges of a Double, and text at the
/// edges of Unicode, in every output.
@Suite struct NumberEdgeTests {
    /// Tenge (any sign) from -1.7e308 to 1.7e308: a change of 3.4e308, beyond a Double.
    static let overflowing = Fixtures.file(indicators: """
        {"id": "grp", "name": {"en": "GRP"}, "unit": "tenge", "better": "higher", "headline": true,
         "observations": [{"year": 2017, "value": -1.7e308, "source": "forum-2018", "quote": "a"},
                          {"year": 2018, "value": 1.7e308, "source": "forum-2018", "quote": "b"}]},
        {"id": "small", "name": {"en": "Small"}, "unit": "usd", "better": "higher",
         "observations": [{"year": 2017, "value": 1e-300, "source": "forum-2018", "quote": "a"},
                          {"year": 2018, "value": 1e10, "source": "forum-2018", "quote": "b"}]}
        """)

    @Test func aChangeBeyondADoubleIsNullWithAReasonInEveryFormat() throws {
        let dataset = try Fixtures.decode(Self.overflowing)
        let table = SnapshotTable(dataset: dataset, year: 2018)
        let json = JSONSnapshot.render(table)
        #expect(json != "{}\n")
        #expect(json.contains(#""id" : "grp""#) && json.contains(#""id" : "small""#))
        #expect(json.components(separatedBy: #""change" : null,"#).count == 3)
        #expect(json.components(separatedBy: #""change_kind" : "too_large""#).count == 3)
        // One such city no longer empties every city's document.
        let other = try Fixtures.decode(Fixtures.file())
        let both = JSONSnapshot.render(cities: [table, SnapshotTable(dataset: other, year: 2018)])
        #expect(both.contains(#""id" : "gdp_share""#) && both.contains(#""id" : "grp""#))
        let csv = CSVSnapshot.render(table)
        #expect(csv.contains("grp,GRP,tenge,2018,1.7e+308,false,2017,-1.7e+308,too_large,too_large,forum-2018"))
        #expect(!csv.contains("inf"))
        let markdown = MarkdownSnapshot.render(table)
        #expect(markdown.contains("| > +1.80e308 ₸ |") && markdown.contains("| > +1.80e308 % |"))
        #expect(!markdown.contains("+—"))
    }

    @Test func aDataFileIsNeverWrittenAsAnEmptyObject() throws {
        var dataset = try Fixtures.decode(Fixtures.file())
        dataset.indicators[0].observations[0].value = .infinity  // in memory only: no file or import gives one
        let written = String(decoding: DatasetJSON.encode(dataset), as: UTF8.self)
        #expect(written != "{}\n" && written.contains(#""value" : "Infinity""#))
        let problems = Fixtures.problems(written)
        #expect(problems.first?.contains("indicators[0].observations[0].value") == true, "\(problems)")
    }

    @Test func theTextSnapshotDrawsValuesNearTheEndsOfADouble() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("edge.json", Self.overflowing)
        for format in ["text", "json", "csv", "markdown"] {
            let result = try Command.shell(#""$B" snapshot --data "$F" --format "$T" --width 100 --height 30 2>&1"#,
                                           environment: ["F": path, "T": format])
            #expect(result.status == 0, "\(format): \(result.output.prefix(300))")
            #expect(!result.output.contains("Fatal error") && !result.output.contains("∞"))
        }
    }

    @Test func aTransformBeyondADoubleSaysSo() throws {
        let dataset = try Fixtures.decode(Self.overflowing)
        let small = try #require(dataset.indicators.first { $0.id == "small" })
        let value = Transformation.value(.pctChange, of: small, year: 2018)
        #expect(value.value == nil && value.problem == .tooLarge(year: 2018))
    }

    @Test func finiteValuesAbove9e27AreWrittenNotInfinite() {
        #expect(ValueFormatter.format(9.5e27, unit: .count) == "9.50e27")
        #expect(ValueFormatter.format(9.5e27, unit: .rank) == "#9.50e27")
        #expect(ValueFormatter.format(5e28, unit: .tenge) == "5.00e16 trn ₸")
        #expect(ValueFormatter.formatFull(1.7e308, unit: .usd) == "1.70e308 US$")
        #expect(ValueFormatter.format(Change.percent(1e300)) == "+1.00e300 %")
        #expect(ValueFormatter.format(Change.points(-.infinity)) == "< -1.80e308 pp")
    }

    @Test func twoToThe53PlusOneIsRefusedWhereItIsWrittenByBothReaders() throws {
        let text = Fixtures.file(indicators: """
            {"id": "people", "name": {"en": "People"}, "unit": "people",
             "observations": [{"year": 2018, "value": 9007199254740993, "source": "forum-2018", "quote": "q"}]}
            """)
        #expect(DatasetScanner.scan(Array(text.utf8)) == nil)  // the fast scanner declines …
        let problems = Fixtures.problems(text)  // … and the decoder says why, where
        #expect(problems.count == 1)
        #expect(problems.first?.hasSuffix(":6:43: '9007199254740993' cannot be held exactly; it would be read as 9007199254740992 "
                                         + "(whole numbers are exact up to 2^53)") == true, "\(problems)")
        let bytes = Array("-9007199254740993".utf8)
        #expect(bytes.withUnsafeBufferPointer { JSONNumber.lex($0, from: 0) } == .failure(.notExact(held: 9_007_199_254_740_992), offset: 0))
        // 2^53 itself, and 2^53 + 2 written as a decimal fraction, are exact or chosen: read.
        let exact = text.replacingOccurrences(of: "9007199254740993", with: "9007199254740992")
        #expect(DatasetScanner.scan(Array(exact.utf8)) != nil && Fixtures.problems(exact).isEmpty)
    }

    /// Hand-computed: a percent of a negative base has no meaning, so the change is the difference.
    @Test func changesFromANegativeBaseKeepTheirSign() throws {
        #expect(Change.between(-100, -50, unit: .usd) == .difference(50, .usd))  // a loss halved: +50, not -50 %
        #expect(Change.between(-100, 50, unit: .tenge) == .difference(150, .tenge))
        #expect(Change.between(-50, -100, unit: .tenge) == .difference(-50, .tenge))
        #expect(Change.between(200, 150, unit: .tenge) == .percent(-25))
        #expect(Change.between(80, 100, unit: .count) == .percent(25))
        #expect(ValueFormatter.format(Change.between(-100, -50, unit: .usd)!) == "+50 US$")
        let indicator = try #require(try Fixtures.decode(Fixtures.file(indicators: """
            {"id": "balance", "name": {"en": "Balance"}, "unit": "tenge",
             "observations": [{"year": 2016, "value": -100, "source": "forum-2018", "quote": "a"},
                              {"year": 2017, "value": 100, "source": "forum-2018", "quote": "b"},
                              {"year": 2019, "value": 121, "source": "forum-2018", "quote": "c"}]}
            """)).indicators.first)
        #expect(Transformation.value(.pctChange, of: indicator, year: 2017).problem == .negativeBase(year: 2016))
        #expect(Transformation.value(.index, of: indicator, year: 2019).problem == .negativeBase(year: 2016))
        #expect(Transformation.value(.cagr, of: indicator, year: 2017).problem == .notPositive(year: 2016))
        #expect(Transformation.value(.change, of: indicator, year: 2017).value == 200)
        // From a positive base: 100 → 121 over two years is 10 % a year, +21 %, index 121.
        #expect(abs((Transformation.value(.cagr, of: indicator, year: 2019).value ?? 0) - 10) < 1e-9)
        #expect(abs((Transformation.value(.pctChange, of: indicator, year: 2019).value ?? 0) - 21) < 1e-9)
        #expect(abs((Transformation.value(.index, of: indicator, year: 2019, base: 2017).value ?? 0) - 121) < 1e-9)
    }

    @Test func lineAndParagraphSeparatorsAreVisibleInEveryOutput() throws {
        #expect(TextSafety.visible("a\u{2028}b\u{2029}c") == "a␤b␤c")
        let dataset = try Fixtures.decode(Fixtures.file(indicators: """
            {"id": "gdp_share", "name": {"en": "GDP\\u2028share"}, "unit": "percent", "headline": true,
             "observations": [{"year": 2018, "value": 20, "source": "forum-2018", "quote": "one\\u2029two"}]}
            """))
        let table = SnapshotTable(dataset: dataset, year: 2018)
        let separators: Set<Unicode.Scalar> = ["\u{2028}", "\u{2029}"]
        for (format, output) in [("csv", CSVSnapshot.render(table)), ("json", JSONSnapshot.render(table)), ("markdown", MarkdownSnapshot.render(table))] {
            #expect(!output.unicodeScalars.contains { separators.contains($0) }, "\(format)")
        }
        #expect(CSVSnapshot.render(table).contains("GDP␤share"))
        #expect(JSONSnapshot.render(table).contains(#"one\u2029two"#))
        var grid = Grid(size: Size(width: 12, height: 1))
        grid.put("GDP\u{2028}share", x: 0, y: 0)
        #expect(grid.lines == ["GDP␤share"])
    }
}
