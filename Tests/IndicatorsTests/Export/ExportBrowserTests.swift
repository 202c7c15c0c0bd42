import Foundation
import SnapshotTesting
import Testing
@testable import Indicators
@testable import Reports

/// The SVG chart and the HTML report in a real browser (Debian's chromium,
/// headless): they load without a console message, the drawing sits where the
/// values say, the notes link to full addresses, and the report of Almaty's
/// GDP share with Astana and Shymkent prints on one A4 page.
@Suite(.serialized) struct ExportBrowserTests {
    static let series = SeriesExport(indicatorID: "gdp_share", datasets: ShippedRegions.threeCities, loaded: ShippedRegions.all,
                                     from: 2010, to: 2023)

    /// Writes the three cities' export in `format` with the real binary, into `folder`.
    static func exportFile(_ format: String, in folder: TemporaryFolder, language: String = "en") throws -> String {
        let path = folder.path + "/gdp-share." + format
        let result = try ExportCommandTests.export(ExportCommandTests.threeCities + [
            "--data", RepositoryFiles.dataset, "--data", RepositoryFiles.root + "/regions", "--format", format, "--output", path,
            "--lang", language,
        ])
        #expect(result.status == 0)
        return path
    }

    /// `name="value"` pairs of every element `<tag …>` in `markup`, in order.
    static func elements(_ tag: String, in markup: String) -> [[String: String]] {
        var found: [[String: String]] = []
        var rest = markup[...]
        while let open = rest.range(of: "<" + tag + " ") {
            guard let close = rest[open.upperBound...].firstIndex(of: ">") else { break }
            let body = String(rest[open.upperBound..<close])
            var attributes: [String: String] = [:]
            var scanner = body[...]
            while let equals = scanner.range(of: "=\"") {
                let name = scanner[..<equals.lowerBound].split(separator: " ").last.map(String.init) ?? ""
                guard let end = scanner[equals.upperBound...].firstIndex(of: "\"") else { break }
                attributes[name] = String(scanner[equals.upperBound..<end])
                scanner = scanner[scanner.index(after: end)...]
            }
            found.append(attributes)
            rest = rest[close...]
        }
        return found
    }

    @Test func theChartLoadsAndItsPointsSitWhereTheValuesSay() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let svg = try Self.exportFile("svg", in: folder)
        let run = try Chromium.dumpDOM(of: svg)
        print("chromium --dump-dom of the SVG: \(String(format: "%.2f", run.seconds)) s")
        #expect(run.status == 0)
        #expect(run.consoleLines.isEmpty, "\(run.consoleLines)")
        #expect(!run.output.contains("parsererror"))
        #expect(run.output.contains("<svg"))

