import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import SnapshotTesting
import SwiftCSV
import Testing
@testable import Indicators
@testable import Widgets
@testable import DashboardUI

/// Snapshots a reader can check (issue 17): the text snapshot without key
/// hints and with its source whole, the Markdown with a note after every
/// figure, the change's kind in CSV and JSON, and the SVG of the screen.
@Suite struct ReportSnapshotTests {
    let model = Shipped.model
    let dataset = Shipped.model.dataset

    static func state(year: Int, size: Size) -> DashboardState {
        var state = Shipped.state(after: Shipped.keys(toYear: year), size: size)
        state.year = year
        return state
    }

    /// The source pane's inner lines (the rows of the snapshot from the source pane down, frames cut off).
    static func sourceLines(_ grid: Grid, size: Size) -> [String] {
        let layout = DashboardLayout(size: size, cityCount: 1, tileCount: Shipped.model.headlinePositions.count)
        return grid.lines[(layout.source.y + 1)..<(grid.size.height - 1)].map { line in
            var inner = Substring(line).dropFirst()
            while inner.last == " " { inner.removeLast() }
            if inner.last == "│" { inner.removeLast() }
            while inner.last == " " { inner.removeLast() }
            return String(inner)
        }
    }

    // MARK: - Text

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 60, height: 20)])
    func theTextSnapshotIsTheScreenWithoutHintsAndWithTheWholeSource(size: Size) {
        for year in [2015, 2019, 2023] {
            let state = Self.state(year: year, size: size)
            let screen = DashboardView.draw(state, model: model, size: size)
            let snapshot = TextSnapshot.grid(state, data: DashboardData(model), size: size)
            let layout = DashboardLayout(size: size, cityCount: 1, tileCount: model.headlinePositions.count)
            // The panes above the source are the screen's, row for row.
            #expect(Array(snapshot.lines.prefix(layout.source.y)) == Array(screen.lines.prefix(layout.source.y)), "\(year) \(size)")
            // The screen's last row is the key hints; the snapshot has none.
            let hints = screen.lines[size.height - 1]
            #expect(hints.contains("q quit"))
            #expect(!snapshot.text.contains("q quit") && !snapshot.text.contains("? help"), "\(year) \(size)")
            // Every measurement of the year: its address whole (broken at the width, never cut), its quote whole.
            let indicator = model.indicator(atPosition: state.selection)!
            let lines = Self.sourceLines(snapshot, size: size)
            let joined = lines.joined()
            let squeezed = lines.joined(separator: " ").filter { !$0.isWhitespace }
            for observation in indicator.measurements(in: year) {
                let source = dataset.source(id: observation.source)!
                if let url = source.url { #expect(joined.contains(url), "\(year) \(size): \(url)") }
                #expect(squeezed.contains(observation.quote.filter { !$0.isWhitespace }), "\(year) \(size): \(observation.quote)")
            }
            #expect(!lines.contains { $0.hasSuffix("…") }, "\(year) \(size): a line of the source is cut")
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= size.width - 2 })
        }
    }

    @Test func pWritesTheTextSnapshot() {
        let size = Size(width: 80, height: 24)
        let state = Shipped.state(after: Shipped.keys(toYear: 2019), size: size)
        let effects = DashboardUpdate.update(state, .character("p"), model: model, size: size).1
        guard case .writeSnapshot(let text, _, _)? = effects.first else {
            Issue.record("p gave no snapshot: \(effects)")
            return
        }
        #expect(text == TextSnapshot.grid(state, data: DashboardData(model), size: size).text)
        #expect(!text.contains("p snapshot"))
        #expect(text.contains("https://en.inform.kz/amp/president-almaty-turns-into-large-regional-investment"))
    }

    @Test func theCommandAndAPipePrintTheSnapshotWithoutHints() throws {
        let command = try Command.shell(#""$B" snapshot --data "$D" --year 2023 --width 80 --height 24"#)
        #expect(command.status == 0)
        #expect(command.output == TextSnapshot.grid(Self.state(year: 2023, size: Size(width: 80, height: 24)), data: DashboardData(model),
                                                    size: Size(width: 80, height: 24)).text)
        // The 2023 source's address, cut at 70 columns before: whole, broken at the width.
        #expect(command.output.contains("│https://astanatimes.com/2024/05/almatys-economy-soars-to-record-56-billion-in-│\n│decade/"))
        let piped = try Command.shell(#""$B" --data "$D" 2>/dev/null | cat"#)
        #expect(piped.status == 0)
        #expect(!piped.output.contains("q quit") && piped.output.contains("┌ Source · "))
    }

    // MARK: - Markdown, CSV, JSON

    /// A table's rows (after the header and its separator), as cells.
    static func tableRows(_ markdown: String, heading: String? = nil) -> [[String]] {
        var text = Substring(markdown)
        if let heading, let range = markdown.range(of: "## \(heading)\n") { text = markdown[range.upperBound...] }
        let block = text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .newlines) }.first { $0.hasPrefix("| ") } ?? ""
        return block.split(separator: "\n").dropFirst(2).map { line in
            line.dropFirst(2).dropLast(2).components(separatedBy: " | ")
        }
    }

    /// The numbered notes: number → text.
    static func notes(_ markdown: String) -> [Int: String] {
        var notes: [Int: String] = [:]
        for line in markdown.split(separator: "\n") {
            guard let dot = line.firstIndex(of: "."), let number = Int(line[..<dot]) else { continue }
            notes[number] = String(line[line.index(dot, offsetBy: 2)...])
        }
        return notes
    }

    @Test func markdownListsOnlyIndicatorsWithAFigureUnlessAskedForAll() {
        let table = SnapshotTable(dataset: dataset, year: 2023)
        let rows = Self.tableRows(MarkdownSnapshot.render(table))
        let withFigure = table.rows.filter { $0.observation != nil || !$0.partYear.isEmpty }
        #expect(rows.count == withFigure.count)
        #expect(rows.count < table.rows.count)
        #expect(!rows.contains { $0[1] == "—" })
        #expect(rows.map { $0[0] } == withFigure.map { $0.indicator.displayName(in: .en) })
        let all = Self.tableRows(MarkdownSnapshot.render(table, includeEmpty: true))
        #expect(all.count == table.rows.count)
        #expect(all.filter { $0[1] == "—" }.count == table.rows.count - withFigure.count)
    }

    @Test(arguments: [2018, 2019, 2023])
    func everyFigureIsFollowedByItsNoteAndEveryNoteHasTheQuoteAndTheAddress(year: Int) throws {
        let table = SnapshotTable(dataset: dataset, year: year)
        let markdown = MarkdownSnapshot.render(table)
        let notes = Self.notes(markdown)
        let figure = try Regex(#"^(?:[^:]+: )?[→+\-#]?[0-9][^\[\]]*?(?: [≈≠!])* (?:\[[0-9]+\])+$"#)
        for row in Self.tableRows(markdown) {
            for part in row[1].components(separatedBy: "; ").flatMap({ $0.components(separatedBy: " ≠ ") }) {
                #expect(part.wholeMatch(of: figure) != nil, "\(year) \(row[0]): \(part)")
            }
        }
        for row in Self.tableRows(markdown, heading: "Claims and records") {
            #expect(row[2].wholeMatch(of: figure) != nil && row[4].wholeMatch(of: figure) != nil, "\(year): \(row)")
        }
        // Every note cited, in order; each gives the quoted words and the whole address.
        let cited = Set(markdown.matches(of: try Regex(#"\[([0-9]+)\]"#)).compactMap { Int($0.output[1].substring ?? "") })
        #expect(cited == Set(notes.keys) && cited == Set(1...max(1, notes.count)))
        let observations = table.rows.flatMap { $0.measurements + $0.partYear + $0.claims.flatMap { [$0.claim, $0.record] } }
        for observation in observations {
            let source = try #require(dataset.source(id: observation.source))
            let note = notes.values.first { $0.contains("«\(observation.quote.split(whereSeparator: \.isNewline).joined(separator: " "))»") }
            #expect(note != nil, "\(year): no note quotes \(observation.quote)")
            if let url = source.url { #expect(note?.contains("<\(url)>") == true, "\(year): \(url)") }
        }
    }

    @Test func wherePopulationFiguresDifferBothAreShownWithTheirQuotes() throws {
        let markdown = MarkdownSnapshot.render(SnapshotTable(dataset: dataset, year: 2019))
        let notes = Self.notes(markdown)
        let rows = Self.tableRows(markdown)
        let official = try #require(rows.first { $0[0] == "Population" })
        let unofficial = try #require(rows.first { $0[0] == "Population, unofficial" })
        #expect(official[1].hasPrefix("1.85 M people"))
        #expect(unofficial[1].hasPrefix("3.00 M people ≈"))
        let note = { (cell: String) in Int(cell.split(separator: "[").last?.dropLast() ?? "").flatMap { notes[$0] } ?? "" }
        #expect(note(unofficial[1]).contains("«Алматы халқының саны бүгінде 3 миллионға жетіп отыр»"))
        // The president's 1.8 million beside the bureau's count, with its quote and the gap.
        let claim = try #require(Self.tableRows(markdown, heading: "Claims and records").first { $0[0] == "Population" })
        #expect(claim[2].hasPrefix("1.80 M people") && claim[4].hasPrefix("1.85 M people") && claim[5] == "-2.9 %")
        #expect(note(claim[2]).contains("1, 800, 000"))
        #expect(note(claim[2]).contains("<https://en.inform.kz/amp/president-almaty-turns-into-large-regional-investment-attractive-centre_a3579997/>"))
        // Two statements of one year that disagree, with no record: both values, each with its note.
        let tax = try #require(Self.tableRows(MarkdownSnapshot.render(SnapshotTable(dataset: dataset, year: 2018))).first { $0[0] == "Tax revenue share" })
        #expect(tax[1].wholeMatch(of: try Regex(#"25\.0 % ≈ \[[0-9]+\] ≠ 33\.3 % ≈ \[[0-9]+\]"#)) != nil, "\(tax)")
    }

    @Test func csvAndJSONSayWhatKindOfChangeAndGiveEveryDisagreeingValue() throws {
        let table = SnapshotTable(dataset: dataset, year: 2023)
        // Read back by a second CSV library.
        let csv = try CSV<Named>(string: CSVSnapshot.render(table))
        #expect(csv.header.contains("change_kind"))
        for row in table.rows {
            let line = try #require(csv.rows.first { $0["id"] == row.indicator.id })
            #expect(line["change_kind"] == (row.change?.kind ?? ""), "\(row.indicator.id)")
        }
        let unemployment = try #require(csv.rows.first { $0["id"] == "unemployment_rate" })
        #expect(unemployment["change"] == "-0.2" && unemployment["change_kind"] == "points")
        let grp = try #require(csv.rows.first { $0["id"] == "grp" })
        #expect(grp["change_kind"] == "percent" && grp["change"].flatMap(Double.init).map { $0 > 0 } == true)

        let json = JSONSnapshot.render(SnapshotTable(dataset: dataset, year: 2018))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let indicators = try #require(root["indicators"] as? [[String: Any]])
        let tax = try #require(indicators.first { $0["id"] as? String == "tax_share" })
        let values = try #require(tax["disagreeing_values"] as? [[String: Any]])
        #expect(values.compactMap { $0["value"] as? Double } == [25, 33.3])
        #expect(values.compactMap { ($0["sources"] as? [String])?.first } == ["almaty-invest-2018", "kazinform-2018-quarter-of-economy"])
        let gdp = try #require(indicators.first { $0["id"] as? String == "gdp_share" })
        #expect((gdp["disagreeing_values"] as? [Any])?.isEmpty == true)
    }

    @Test func includeEmptyIsForMarkdownOnly() throws {
        let markdown = try Command.shell(#""$B" snapshot --data "$D" --year 2023 --format markdown --include-empty"#)
        #expect(markdown.status == 0 && markdown.output.contains("| SME share of economy | — |"))
        let json = try Command.shell(#""$B" snapshot --data "$D" --format json --include-empty 2>&1"#)
        #expect(json.status == 64 && json.output.contains("--include-empty is for the markdown format"))
    }

    // MARK: - SVG

    static func svg(year: Int = 2023, size: Size = Size(width: 80, height: 24)) -> (svg: String, grid: Grid) {
        let grid = TextSnapshot.grid(state(year: year, size: size), data: DashboardData(Shipped.model), size: size)
        return (SVGSnapshot.render(grid), grid)
    }

    @Test func svgGoldenFile() {
        assertSnapshot(of: Self.svg().svg, as: .lines, named: "2023-80x24.svg", testName: "snapshot")
    }

    /// The rows' text, read back by an XML parser: one `<text>` per row that has text, its characters the text snapshot's row.
    final class Rows: NSObject, XMLParserDelegate {
        var rows: [(y: Int, text: String)] = []
        var inText = false
        var rects = 0
        var circles = 0

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if name == "text" {
                inText = true
                rows.append((y: Int(attributes["y"] ?? "") ?? -1, text: ""))
            }
            if name == "rect" { rects += 1 }
            if name == "circle" { circles += 1 }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "text" { inText = false }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { rows[rows.count - 1].text += string }
        }
    }

    static func parse(_ svg: String) -> Rows? {
        let parser = XMLParser(data: Data(svg.utf8))
        let rows = Rows()
        parser.delegate = rows
        return parser.parse() ? rows : nil
    }

    @Test(arguments: [2019, 2023])
    func svgRowsAreTheTextSnapshotsRows(year: Int) throws {
        let (svg, grid) = Self.svg(year: year)
        let rows = try #require(Self.parse(svg), "the SVG does not parse as XML")
        let expected = grid.lines.enumerated().filter { !$0.element.isEmpty }
        #expect(rows.rows.map(\.text) == expected.map(\.element))
        #expect(rows.rows.map(\.y) == expected.map { $0.offset * SVGSnapshot.cellHeight + 15 })
        #expect(svg.contains(#"width="800" height="\#(grid.size.height * 20)""#))
        // Bars, frames and braille dots are shapes; their characters stay in the text, unpainted.
        #expect(rows.rects > 50 && rows.circles > 20)
        #expect(svg.contains(#"fill-opacity="0">█"#) || svg.contains(#"fill-opacity="0">▏"#) || svg.contains(#"fill-opacity="0">▎"#))
    }

    @Test func svgColoursAreTheRoleTables() {
        let (svg, grid) = Self.svg()
        // Every role on the screen, in the colour the terminal gives it with Okabe–Ito in 256 colours.
        let roles = Set(grid.cells.map(\.style.role))
        for role in roles {
            guard let index = role.terminalColor(palette: .okabeIto, colors: 256) else { continue }
            #expect(svg.contains(#"fill="\#(RGB.xterm(index).hex)""#), "\(role)")
        }
        #expect(RGB.xterm(220).hex == "#ffd700" && RGB.xterm(32).hex == "#0087d7" && RGB.xterm(244).hex == "#808080")
        // Without colour only the default foreground and background remain (and dim shapes between them).
        let plain = SVGSnapshot.render(grid, palette: nil)
        let fills = Set(plain.matches(of: #/fill="(#[0-9a-f]{6})"/#).map { String($0.output.1) })
        let (foreground, background) = (SVGSnapshot.foreground, SVGSnapshot.background)
        #expect(fills.isSubset(of: [foreground.hex, background.hex, foreground.mixed(with: background, share: 0.6).hex]))
        #expect(fills.contains(foreground.hex) && fills.contains(background.hex))
    }

    @Test func blockGlyphsAreRectanglesOfTheirShare() {
        #expect(BlockGlyph.boxes("█").map { $0.map(\.height) } == [1])
        #expect(BlockGlyph.boxes("▄").map { $0.map { [$0.y, $0.height] } } == [[0.5, 0.5]])
        #expect(BlockGlyph.boxes("▎").map { $0.map(\.width) } == [0.25])
        #expect(BlockGlyph.boxes("▚")?.count == 2 && BlockGlyph.boxes("▙")?.count == 3)
        #expect(BlockGlyph.boxes("┼")?.count == 2 && BlockGlyph.boxes("a") == nil && BlockGlyph.boxes("╳") == nil)
        #expect(BlockGlyph.braille("⣿")?.count == 8 && BlockGlyph.braille("⠁")?.count == 1 && BlockGlyph.braille("⠀") == nil)
    }

    @Test func aWideCharacterTakesTwoCells() throws {
        var grid = Grid(size: Size(width: 10, height: 1))
        grid.put("a漢b", x: 0, y: 0)
        let svg = SVGSnapshot.render(grid)
        #expect(svg.contains(##"<tspan x="0 10 30" fill="#d0d0d0">a漢b</tspan>"##))
        #expect(Self.parse(svg)?.rows.map(\.text) == ["a漢b"])
    }

    @Test func ampersandsAndAnglesInDataStayText() throws {
        var grid = Grid(size: Size(width: 60, height: 1))
        grid.put(#"</text><script>x</script> &nbsp; &lt; "q" &"#, x: 0, y: 0)
        let svg = SVGSnapshot.render(grid)
        #expect(!svg.contains("<script") && !svg.contains("&nbsp;") && !svg.contains(" &lt; "))
        #expect(svg.contains("&lt;/text&gt;&lt;script&gt;x&lt;/script&gt; &amp;nbsp; &amp;lt; \"q\" &amp;"))
        #expect(Self.parse(svg)?.rows.map(\.text) == [#"</text><script>x</script> &nbsp; &lt; "q" &"#])
    }

    @Test func svgCommandWritesThroughTheAtomicFileRules() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try Command.shell(#""$B" snapshot --data "$D" --year 2023 --width 80 --height 24 --format svg --output "$F/s.svg""#,
                                       environment: ["F": folder.path])
        #expect(result.status == 0 && result.output.isEmpty)
        let written = try String(contentsOfFile: folder.path + "/s.svg", encoding: .utf8)
        #expect(written == Self.svg().svg)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["s.svg"])
        // The data file is never the output.
        let refused = try Command.shell(#""$B" snapshot --data "$D" --format svg --output "$D" 2>&1"#)
        #expect(refused.status == 64)
    }

    @Test func severalCitiesStandOneUnderAnother() throws {
        let data = GeneratedCities.data
        let size = Size(width: 80, height: 24)
        let grids = data.cities.indices.map { index in
            TextSnapshot.grid(DashboardUpdate.start(data: data, size: size, view: .init(city: index, year: 2019)), data: data, size: size)
        }
        let stacked = Grid(stacking: grids)
        #expect(stacked.text == grids.map(\.text).joined(separator: "\n"))
        let rows = try #require(Self.parse(SVGSnapshot.render(stacked)))
        #expect(rows.rows.map(\.text) == grids.flatMap(\.lines).filter { !$0.isEmpty })
        #expect(rows.rows.contains { $0.text.contains("North Test 2/3") } && rows.rows.contains { $0.text.contains("South Test 3/3") })
    }

    @Test func kazakhTextStaysTextInTheSVG() throws {
        let size = Size(width: 80, height: 24)
        var state = DashboardUpdate.start(data: DashboardData(model), language: .kk, size: size, view: .init(city: 0, year: 2023))
        state.language = .kk
        let grid = TextSnapshot.grid(state, data: DashboardData(model), size: size)
        let rows = try #require(Self.parse(SVGSnapshot.render(grid)))
        #expect(rows.rows.contains { $0.text.contains("Көрсеткіштер · 2023") })
        #expect(rows.rows.map(\.text) == grid.lines.filter { !$0.isEmpty })
    }

    // MARK: - In a browser

    /// Chromium's DOM of a file, or nil when chromium is not installed (CI installs it).
    private static func chromiumDOM(_ path: String) throws -> String? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium") else { return nil }
        let result = try Command.run("/usr/bin/chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", "file://" + path],
                                     environment: ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory()])
        return result.output
    }

    @Test func chromiumLoadsTheSVGWithOneTextElementPerRow() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (svg, grid) = Self.svg()
        let path = try folder.write("screen.svg", svg)
        guard let dom = try Self.chromiumDOM(path) else {
            Issue.record("chromium is not installed (apt-get install chromium)")
            return
        }
        #expect(!dom.contains("parsererror") && !dom.contains("error on line"))
        let texts = dom.matches(of: #/<text [^>]*>(.*?)</text>/#).map { match in
            String(match.output.1).replacing(#/<[^>]+>/#, with: "")
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&amp;", with: "&")
        }
        #expect(texts == grid.lines.filter { !$0.isEmpty })
    }
}
