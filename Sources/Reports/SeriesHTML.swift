import Indicators
import Plot

/// The series as one self-contained HTML page: the chart as inline SVG, the
/// table (a column per region when there are few, else one row per region and
/// period), the other figures given for the same periods, the notes with their
/// quotes and the sources with their full addresses. No script, no font or
/// style from the network; a print stylesheet fits it to A4.
public enum SeriesHTML {
    public static func render(_ series: SeriesExport, language: Indicators.Language, from: Int?, to: Int?) -> String {
        let words = ReportText.for(language)
        let notes = Footnotes(series)
        let title = SeriesReport.title(series, language: language, from: from, to: to)
        let unitName = words.unit + ": " + words.unitName(series.rows.first?.unit ?? .same(series.indicator.unit), language: language)
        let sources = series.citedSources
        let sourceNumber = Dictionary(uniqueKeysWithValues: sources.enumerated().map { ($1.id, $0 + 1) })
        var body: [Node<HTML.BodyContext>] = [
            .h1(.text(MarkupText.text(title))),
            .p(.class("unit"), .text(MarkupText.text(unitName)), .span(.class("made-by"), .text(MarkupText.text(" · " + words.madeBy)))),
            .element(named: "figure", nodes: [SeriesChart.chart(series, language: language, from: from, to: to, standalone: false, caption: false)]),
        ]
        let table = series.cities.count <= 5 ? wideTable(series, language: language, words: words, notes: notes)
                                             : longTable(series, language: language, words: words, notes: notes)
        let others = series.rows.flatMap { row in row.others.map { (row, $0) } }
        var otherNodes: [Node<HTML.BodyContext>] = []
        if !others.isEmpty {
            otherNodes.append(.h2(.text(MarkupText.text(words.otherFigures))))
            otherNodes.append(.table(.class("others"),
                .tr(.th(.text(MarkupText.text(words.region))), .th(.text(MarkupText.text(words.period))),
                    .th(.class("number"), .text(MarkupText.text(words.value))), .th(.text(MarkupText.text(words.evidence))),
                    .th(.class("number"), .text(MarkupText.text(SeriesMarkdown.capitalized(words.gap))))),
                .forEach(others) { row, other in
                    .tr(.td(.text(MarkupText.text(row.city.displayName(in: language)))),
                        .td(.text(MarkupText.text(row.period.label(year: row.year, language: language)))),
                        .td(.class("number"), .text(MarkupText.text(ValueFormatter.format(other.observation.value, unit: series.indicator.unit,
                                                                                          language: language))),
                            reference(notes.number(of: other.observation))),
                        .td(.text(MarkupText.text(words.kind(other.observation.evidence)
                                                  + (other.observation.preliminary ? ", " + words.preliminary : "")
                                                  + (other.observation.released.map { ", \(words.released) \($0)" } ?? "")))),
                        .td(.class("number"), .text(MarkupText.text(other.gap.map { ValueFormatter.format($0, language: language) } ?? ""))))
                }))
        }
        // A few regions: the table and the other figures side by side; many: one after the other.
        if series.cities.count <= 5 {
            body.append(.div(.class("tables"), .div(.class("main"), table), .div(.class("side"), .group(otherNodes))))
        } else {
            body.append(table)
            body += otherNodes
        }
        if !series.lacking.isEmpty {
            body.append(.p(.text(MarkupText.text(words.lacking + ": " + series.lacking.map { $0.displayName(in: language) }.joined(separator: ", ")))))
        }
        body.append(.h2(.text(MarkupText.text(words.notes))))
        body.append(.ol(.class("notes"), .forEach(notes.notes) { note in
            let number = sourceNumber[note.sourceID]
            let link = MarkupText.link(note.source?.url)
            return .li(.id("fn-\(note.number)"),
                       .element(named: "q", nodes: [Node<HTML.BodyContext>.text(MarkupText.text(note.quote))]),
                       .text(" — "),
                       link.map { .a(.href($0), .class("source-link"), .text(number.map { "[\($0)]" } ?? "[↗]")) }
                           ?? .text(number.map { "[\($0)]" } ?? ""),
                       // The source's title, publisher, date and address are in the list of sources the number points to.
                       .text(MarkupText.text(note.released.flatMap { $0 == note.source?.date ? nil : " \(words.released) \($0)" } ?? "")))
        }))
        body.append(.h2(.text(MarkupText.text(words.sources))))
        body.append(.ol(.class("sources"), .forEach(sources) { source in
            .li(.id("src-\(sourceNumber[source.id] ?? 0)"),
                .text(MarkupText.text("\(source.title) — \(source.publisher), \(source.date). ")),
                MarkupText.link(source.url).map { .a(.href($0), .class("address"), .text(MarkupText.text(source.url ?? ""))) }
                    ?? .text(MarkupText.text(source.url ?? source.document.map { "\(words.document) \($0)" } ?? "")))
        }))
        let page = HTML(
            .lang(plotLanguage(language)),
            .head(.meta(.charset(.utf8)), .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                  // Plot's .title() also writes social-media meta tags with the title unescaped in an
                  // attribute; the plain element keeps the title as escaped text only.
                  .element(named: "title", text: MarkupText.text(title)), .style(stylesheet)),
            .body(.group(body)))
        return page.render(indentedBy: .spaces(1)) + "\n"
    }