        let scale = SeriesChart.scale(Self.series, from: 2010, to: 2023)
        // Every region's line: one point per year, where the scale puts its value.
        let lines = Self.elements("polyline", in: run.output)
        for city in ["almaty", "KZ-71", "KZ-79"] {
            let points = lines.filter { $0["data-city"] == city }.flatMap { ($0["points"] ?? "").split(separator: " ") }
                .map { $0.split(separator: ",").compactMap { Double($0) } }
            let rows = Self.series.rows.filter { $0.city.id == city && $0.observation.evidence != .statement }
            #expect(points.count == rows.count, "\(city)")
            for (point, row) in zip(points, rows) {
                #expect(abs(point[0] - scale.x(row.year)) <= 1, "\(city) \(row.year) x")
                #expect(abs(point[1] - scale.y(row.level)) <= 1, "\(city) \(row.year) y")
            }
        }
        // Statements are triangles centred on the value said: Almaty's 2015 «20%».
        let triangles = Self.elements("polygon", in: run.output).filter { $0["data-kind"] == "statement" && $0["data-city"] != nil }
        #expect(triangles.count == 7)
        let said2015 = try #require(triangles.first { $0["data-year"] == "2015" })
        let corners = (said2015["points"] ?? "").split(separator: " ").map { $0.split(separator: ",").compactMap { Double($0) } }
        let centreX = (corners.map { $0[0] }.min()! + corners.map { $0[0] }.max()!) / 2
        let centreY = (corners.map { $0[1] }.min()! + corners.map { $0[1] }.max()!) / 2
        #expect(abs(centreX - scale.x(2015)) <= 1)
        #expect(abs(centreY - scale.y(20)) <= 1)
        // Preliminary figures are hollow squares: Astana's and Shymkent's 2023 first releases.
        let squares = Self.elements("rect", in: run.output).filter { $0["data-kind"] == "preliminary" && $0["data-city"] != nil }
        let astana = try #require(squares.first { $0["data-city"] == "KZ-71" })
        #expect(abs((Double(astana["y"] ?? "") ?? 0) + 4 - scale.y(10.68)) <= 1)
        // The axes carry their ticks; text stays text.
        #expect(run.output.contains(">2010</text>") && run.output.contains(">2023</text>"))
        #expect(run.output.contains(">25</text>"))
        #expect(run.output.contains("Sources:"))
    }

    /// The chart as chromium draws it: the SVG in a page exactly its size, printed to PDF and turned into
    /// pixels by pdftoppm at 96 dpi, so that one SVG unit is one pixel.
    static func renderedPixels(of svg: String, in folder: TemporaryFolder) throws -> (width: Int, height: Int, rgb: [UInt8]) {
        let text = try String(contentsOfFile: svg, encoding: .utf8)
        let height = try #require(elements("svg", in: text).first?["height"].flatMap(Double.init))
        let page = try folder.write("page.html", """
            <!DOCTYPE html><style>@page { size: 720px \(height)px; margin: 0 } html, body { margin: 0; padding: 0 } img { display: block }</style>
            <img src="\(URL(fileURLWithPath: svg).lastPathComponent)" width="720" height="\(height)">
            """)
        let pdf = folder.path + "/page.pdf"
        let run = try Chromium.printToPDF(page, pdf: pdf)
        print("chromium --print-to-pdf of the chart: \(String(format: "%.2f", run.seconds)) s")
        #expect(run.status == 0)
        let tool = try #require(["/usr/bin/pdftoppm"].first { FileManager.default.isExecutableFile(atPath: $0) }, "pdftoppm (poppler-utils) is missing")
        try Command.run(tool, ["-r", "96", "-singlefile", pdf, folder.path + "/page"])
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder.path + "/page.ppm")))
        // P6 <width> <height> 255, then RGB.
        var fields: [String] = []
        var index = 0
        while fields.count < 4 {
            var field = ""
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A { index += 1 }
            while index < bytes.count, bytes[index] != 0x20, bytes[index] != 0x0A { field.append(Character(UnicodeScalar(bytes[index]))); index += 1 }
            fields.append(field)
        }
        index += 1
        let width = try #require(Int(fields[1]))
        let rows = try #require(Int(fields[2]))
        return (width, rows, Array(bytes[index...]))
    }

    @Test func theBrowserDrawsEachPointInItsRegionsColourWhereTheScalePutsIt() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let svg = try Self.exportFile("svg", in: folder)
        let image = try Self.renderedPixels(of: svg, in: folder)
        #expect(image.width == 720)
        func pixel(_ x: Double, _ y: Double) -> [Int] {
            let at = (Int(y.rounded()) * image.width + Int(x.rounded())) * 3
            guard at >= 0, at + 2 < image.rgb.count else { return [-1, -1, -1] }
            return image.rgb[at..<at + 3].map(Int.init)
        }
        func near(_ found: [Int], _ hex: String) -> Bool {
            let value = Int(hex.dropFirst(), radix: 16) ?? 0
            let wanted = [(value >> 16) & 255, (value >> 8) & 255, value & 255]
            return zip(found, wanted).allSatisfy { abs($0 - $1) <= 24 }
        }
        let scale = SeriesChart.scale(Self.series, from: 2010, to: 2023)
        for (index, city) in ["almaty", "KZ-71", "KZ-79"].enumerated() {
            let colour = SeriesChart.colors[index]
            for row in Self.series.rows where row.city.id == city && row.observation.evidence != .statement {
                let found = pixel(scale.x(row.year), scale.y(row.level))
                #expect(near(found, colour), "\(city) \(row.year): \(found) at (\(scale.x(row.year)), \(scale.y(row.level))), not \(colour)")
            }
        }
        // Above the plot, where no value is, the page is white.
        #expect(near(pixel(scale.x(2016), scale.top - 8), "#ffffff"))
        // Almaty's 2015 statement, 20 %, is a triangle in Almaty's colour 2.3 points below nothing but itself.
        #expect(near(pixel(scale.x(2015), scale.y(20) + 2), SeriesChart.colors[0]))
    }

    @Test func theReportLoadsWithoutConsoleErrorsAndNothingFromTheNetwork() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let html = try Self.exportFile("html", in: folder)
        let run = try Chromium.dumpDOM(of: html)
        print("chromium --dump-dom of the HTML: \(String(format: "%.2f", run.seconds)) s")
        #expect(run.status == 0)
        #expect(run.consoleLines.isEmpty, "\(run.consoleLines)")
        let dom = run.output
        #expect(dom.contains("<svg") && dom.contains("class=\"series-chart\""))
        for tag in ["<script", "<link", "<img", "<iframe", "@import", "url("] {
            #expect(!dom.contains(tag), "\(tag)")
        }
        #expect(dom.contains("<table class=\"series wide\""))
        // Every figure in the table is followed by its note, and every note exists.
        let references = Self.elements("a", in: dom).filter { $0["class"] == "ref" }.compactMap { $0["href"] }
        #expect(references.count == Self.series.rows.count + Self.series.rows.reduce(0) { $0 + $1.others.count })
        #expect(references.count == 41 + 10)
        for reference in Set(references) {
            #expect(dom.contains("id=\"\(reference.dropFirst())\""), "\(reference)")
        }
    }

    @Test func everyLinkOfTheNotesAndSourcesIsAFullAddress() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let html = try Self.exportFile("html", in: folder)
        let dom = try Chromium.dumpDOM(of: html).output
        let notes = try #require(dom.range(of: "<ol class=\"notes\"")).lowerBound
        let links = Self.elements("a", in: String(dom[notes...])).compactMap { $0["href"] }
        #expect(links.count > 40)
        let addresses = Set(Self.series.citedSources.compactMap(\.url))
        for link in links {
            let url = URL(string: link.replacingOccurrences(of: "&amp;", with: "&"))
            #expect(url?.scheme == "https" || url?.scheme == "http", "\(link)")
            #expect(url?.host?.contains(".") == true, "\(link)")
            #expect(addresses.contains(link.replacingOccurrences(of: "&amp;", with: "&")), "\(link)")
        }
        // Every source's address is printed in full as the link's text.
        for source in Self.series.citedSources {
            if let url = source.url { #expect(dom.contains(">\(url.replacingOccurrences(of: "&", with: "&amp;"))</a>"), "\(url)") }
        }
    }

    @Test(arguments: ["en", "ru", "kk"])
    func theReportPrintsOnOneA4Page(language: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let html = try Self.exportFile("html", in: folder, language: language)
        let pdf = folder.path + "/report.pdf"
        let run = try Chromium.printToPDF(html, pdf: pdf)
        print("chromium --print-to-pdf (\(language)): \(String(format: "%.2f", run.seconds)) s")
        #expect(run.status == 0)
        let pages = try #require(try PDFInfo.pages(of: pdf), "pdfinfo (poppler-utils) is missing")
        #expect(pages.count == 1, "\(language): \(pages.count) pages")
        #expect(pages.size.contains("594.96 x 841.92") || pages.size.contains("(A4)"), "\(pages.size)")
    }

    @Test func aControlPageWithAScriptErrorIsCaught() throws {
        // The console check can fail: a page with an error is seen as one.
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let page = try folder.write("bad.html", "<!DOCTYPE html><p>x</p><script>undefinedFunction()</script>")
        let run = try Chromium.dumpDOM(of: page)
        #expect(run.consoleLines.contains { $0.contains("undefinedFunction") })
    }

    /// The chart of Almaty's, Astana's and Shymkent's GDP share, 2010–2023, as text.
    @Test func goldenChart() {
        let svg = SeriesChart.render(Self.series, language: .en, from: 2010, to: 2023)
        assertSnapshot(of: svg, as: .lines, named: "gdp-share-almaty-astana-shymkent-2010-2023.svg", testName: "chart")
    }
}
