import Indicators

/// The series as Markdown for a report: a title, one table row per region and
/// period (value, change, kind of evidence, preliminary, release, the other
/// figures for the period), every figure followed by its footnote, and the
/// footnotes with the quote and the source's full address.
public enum SeriesMarkdown {
    public static func render(_ series: SeriesExport, language: Indicators.Language, from: Int?, to: Int?) -> String {
        let words = ReportText.for(language)
        let notes = Footnotes(series)
        let unit = series.indicator.unit
        var lines: [String] = []
        lines.append("# " + cell(SeriesReport.title(series, language: language, from: from, to: to)))
        lines.append("")
        lines.append("\(words.unit): " + cell(words.unitName(series.rows.first?.unit ?? .same(unit), language: language)))
        lines.append("")
        lines.append("| \(words.region) | \(words.period) | \(words.value) | \(words.change) | \(words.evidence) | \(capitalized(words.preliminary)) | \(capitalized(words.released)) | \(words.otherFigures) |")
        lines.append("| --- | --- | ---: | ---: | --- | --- | --- | --- |")
        for row in series.rows {
            var value = series.formatted(row, language: language)
            if row.observation.approximate { value += " ≈" }
            value += "[^\(notes.number(of: row.observation))]"
            let change = row.change.map { ValueFormatter.format($0, language: language) } ?? ""
            let period = row.period.label(year: row.year, language: language) + (row.partYear ? " (\(words.partYear))" : "")
            let others = row.others.map { other in
                var text = ValueFormatter.format(other.observation.value, unit: unit, language: language)
                text += "[^\(notes.number(of: other.observation))] " + words.kind(other.observation.evidence)
                if other.observation.preliminary { text += ", " + words.preliminary }
                if let released = other.observation.released { text += ", \(words.released) \(released)" }
                if let gap = other.gap { text += ", \(words.gap) " + ValueFormatter.format(gap, language: language) }
                return text
            }.joined(separator: "; ")
            lines.append("| \(cell(row.city.displayName(in: language))) | \(cell(period)) | \(value) | \(change) "
                         + "| \(words.kind(row.observation.evidence)) | \(row.observation.preliminary ? words.yes : "") "
                         + "| \(row.observation.released ?? "") | \(cell(others)) |")
        }
        if !series.lacking.isEmpty {
            lines.append("")
            lines.append("\(words.lacking): " + cell(series.lacking.map { $0.displayName(in: language) }.joined(separator: ", ")))
        }
        lines.append("")
        lines.append(words.madeBy)
        lines.append("")
        for note in notes.notes {
            lines.append("[^\(note.number)]: " + text(SeriesReport.noteText(note, words: words)))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text for a table cell: visible controls, no pipes or line breaks to break the table.
    static func cell(_ value: String) -> String {
        text(value).replacingOccurrences(of: "|", with: "\\|")
    }

    static func capitalized(_ word: String) -> String {
        word.prefix(1).uppercased() + word.dropFirst()
    }

    static func text(_ value: String) -> String {
        TextSafety.visible(value.split(whereSeparator: \.isNewline).joined(separator: " "))
    }
}

/// What every report says the same way.
enum SeriesReport {
    /// `GDP share · Almaty, Astana city · 2010–2023`
    static func title(_ series: SeriesExport, language: Indicators.Language, from: Int?, to: Int?) -> String {
        let years = series.rows.map(\.year)
        let first = from ?? years.min()
        let last = to ?? years.max()
        let span = first.flatMap { first in last.map { first == $0 ? String(first) : "\(first)–\($0)" } } ?? ReportText.for(language).allYears
        let names = series.cities.map { $0.displayName(in: language) }
        // "regions: 22": a count without the noun's number agreement (22 региона, 25 регионов).
        let regions = names.count > 4 ? ReportText.for(language).regions + ": \(names.count)" : names.joined(separator: ", ")
        return "\(series.indicator.displayName(in: language)) · \(regions) · \(span)"
    }

    /// A note as text: `«quote» — Title, Publisher, date, released …. https://…`.
    static func noteText(_ note: Footnotes.Note, words: ReportText) -> String {
        var text = "«\(note.quote)»"
        if let source = note.source {
            text += " — \(source.title), \(source.publisher), \(source.date)"
            if let released = note.released { text += ", \(words.released) \(released)" }
            if let url = source.url { text += ". <\(url)>" } else if let document = source.document { text += ". \(words.document) \(document)" }
        } else {
            text += " — \(note.sourceID)"
        }
        return text
    }

    /// Short name of a note's source for a compact list: `Publisher, date`.
    static func shortSource(_ note: Footnotes.Note) -> String {
        note.source.map { "\($0.publisher), \($0.date)" } ?? note.sourceID
    }
}