    /// One row per period, a column per region: `21.1 %³`, `20.6 % said⁷`.
    static func wideTable(_ series: SeriesExport, language: Indicators.Language, words: ReportText, notes: Footnotes) -> Node<HTML.BodyContext> {
        var periods: [(year: Int, period: Period)] = []
        for row in series.rows where !periods.contains(where: { $0.year == row.year && $0.period == row.period }) {
            periods.append((row.year, row.period))
        }
        periods.sort { ($0.year, $0.period.isAnnual ? 13 : $0.period.lastMonth) < ($1.year, $1.period.isAnnual ? 13 : $1.period.lastMonth) }
        var byKey: [String: SeriesExport.Row] = [:]
        for row in series.rows { byKey["\(row.city.id)\u{0}\(row.year)\u{0}\(row.period.code)"] = row }
        return .table(.class("series wide"),
            .tr(.th(.text(MarkupText.text(words.period))),
                .forEach(series.cities) { .th(.class("number"), .text(MarkupText.text($0.displayName(in: language)))) }),
            .forEach(periods) { key in
                .tr(.td(.text(MarkupText.text(key.period.label(year: key.year, language: language)))),
                    .forEach(series.cities) { city in
                        if let row = byKey["\(city.id)\u{0}\(key.year)\u{0}\(key.period.code)"] {
                            return .td(.class("number"), valueNodes(row, series: series, language: language, words: words, notes: notes))
                        }
                        return .td(.class("number empty"), .text(""))
                    })
            })
    }

    /// One row per region and period, for many regions.
    static func longTable(_ series: SeriesExport, language: Indicators.Language, words: ReportText, notes: Footnotes) -> Node<HTML.BodyContext> {
        .table(.class("series long"),
            .tr(.th(.text(MarkupText.text(words.region))), .th(.text(MarkupText.text(words.period))),
                .th(.class("number"), .text(MarkupText.text(words.value))), .th(.class("number"), .text(MarkupText.text(words.change))),
                .th(.text(MarkupText.text(words.evidence)))),
            .forEach(series.rows) { row in
                .tr(.td(.text(MarkupText.text(row.city.displayName(in: language)))),
                    .td(.text(MarkupText.text(row.period.label(year: row.year, language: language)))),
                    .td(.class("number"), valueNodes(row, series: series, language: language, words: words, notes: notes)),
                    .td(.class("number"), .text(MarkupText.text(row.change.map { ValueFormatter.format($0, language: language) } ?? ""))),
                    .td(.text(MarkupText.text(words.kind(row.observation.evidence)
                                              + (row.observation.released.map { ", \(words.released) \($0)" } ?? "")))))
            })
    }

    /// The value, what kind of figure it is when it is not a plain measurement, and its note's number.
    static func valueNodes(_ row: SeriesExport.Row, series: SeriesExport, language: Indicators.Language, words: ReportText,
                           notes: Footnotes) -> Node<HTML.BodyContext> {
        let kind = MarkerKind.of(row.observation)
        var value = series.formatted(row, language: language)
        if row.observation.approximate { value += " ≈" }
        return .group(
            .span(.class("value " + kind.rawValue), .text(MarkupText.text(value))),
            kind == .measured ? .empty : .span(.class("kind"), .text(MarkupText.text(" " + SeriesChart.kindLabel(kind, words: words)))),
            reference(notes.number(of: row.observation)))
    }

    static func reference(_ number: Int) -> Node<HTML.BodyContext> {
        .element(named: "sup", nodes: [Node<HTML.BodyContext>.a(.class("ref"), .href("#fn-\(number)"), .text(String(number)))])
    }

    static func plotLanguage(_ language: Indicators.Language) -> Plot.Language {
        switch language {
        case .en: .english
        case .kk: .kazakh
        case .ru: .russian
        }
    }

    /// Screen and print. Print: A4 with 12 mm margins, smaller type, the notes in two
    /// columns, nothing wider than the page (the chart scales with it).
    static let stylesheet = """
        body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 14px; line-height: 1.35; \
        color: #111; max-width: 960px; margin: 1.5em auto; padding: 0 1em; }
        h1 { font-size: 1.4em; margin: 0 0 0.2em; }
        h2 { font-size: 1.05em; margin: 1em 0 0.3em; }
        p.unit { margin: 0 0 0.5em; color: #444; }
        figure { margin: 0; }
        svg.series-chart { width: 100%; height: auto; display: block; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border-bottom: 1px solid #ddd; padding: 0.15em 0.5em; text-align: left; vertical-align: top; }
        th.number, td.number { text-align: right; white-space: nowrap; }
        .kind { color: #8a3b00; font-size: 0.85em; }
        sup { font-size: 0.7em; line-height: 0; }
        sup a { text-decoration: none; }
        ol.notes, ol.sources { padding-left: 2.2em; margin: 0.2em 0; }
        ol.notes li, ol.sources li { overflow-wrap: anywhere; }
        q { quotes: "«" "»"; }
        .made-by { color: #555; font-size: 0.85em; }
        div.tables { display: flex; gap: 1.5em; align-items: flex-start; }
        div.tables > div.main { flex: 1 1 50%; }
        div.tables > div.side { flex: 1 1 50%; }
        div.tables h2 { margin-top: 0; }
        @page { size: A4; margin: 9mm 10mm; }
        @media print {
          body { font-size: 6.2pt; line-height: 1.2; max-width: none; margin: 0; padding: 0; }
          h1 { font-size: 10pt; }
          h2 { font-size: 7.5pt; margin: 0.5em 0 0.15em; }
          figure { width: 56%; margin: 0 auto; break-inside: avoid; }
          ol.sources { columns: 2; column-gap: 1.2em; }
          ol.notes, ol.sources { list-style-position: inside; padding-left: 0; }
          ol.notes { font-size: 5.9pt; }
          th, td { padding: 0 0.4em; }
          ol.notes { columns: 3; column-gap: 1.2em; }
          ol.notes li, ol.sources li { break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
        }
        """
}
