import Foundation
import SnapshotTesting
import SwiftCSV
import Testing
@testable import Indicators
@testable import Widgets
@testable import DashboardUI
@testable import Importers

/// Markdown, JSON and CSV snapshots: golden files for two years, and
/// properties each format promises.
@Suite struct SnapshotFormatTests {
    let dataset = Shipped.model.dataset

    @Test(arguments: [2018, 2019])
    func goldenFiles(year: Int) {
        let table = SnapshotTable(dataset: dataset, year: year)
        assertSnapshot(of: MarkdownSnapshot.render(table), as: .lines, named: "\(year).md", testName: "snapshot")
        assertSnapshot(of: JSONSnapshot.render(table), as: .lines, named: "\(year).json", testName: "snapshot")
        assertSnapshot(of: CSVSnapshot.render(table), as: .lines, named: "\(year).csv", testName: "snapshot")
    }

    /// The text snapshot is the screen (GoldenScreenTests has 2018) without the status line, the source whole; 2019 here.
    @Test(arguments: [2019])
    func textGoldenFiles(year: Int) {
        for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
            let grid = TextSnapshot.grid(Shipped.state(after: Shipped.keys(toYear: year), size: size), data: DashboardData(Shipped.model),
                                         size: size)
            assertSnapshot(of: grid.text, as: .lines, named: "\(year)-\(size.width)x\(size.height).txt", testName: "snapshot")
        }
    }

    /// 2019 against 2015 in every format, and the Markdown in Kazakh and Russian.
    @Test func compareGoldenFiles() {
        let table = SnapshotTable(dataset: dataset, year: 2019, base: 2015)
        assertSnapshot(of: MarkdownSnapshot.render(table), as: .lines, named: "2015-2019.md", testName: "compare")
        assertSnapshot(of: JSONSnapshot.render(table), as: .lines, named: "2015-2019.json", testName: "compare")
        assertSnapshot(of: CSVSnapshot.render(table), as: .lines, named: "2015-2019.csv", testName: "compare")
        for language in [Language.kk, .ru] {
            let localized = SnapshotTable(dataset: dataset, year: 2019, base: 2015, language: language)
            assertSnapshot(of: MarkdownSnapshot.render(localized), as: .lines, named: "2015-2019-\(language.rawValue).md",
                           testName: "compare")
        }
    }

    @Test func compareJSONGivesTheBaseValueAndTheChange() throws {
        let text = JSONSnapshot.render(SnapshotTable(dataset: dataset, year: 2019, base: 2015))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(root["base_year"] as? Int == 2015)
        let indicators = try #require(root["indicators"] as? [[String: Any]])
        let tax = try #require(indicators.first { $0["id"] as? String == "tax_share" }?["base"] as? [String: Any])
        #expect(tax["year"] as? Int == 2015 && tax["value"] as? Double == 31)
        #expect(tax["change"] as? Double == -6 && tax["change_kind"] as? String == "points" && tax["verdict"] as? String == "worse")
        #expect((tax["sources"] as? [[String: Any]])?.isEmpty == false)
        // Without --compare the key is there, null.
        let plain = JSONSnapshot.render(SnapshotTable(dataset: dataset, year: 2019))
        let plainRoot = try #require(try JSONSerialization.jsonObject(with: Data(plain.utf8)) as? [String: Any])
        #expect(plainRoot["base_year"] is NSNull)
    }

    @Test func allCitiesShareOneCSVTableAndOneJSONDocument() throws {
        let tables = GeneratedCities.data.cities.map { SnapshotTable(dataset: $0.dataset, year: 2019) }
        let csv = try CSV<Named>(string: CSVSnapshot.render(cities: tables))
        #expect(csv.header == ["city"] + CSVSnapshot.header)
        #expect(csv.rows.count == tables.reduce(0) { $0 + $1.rows.count })
        #expect(Set(csv.rows.compactMap { $0["city"] }) == ["almaty", "north", "south"])
        #expect(csv.rows.first { $0["city"] == "south" && $0["id"] == "gdp_share" }?["value"] == "25.5")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(JSONSnapshot.render(cities: tables).utf8)) as? [String: Any])
        let cities = try #require(json["cities"] as? [[String: Any]])
        #expect(cities.compactMap { ($0["city"] as? [String: Any])?["id"] as? String } == ["almaty", "north", "south"])
    }

    @Test func jsonHoldsEveryIndicatorWithTheDocumentedKeys() throws {
        let text = JSONSnapshot.render(SnapshotTable(dataset: dataset, year: 2018))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(root["year"] as? Int == 2018)
        #expect((root["years"] as? [Int]) == dataset.years)
        let indicators = try #require(root["indicators"] as? [[String: Any]])
        #expect(indicators.map { $0["id"] as? String } == dataset.indicators.map(\.id))
        let keys: Set<String> = ["id", "name", "unit", "value", "approximate", "disagreement", "disagreeing_values", "previous", "change", "change_kind", "sources", "base",
                                 "claims", "part_year"]
        for entry in indicators { #expect(Set(entry.keys) == keys) }
        // The record (derived from the bureau's table) is the value; the akim's "one fifth" is a claim beside it.
        let gdp = try #require(indicators.first { $0["id"] as? String == "gdp_share" })
        #expect(gdp["value"] as? Double == 19.63)
        #expect((gdp["previous"] as? [String: Any])?["year"] as? Int == 2017)
        let sources = try #require(gdp["sources"] as? [[String: Any]])
        #expect(sources.first?["kind"] as? String == "derived")
        #expect(sources.last?["document"] as? String == "002_60c3d3be7fa6b6d9.txt")
        let claim = try #require((gdp["claims"] as? [[String: Any]])?.first)
        #expect((claim["said"] as? [String: Any])?["value"] as? Double == 20)
        #expect(claim["gap"] as? Double == 0.37 && claim["gap_kind"] as? String == "points" && claim["periods_differ"] as? Bool == false)
        // Investment growth: the bureau's year, and the forum's January–November statement beside it.
        let growth = try #require(indicators.first { $0["id"] as? String == "investment_growth" })
        #expect(growth["value"] as? Double == 10.9)
        let growthClaims = try #require(growth["claims"] as? [[String: Any]])
        #expect(growthClaims.contains { ($0["said"] as? [String: Any])?["period"] as? String == "M1-M11" && $0["periods_differ"] as? Bool == true })
        // Without a value that year: null, not absent.
        let rate = try #require(indicators.first { $0["id"] as? String == "sme_loan_rate_min" })
        #expect(rate["value"] is NSNull)
    }

    @Test func csvRoundTripsThroughAnotherReader() throws {
        let table = SnapshotTable(dataset: dataset, year: 2019)
        let csv = try CSV<Named>(string: CSVSnapshot.render(table))
        #expect(csv.header == CSVSnapshot.header)
        #expect(csv.rows.count == dataset.indicators.count)
        for (row, expected) in zip(csv.rows, table.rows) {
            #expect(row["id"] == expected.indicator.id)
            #expect(row["name"] == expected.indicator.displayName(in: .en))
            #expect(row["value"].flatMap(Double.init) == expected.observation?.value)
            #expect(row["source_ids"] == expected.measurements.map(\.source).joined(separator: " "))
        }
    }

    @Test func csvQuotesCommasAndQuotesAndShowsControlsAsPlaceholders() throws {
        var tricky = dataset
        tricky.indicators[0].name = LocalizedText(en: "Share, \"GDP\"\nof\u{1B}[2J Kazakhstan")
        let text = CSVSnapshot.render(SnapshotTable(dataset: tricky, year: 2018))
        #expect(text.contains("\r\ngdp_share,\"Share, \"\"GDP\"\"␊of␛[2J Kazakhstan\",percent,"))
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B })
        let csv = try CSV<Named>(string: text)
        #expect(csv.rows.first?["name"] == "Share, \"GDP\"␊of␛[2J Kazakhstan")
    }

    @Test func markdownCitesEverySourceOfTheYear() {
        let table = SnapshotTable(dataset: dataset, year: 2019)
        let text = MarkdownSnapshot.render(table)
        #expect(text.hasPrefix("# Almaty · 2019\n"))
        // Every source of the year's figures and claims is in a note.
        for source in table.citedSources {
            #expect(text.contains(". \(source.title), \(source.publisher), \(source.date) ("), "\(source.id)")
        }
        // The header, its separator, and one row per indicator with a figure; then the claims of the year in a table of their own.
        let tables = text.components(separatedBy: "\n\n").filter { $0.hasPrefix("| ") }
        #expect(tables.first?.split(separator: "\n").count == table.rows.filter(\.hasFigure).count + 2)
        #expect(tables.dropFirst().first?.split(separator: "\n").count == table.rows.map(\.claims.count).reduce(0, +) + 2)
    }

    @Test func ansiTextKeepsTheCharactersAndResetsEachLine() {
        let grid = Shipped.screen(after: [], size: Size(width: 80, height: 24))
        let colored = ANSIText.render(grid)
        let stripped = colored.replacingOccurrences(of: #"\x1B\[[0-9;]*m"#, with: "", options: .regularExpression)
        // The reversed status bar keeps its spaces in colour; otherwise the text is the same.
        let trimmed = stripped.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0.reversed().drop { $0 == " " }.reversed())
        }.joined(separator: "\n")
        #expect(trimmed == grid.text)
        // The Okabe–Ito palette in 256 colours by default (the selected year in yellow), the classic one in eight.
        #expect(colored.contains("\u{1B}[0;1;38;5;220m"))
        #expect(ANSIText.render(grid, palette: .classic).contains("\u{1B}[0;1;33m"))
        for line in colored.split(separator: "\n") where line.contains("\u{1B}[") {
            #expect(line.hasSuffix("\u{1B}[0m"))
        }
    }

    @Test func atomicWriteLeavesNothingBehindWhenItFails() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // A directory where the file should go: the final rename fails.
        try FileManager.default.createDirectory(atPath: folder.path + "/taken", withIntermediateDirectories: false)
        #expect(throws: AtomicFile.WriteError.self) {
            try AtomicFile.write(Array("x".utf8), to: folder.path + "/taken")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["taken"])
        // A read-only folder (where permissions apply: not for root).
        let locked = folder.path + "/locked"
        try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: false)
        chmod(locked, 0o555)
        if access(locked, W_OK) != 0 {
            #expect(throws: AtomicFile.WriteError.self) {
                try AtomicFile.write(Array("x".utf8), to: locked + "/out.txt")
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: locked).isEmpty)
        }
        chmod(locked, 0o755)
        // And a good write is whole, with the usual permissions.
        try AtomicFile.write(Array("whole\n".utf8), to: folder.path + "/ok.txt")
        #expect(try String(contentsOfFile: folder.path + "/ok.txt", encoding: .utf8) == "whole\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["locked", "ok.txt", "taken"])
    }
}
