import Foundation
import FoundationXML
import SwiftCSV
import Testing
@testable import Indicators
@testable import Reports

/// `citydash export` run as a user runs it: the real binary on the shipped data.
@Suite struct ExportCommandTests {
    static let threeCities = ["--indicator", "gdp_share", "--city", "almaty", "--city", "KZ-71", "--city", "KZ-79",
                              "--from", "2010", "--to", "2023"]

    static func export(_ arguments: [String]) throws -> Command.Result {
        try Command.run(TmuxSession.binary, ["export"] + arguments, environment: ["LANG": "C.UTF-8", "HOME": "/nonexistent",
                                                                                 "PATH": "/usr/bin:/bin"])
    }

    /// `citydash export … 2>&1` through the shell: the status and both streams.
    static func exportShell(_ arguments: String) throws -> Command.Result {
        try Command.shell("cd \"\(RepositoryFiles.root)\" && \"$B\" export \(arguments) 2>&1")
    }

    // MARK: - Tidy CSV, read back by a second library

    /// A python3 that can import `module`, when there is one.
    static func python(with module: String) -> Bool {
        (try? Command.shell("command -v python3 >/dev/null && python3 -c 'import \(module)' 2>/dev/null",
                            environment: ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]))?.status == 0
    }

    @Test func gdpForEveryRegionIsTidyCSVThatASecondLibraryReadsBack() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/grp.csv"
        let result = try Self.export(["--data", RepositoryFiles.dataset, "--data", RepositoryFiles.root + "/regions",
                                      "--indicator", "grp", "--all-cities", "--output", path])
        #expect(result.status == 0)
        let series = SeriesExport(indicatorID: "grp", datasets: ShippedRegions.all)
        let expectedRows = series.rows.count + series.rows.reduce(0) { $0 + $1.others.count }
        let text = try String(contentsOfFile: path, encoding: .utf8)

        // SwiftCSV, a second implementation, reads what CSV.swift wrote.
        let csv = try CSV<Named>(string: text)
        #expect(csv.header == SeriesCSV.header)
        #expect(csv.rows.count == expectedRows)
        let almaty2023 = csv.rows.first { $0["city_id"] == "almaty" && $0["year"] == "2023" && $0["period"] == "year" && $0["role"] == "value" }
        let record = try #require(ShippedRegions.city("almaty").indicator(id: "grp")?.record(in: 2023))
        #expect(almaty2023.flatMap { $0["value"] }.flatMap(Double.init).map { abs($0 - record.value) < 0.5 } == true)
        #expect(almaty2023?["change_kind"] == "percent")
        #expect(almaty2023?["period_start"] == "2023-01-01")
        // No digit groups and no thousands separators: every value is a plain number.
        for row in csv.rows {
            let value = row["value"] ?? ""
            #expect(value.isEmpty || Double(value) != nil, "value \(value)")
            #expect(!value.contains(" ") && !value.contains(","))
        }

        // pandas and polars, as a reader of the report would use them, with their defaults (when python3 has them).
        let pathEnvironment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        let readers = [
            ("pandas", """
                import sys, pandas as pd
                df = pd.read_csv(sys.argv[1])
                row = df[(df.city_id == "almaty") & (df.year == 2023) & (df.period == "year") & (df.role == "value")]
                print(len(df), df.dtypes["value"], df.dtypes["year"], df.dtypes["change"], repr(float(row["value"].iloc[0])))
                """),
            ("polars", """
                import sys, polars as pl
                df = pl.read_csv(sys.argv[1])
                row = df.filter((pl.col("city_id") == "almaty") & (pl.col("year") == 2023) & (pl.col("period") == "year") & (pl.col("role") == "value"))
                print(df.height, str(df.schema["value"]).lower(), str(df.schema["year"]).lower(), str(df.schema["change"]).lower(), repr(row["value"][0]))
                """),
        ]
        var read = 0
        for (module, script) in readers where Self.python(with: module) {
            let file = try folder.write("read-with-\(module).py", script)
            let run = try Command.shell("python3 \"\(file)\" \"\(path)\" 2>&1", environment: pathEnvironment)
            #expect(run.status == 0, "\(module): \(run.output)")
            let words = run.output.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            #expect(words.count == 5, "\(module): \(run.output)")
            if words.count == 5 {
                #expect(Int(words[0]) == expectedRows, "\(module)")
                #expect(words[1] == "float64" && words[3] == "float64", "\(module): \(run.output)")
                #expect(words[2] == "int64", "\(module): \(run.output)")
                #expect(Double(words[4]).map { abs($0 - record.value) < 0.5 } == true, "\(module): \(run.output)")
            }
            read += 1
        }
        print("tidy CSV of GRP, every region: \(expectedRows) rows, \(text.utf8.count) bytes; read back by SwiftCSV and \(read) python reader(s)")
    }

    @Test func csvChangesSayTheirKind() throws {
        let result = try Self.export(["--data", RepositoryFiles.dataset, "--indicator", "gdp_share", "--from", "2015", "--to", "2016"])
        #expect(result.status == 0)
        let csv = try CSV<Named>(string: result.output)
        let values = csv.rows.filter { $0["role"] == "value" }
        #expect(values.map { $0["change_kind"] } == ["points", "points"])
        #expect(values.map { $0["change"] } == ["1.73", "0.31"])
        let claim = try #require(csv.rows.first { $0["role"] == "other" })
        #expect(claim["evidence"] == "statement")
        #expect(claim["gap_kind"] == "points")
        #expect(claim["source_url"]?.hasPrefix("https://") == true)
        #expect(claim["quote"]?.isEmpty == false)
    }

    @Test func aTransformedSeriesSaysWhatKindOfChangeItsValuesAre() throws {
        let result = try Self.export(["--data", RepositoryFiles.dataset, "--indicator", "grp", "--from", "2021", "--to", "2022",
                                      "--transform", "pct-change"])
        #expect(result.status == 0)
        let csv = try CSV<Named>(string: result.output)
        let rows = csv.rows.filter { $0["role"] == "value" && $0["period"] == "year" }
        #expect(rows.map { $0["value_change_kind"] } == ["percent", "percent"])
        #expect(rows.map { $0["unit"] } == ["percent_change", "percent_change"])
        // Worked by hand from the levels in the same rows: (2022 / 2021 − 1) × 100.
        let levels = rows.compactMap { $0["level"].flatMap(Double.init) }
        let value = try #require(rows.last?["value"].flatMap(Double.init))
        #expect(levels.count == 2 && abs(value - (levels[1] / levels[0] - 1) * 100) < 1e-4)
    }

    @Test func markdownLabelsFollowTheLanguageAndMachineNamesDoNot() throws {
        let russian = try Self.export(["--data", RepositoryFiles.dataset, "--indicator", "gdp_share", "--from", "2023", "--to", "2023",
                                       "--format", "markdown", "--lang", "ru"])
        #expect(russian.status == 0)
        #expect(russian.output.hasPrefix("# Доля в ВВП · Алматы · 2023"))
        #expect(russian.output.contains("| Регион | Период | Значение |"))
        #expect(russian.output.contains("21,1 %[^1]"))
        let kazakhCSV = try Self.export(["--data", RepositoryFiles.dataset, "--indicator", "gdp_share", "--from", "2023", "--to", "2023",
                                         "--lang", "kk"])
        #expect(kazakhCSV.output.hasPrefix(SeriesCSV.header.joined(separator: ",")))
        #expect(kazakhCSV.output.contains("almaty,Алматы,gdp_share,ЖІӨ үлесі,2023,year,"))
        #expect(kazakhCSV.output.contains(",21.12,"))
    }

    @Test func theWholeCountryIsInTheTableButNotDrawnBesideItsRegions() {
        let series = SeriesExport(indicatorID: "gdp_share", datasets: ShippedRegions.all, from: 2022, to: 2022)
        #expect(series.cities.contains { $0.id == "KZ" })
        #expect(series.rows.contains { $0.city.id == "KZ" && $0.level == 100 })
        #expect(!ChartSeries.drawn(series).contains { $0.id == "KZ" })
        #expect(ChartSeries.drawn(series).count == series.cities.count - 1)
        let svg = SeriesChart.render(series, language: .en, from: 2022, to: 2022)
        #expect(!svg.contains("data-city=\"KZ\""))
        #expect(svg.contains("Republic of Kazakhstan: the whole; in the table, not drawn"))
        // Alone, it is drawn.
        let alone = SeriesExport(indicatorID: "gdp_share", datasets: [ShippedRegions.city("KZ")], from: 2022, to: 2022)
        #expect(ChartSeries.drawn(alone).map(\.id) == ["KZ"])
    }

    // MARK: - Markdown and JSON: every figure with its note

    @Test func markdownFollowsEveryFigureWithItsNoteAndTheNotesGiveQuoteAndAddress() throws {
        let result = try Self.export(Self.threeCities + ["--data", RepositoryFiles.dataset, "--data", RepositoryFiles.root + "/regions",
                                                         "--format", "markdown"])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n").map(String.init)
        let rows = lines.filter { $0.hasPrefix("| Almaty") || $0.hasPrefix("| Astana") || $0.hasPrefix("| Shymkent") }
        #expect(rows.count == 14 + 14 + 13)
        for row in rows {
            let value = row.split(separator: "|")[2]
            #expect(value.range(of: #"%\[\^\d+\]"#, options: .regularExpression) != nil, "\(row)")
        }
        let notes = lines.filter { $0.hasPrefix("[^") }
        #expect(!notes.isEmpty)
        for note in notes {
            #expect(note.contains("«") && note.contains("»"))
            // The full address, or for an article without one, the article's file.
            #expect(note.contains("<https://") || note.contains("<http://") || note.contains(". article file "), "\(note)")
        }
        #expect(result.output.contains("20.6 %[^"))
        #expect(result.output.contains("«Overall, Almaty’s contribution to Kazakhstan’s GDP increased to 20.6%.»"))
    }

    @Test func jsonGivesEachFigureItsQuoteSourceAndNote() throws {
        let result = try Self.export(Self.threeCities + ["--data", RepositoryFiles.dataset, "--data", RepositoryFiles.root + "/regions",
                                                         "--format", "json"])
        #expect(result.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let rows = try #require(document["rows"] as? [[String: Any]])
        #expect(rows.count == 41)
        let notes = try #require(document["footnotes"] as? [[String: Any]])
        let almaty2023 = try #require(rows.first { $0["city"] as? String == "almaty" && $0["year"] as? Int == 2023 })
        #expect(almaty2023["value"] as? Double == 21.12)
        #expect(almaty2023["change_kind"] as? String == "points")
        let figure = try #require(almaty2023["figure"] as? [String: Any])
        let number = try #require(figure["footnote"] as? Int)
        #expect(notes[number - 1]["quote"] as? String == figure["quote"] as? String)
        let others = try #require(almaty2023["others"] as? [[String: Any]])
        #expect(others.contains { $0["value"] as? Double == 20.6 && $0["evidence"] as? String == "statement" })
    }

    // MARK: - Bad input

    @Test func anUnknownIndicatorExits64WithTheKnownIDs() throws {
        let result = try Self.exportShell("--data \"$D\" --indicator gdp_shar")
        #expect(result.status == 64)
        #expect(result.output.contains("--indicator gdp_shar: no such indicator in almaty; known: gdp_share, tax_share,"))
        #expect(result.output.split(separator: "\n").count == 1)
    }

    @Test func anUnknownCityExits64WithTheLoadedIDs() throws {
        let result = try Self.exportShell("--indicator gdp_share --city KZ-99")
        #expect(result.status == 64)
        #expect(result.output.contains("--city KZ-99: no such city; loaded: almaty, "))
        #expect(result.output.contains("KZ-79"))
    }

    @Test func fromAfterToExits64() throws {
        let result = try Self.exportShell("--data \"$D\" --indicator gdp_share --from 2020 --to 2010")
        #expect(result.status == 64)
        #expect(result.output.contains("--from 2020 is after --to 2010"))
    }

    @Test func aRangeWithoutFiguresExits64WithTheYearsThereAre() throws {
        let result = try Self.exportShell("--data \"$D\" --indicator gdp_share --from 2090 --to 2095")
        #expect(result.status == 64)
        #expect(result.output.contains("years with data: 1990–2024"))
    }

    @Test func outputFollowsTheAtomicWriteRules() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = try folder.write("data.json", try String(contentsOfFile: RepositoryFiles.dataset, encoding: .utf8))
        let before = try Data(contentsOf: URL(fileURLWithPath: data))
        // The input is never the output.
        let itself = try Self.exportShell("--data \"\(data)\" --indicator gdp_share --output \"\(data)\"")
        #expect(itself.status == 64)
        #expect(try Data(contentsOf: URL(fileURLWithPath: data)) == before)
        // A folder is not replaced; a device is written to; `-` is standard output.
        let folderTarget = try Self.exportShell("--data \"$D\" --indicator gdp_share --output \"\(folder.path)\"")
        #expect(folderTarget.status == 74)
        #expect(folderTarget.output.contains("it is a folder"))
        #expect(try Self.exportShell("--data \"$D\" --indicator gdp_share --format svg --output /dev/null").status == 0)
        let stdout = try Self.exportShell("--data \"$D\" --indicator gdp_share --from 2022 --to 2022 --output -")
        #expect(stdout.status == 0)
        #expect(stdout.output.hasPrefix("city_id,city,indicator_id"))
        // A file that is replaced keeps its permissions.
        let target = try folder.write("out.html", "old")
        chmod(target, 0o640)
        #expect(try Self.exportShell("--data \"$D\" --indicator gdp_share --format html --output \"\(target)\"").status == 0)
        var info = stat()
        stat(target, &info)
        #expect(info.st_mode & 0o777 == 0o640)
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
    }

    // MARK: - Hostile names and quotes

    /// The escape-injection file of EscapeInjectionTests with markup in its names and quotes.
    static let hostile = """
        {"schema": 1, "city": {"id": "evil", "name": "Evil\\u001b]0;title\\u0007 <b>City</b> & \\"Co\\""},
         "sources": [{"id": "s", "title": "T\\u001b[2J <script>alert(1)</script>", "publisher": "P\\u009bX &amp; Sons", "date": "2018",
                      "url": "https://example.org/a?b=1&c=\\"2\\"<x>"},
                     {"id": "t", "title": "Fine", "publisher": "Q", "date": "2019", "url": "https://example.org/ok?a=1&b=2"}],
         "indicators": [{"id": "gdp_share", "name": {"en": "Share\\u001b]0;title\\u0007 of <GDP> &lt; \\u202eevil\\u202c"}, "unit": "percent",
           "observations": [{"year": 2018, "value": 20, "source": "s", "quote": "q\\u001b[2J\\u009b </text><script>x()</script> & \\"said\\" \\u2066iso\\u2069"},
                            {"year": 2019, "value": 21, "source": "t", "quote": "plain"}]}]}
        """

    /// Bytes that act on a terminal or a bidi renderer: C0 and C1 controls, bidi embeddings, overrides and isolates.
    static func unsafeBytes(in bytes: [UInt8]) -> [Int] {
        var found = EscapeInjectionTests.controlBytes(in: bytes)
        for index in bytes.indices where bytes[index] == 0xE2 && index + 2 < bytes.count {
            if bytes[index + 1] == 0x81, (0xA6...0xA9).contains(bytes[index + 2]) { found.append(index) }
            if bytes[index + 1] == 0x80, [0x8E, 0x8F].contains(bytes[index + 2]) { found.append(index) }
        }
        return found
    }

    @Test(arguments: ["svg", "html"])
    func markupFromTheDataIsEscapedAndControlsMadeVisible(format: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("evil.json", Self.hostile)
        let result = try Self.export(["--data", path, "--indicator", "gdp_share", "--format", format])
        #expect(result.status == 0)
        let bytes = Array(result.output.utf8)
        #expect(Self.unsafeBytes(in: bytes).isEmpty, "\(format)")
        #expect(!result.output.contains("<script"))
        #expect(!result.output.contains("<b>"))
        #expect(!result.output.contains("<GDP>"))
        #expect(result.output.contains("&lt;GDP&gt;"))
        // `&lt;` in the data is shown as it was written, not as `<`.
        #expect(result.output.contains("&amp;lt;"))
        #expect(result.output.contains("Evil␛]0;title␇ &lt;b&gt;City&lt;/b&gt; &amp; \"Co\""))
        #expect(result.output.contains("T␛[2J &lt;script&gt;alert(1)&lt;/script&gt;"))
        // An address with a quote or an angle bracket is not made a link.
        #expect(!result.output.contains("href=\"https://example.org/a?"))
        if format == "html" || format == "svg" {
            #expect(result.output.contains("https://example.org/a?b=1&amp;c=\"2\"&lt;x&gt;"))
        }
        if format == "svg" {
            // The SVG is well-formed XML.
            let parser = XMLParser(data: Data(result.output.utf8))
            #expect(parser.parse(), "\(String(describing: parser.parserError))")
        } else {
            #expect(result.output.contains("href=\"https://example.org/ok?a=1&amp;b=2\""))
            // The quote, in its note: a closing tag in it is text.
            #expect(result.output.contains("&lt;/text&gt;&lt;script&gt;x()&lt;/script&gt; &amp; \"said\""))
        }
    }
}
