import Indicators
import Widgets

/// A year as Markdown, ready to paste into a report: a title, a table of
/// every indicator (in compare mode the base year's value beside the
/// year's, and the change between them), and a numbered list of the
/// sources the values cite. Headings follow the interface language.
public enum MarkdownSnapshot {
    public static func render(_ table: SnapshotTable) -> String {
        let language = table.language
        let words = InterfaceText.for(language)
        let sources = table.citedSources
        let number = Dictionary(uniqueKeysWithValues: sources.enumerated().map { ($1.id, $0 + 1) })
        let city = cell(table.dataset.city.displayName(in: language))
        var lines: [String] = []
        if let base = table.base {
            lines.append("# \(city) · \(base) → \(table.year)")
            lines.append("")
            let header = words.compareTableHeader
            lines.append("| \(header[0]) | \(base) | \(table.year) | \(header[2]) | \(header[1]) | \(header[3]) |")
            lines.append("| --- | ---: | ---: | ---: | --- | --- |")
        } else {
            lines.append("# \(city) · \(table.year)")
            lines.append("")
            lines.append("| " + words.tableHeader.joined(separator: " | ") + " |")
            lines.append("| --- | ---: | --- | ---: | ---: | --- |")
        }
        for row in table.rows {
            let name = cell(row.indicator.displayName(in: language))
            let unit = cell(words.unitName(row.indicator.unit))
            let cites = (row.measurements + row.baseMeasurements).compactMap { number[$0.source] }
            let citeText = cites.reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }.map { "[\($0)]" }.joined(separator: " ")
            if let comparison = row.comparison, let base = table.base {
                let before = value(comparison.base, indicator: row.indicator, disagreement: row.indicator.sourcesDisagree(in: base),
                                   language: language)
                let after = value(comparison.current, indicator: row.indicator, disagreement: row.disagreement, language: language)
                let change = comparison.change.map { ValueFormatter.format($0, language: language) } ?? ""
                lines.append("| \(name) | \(before) | \(after) | \(change) | \(unit) | \(citeText) |")
            } else {
                let shown = value(row.observation, indicator: row.indicator, disagreement: row.disagreement, language: language)
                let change = row.change.map { ValueFormatter.format($0, language: language) } ?? ""
                let since = row.change == nil ? "" : row.previous.map { String($0.year) } ?? ""
                lines.append("| \(name) | \(shown) | \(unit) | \(change) | \(since) | \(citeText) |")
            }
        }
        let claims = table.rows.flatMap { row in row.claims.map { (row.indicator, $0) } }.sorted { $0.1.size > $1.1.size }
        if !claims.isEmpty {
            lines.append("")
            lines.append("## \(words.claimsHeading)")
            lines.append("")
            lines.append("| " + words.claimsHeader.joined(separator: " | ") + " |")
            lines.append("| --- | --- | ---: | --- | ---: | ---: |")
            for (indicator, claim) in claims {
                let format = { (value: Double) in ValueFormatter.format(value, unit: indicator.unit, language: language) }
                let said = format(claim.claim.value) + (claim.claim.approximate ? " ≈" : "")
                let who = table.dataset.source(id: claim.claim.source).map { "\($0.publisher), \($0.date)" } ?? claim.claim.source
                let gap = (claim.gap.map { ValueFormatter.format($0, language: language) } ?? "")
                    + (claim.periodsDiffer ? " (\(words.differentPeriods))" : "")
                let cites = [claim.claim.source, claim.record.source].compactMap { number[$0] }.map { "[\($0)]" }.joined(separator: " ")
                lines.append("| \(cell(indicator.displayName(in: language))) | \(cell(claim.claim.period.label(year: claim.claim.year, language: language))) "
                             + "| \(said) | \(cell(who)) \(cites) | \(format(claim.record.value)) | \(gap) |")
            }
        }
        lines.append("")
        lines.append(words.legend)
        if !sources.isEmpty {
            lines.append("")
            lines.append("## \(words.sourcesHeading)")
            lines.append("")
            for (index, source) in sources.enumerated() {
                var entry = "\(index + 1). \(text(source.title)), \(text(source.publisher)), \(text(source.date))"
                if let url = source.url { entry += ". <\(text(url))>" } else if let document = source.document { entry += ". \(words.article) `\(text(document))`" }
                lines.append(entry)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `20.6 % ≈ ≠`, `→25.0 %` for a projection, `—` for none.
    static func value(_ observation: Observation?, indicator: Indicator, disagreement: Bool, language: Language) -> String {
        guard let observation else { return "—" }
        var value = ValueFormatter.format(observation.value, unit: indicator.unit, language: language)
        if observation.projection { return "→" + value }
        if observation.approximate { value += " ≈" }
        if disagreement { value += " ≠" }
        if indicator.claimsDiffer(in: observation.year) { value += " !" }
        return value
    }

    /// Text for a table cell: visible controls, no pipes or line breaks to break the table.
    static func cell(_ value: String) -> String {
        text(value).replacingOccurrences(of: "|", with: "\\|")
    }

    static func text(_ value: String) -> String {
        TextSafety.visible(value.split(whereSeparator: \.isNewline).joined(separator: " "))
    }
}
