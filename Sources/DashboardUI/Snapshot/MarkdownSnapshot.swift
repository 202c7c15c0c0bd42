import Indicators
import Widgets

/// A year as Markdown, ready to paste into a report that a reader can check:
/// a title, a table of the indicators with a value in the year (every one with
/// `includeEmpty`; in compare mode the base year's value beside the year's,
/// and the change between them), the claims set against the records with
/// their gaps, and the notes. Every figure is followed by its note's number
/// (`19.5 % [1]`); a note gives the source, the quoted words and the full
/// address. Where sources give the year different values, each value is shown
/// with its own note. Headings follow the interface language.
public enum MarkdownSnapshot {
    public static func render(_ table: SnapshotTable, includeEmpty: Bool = false) -> String {
        let language = table.language
        let words = InterfaceText.for(language)
        var notes = Notes()
        let city = cell(table.dataset.city.displayName(in: language))
        let rows = includeEmpty ? table.rows : table.rows.filter(\.hasFigure)
        var lines: [String] = []
        if let base = table.base {
            lines.append("# \(city) · \(base) → \(table.year)")
            lines.append("")
            let header = words.compareTableHeader
            lines.append("| \(header[0]) | \(base) | \(table.year) | \(header[2]) | \(header[1]) |")
            lines.append("| --- | ---: | ---: | ---: | --- |")
        } else {
            lines.append("# \(city) · \(table.year)")
            lines.append("")
            lines.append("| " + words.tableHeader.prefix(5).joined(separator: " | ") + " |")
            lines.append("| --- | ---: | --- | ---: | ---: |")
        }
        for row in rows {
            let name = cell(row.indicator.displayName(in: language))
            let unit = cell(words.unitName(row.indicator.unit))
            if let comparison = row.comparison, let base = table.base {
                let before = figures(comparison.base, all: row.baseMeasurements, partYear: [], indicator: row.indicator, year: base,
                                     language: language, notes: &notes)
                let after = figures(comparison.current, all: row.measurements, partYear: row.partYear,
                                    indicator: row.indicator, year: table.year, language: language, notes: &notes)
                let change = comparison.change.map { ValueFormatter.format($0, language: language) } ?? ""
                lines.append("| \(name) | \(before) | \(after) | \(change) | \(unit) |")
            } else {
                let shown = figures(row.observation, all: row.measurements, partYear: row.partYear,
                                    indicator: row.indicator, year: table.year, language: language, notes: &notes)
                let change = row.change.map { ValueFormatter.format($0, language: language) } ?? ""
                let since = row.change == nil ? "" : row.previous.map { String($0.year) } ?? ""
                lines.append("| \(name) | \(shown) | \(unit) | \(change) | \(since) |")
            }
        }
        // As the dashboard's claims list (`C`) has them: largest gap first.
        let claims = rows.flatMap { row in row.claims.map { (row.indicator, $0) } }.sorted { $0.1.size > $1.1.size }
        if !claims.isEmpty {
            lines.append("")
            lines.append("## \(words.claimsHeading)")
            lines.append("")
            lines.append("| " + words.claimsHeader.joined(separator: " | ") + " |")
            lines.append("| --- | --- | ---: | --- | ---: | ---: |")
            for (indicator, claim) in claims {
                let said = ValueFormatter.format(claim.claim.value, unit: indicator.unit, language: language)
                    + (claim.claim.approximate ? " ≈" : "") + " " + notes.mark(claim.claim)
                let official = ValueFormatter.format(claim.record.value, unit: indicator.unit, language: language) + " " + notes.mark(claim.record)
                let who = table.dataset.source(id: claim.claim.source).map { "\($0.publisher), \($0.date)" } ?? claim.claim.source
                var gap = claim.gap.map { ValueFormatter.format($0, language: language) } ?? ""
                if claim.periodsDiffer { gap += " (\(words.differentPeriods))" }
                lines.append("| \(cell(indicator.displayName(in: language))) | \(cell(claim.claim.period.label(year: claim.claim.year, language: language))) "
                             + "| \(said) | \(cell(who)) | \(official) | \(gap) |")
            }
        }
        lines.append("")
        lines.append(words.legend)
        if !notes.listed.isEmpty {
            lines.append("")
            lines.append("## \(words.sourcesHeading)")
            lines.append("")
            for (index, observation) in notes.listed.enumerated() {
                lines.append("\(index + 1). " + note(observation, dataset: table.dataset, language: language))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The figures of a year as a table cell: the shown value and its note; where the year's
    /// measurements give other values, each of them with its note after `≠`; figures for part of
    /// the year after them with their period. `—` for none.
    static func figures(_ shown: Observation?, all: [Observation], partYear: [Observation], indicator: Indicator, year: Int,
                        language: Language, notes: inout Notes) -> String {
        var parts: [String] = []
        if let shown {
            let format = { (observation: Observation) in ValueFormatter.format(observation.value, unit: indicator.unit, language: language) }
            if shown.projection {
                parts.append("→" + format(shown) + " " + notes.mark(shown))
            } else {
                // A record's claims go to their own table; without a record every whole-year value is shown.
                let others = shown.isRecord ? [] : all.filter { $0 != shown }
                let same = others.filter { format($0) == format(shown) }
                var first = format(shown) + (shown.approximate ? " ≈" : "")
                if indicator.claimsDiffer(in: year) { first += " !" }
                var values = [first + " " + ([shown] + same).map { notes.mark($0) }.joined()]
                var seen = [format(shown)]
                for other in others where !seen.contains(format(other)) {
                    seen.append(format(other))
                    let marks = others.filter { format($0) == format(other) }.map { notes.mark($0) }.joined()
                    values.append(format(other) + (other.approximate ? " ≈" : "") + " " + marks)
                }
                parts.append(values.joined(separator: " ≠ "))
            }
        }
        for observation in partYear {
            let value = ValueFormatter.format(observation.value, unit: indicator.unit, language: language)
            parts.append("\(cell(observation.period.label(year: observation.year, language: language))): \(value)"
                         + (observation.approximate ? " ≈" : "") + " " + notes.mark(observation))
        }
        return parts.isEmpty ? "—" : parts.joined(separator: "; ")
    }

    /// A note: the source's title, publisher and date, what kind of evidence and which period,
    /// the quoted words, and the full address (or the file the words come from).
    static func note(_ observation: Observation, dataset: Dataset, language: Language) -> String {
        let words = InterfaceText.for(language)
        guard let source = dataset.source(id: observation.source) else { return text(observation.source) }
        var entry = "\(text(source.title)), \(text(source.publisher)), \(text(source.date))"
        entry += " (\(text(EvidenceText.tags(observation, language: language))))"
        let quote = text(observation.quote)
        if !quote.isEmpty { entry += ": «\(quote)»" }
        if let url = source.url {
            entry += " <\(text(url))>"
        } else if let document = source.document {
            entry += ". \(source.kind == .user ? words.file : words.article) `\(text(document))`"
        }
        return entry
    }

    /// The notes in order of first mention: one per source and quoted words (a sentence that
    /// gives two figures is one note, cited by both).
    struct Notes {
        var listed: [Observation] = []

        mutating func mark(_ observation: Observation) -> String {
            if let index = listed.firstIndex(where: { $0.source == observation.source && $0.quote == observation.quote
                && $0.evidence == observation.evidence && $0.period == observation.period }) {
                return "[\(index + 1)]"
            }
            listed.append(observation)
            return "[\(listed.count)]"
        }
    }

    /// Text for a table cell: visible controls, no pipes or line breaks to break the table.
    static func cell(_ value: String) -> String {
        text(value).replacingOccurrences(of: "|", with: "\\|")
    }

    static func text(_ value: String) -> String {
        TextSafety.visible(value.split(whereSeparator: \.isNewline).joined(separator: " "))
    }
}
