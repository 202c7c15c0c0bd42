/// A year as Markdown, ready to paste into a report: a title, a table of
/// every indicator, and a numbered list of the sources the values cite.
public enum MarkdownSnapshot {
    public static func render(_ table: SnapshotTable) -> String {
        let language = table.language
        let sources = table.citedSources
        let number = Dictionary(uniqueKeysWithValues: sources.enumerated().map { ($1.id, $0 + 1) })
        var lines: [String] = []
        lines.append("# \(cell(table.dataset.city.displayName(in: language))) · \(table.year)")
        lines.append("")
        lines.append("| Indicator | Value | Unit | Change | Since | Source |")
        lines.append("| --- | ---: | --- | ---: | ---: | --- |")
        for row in table.rows {
            let name = cell(row.indicator.displayName(in: language))
            var value = "—"
            if let observation = row.observation {
                value = ValueFormatter.format(observation.value, unit: row.indicator.unit, language: language)
                if observation.approximate { value += " ≈" }
                if row.disagreement { value += " ≠" }
            }
            let change = row.change.map { ValueFormatter.format($0, language: language) } ?? ""
            let since = row.change == nil ? "" : row.previous.map { String($0.year) } ?? ""
            let cites = row.measurements.compactMap { number[$0.source] }.map { "[\($0)]" }.joined(separator: " ")
            lines.append("| \(name) | \(value) | \(row.indicator.unit.rawValue) | \(change) | \(since) | \(cites) |")
        }
        lines.append("")
        lines.append("≈ approximate (the source gives a round or verbal figure); ≠ sources disagree (the first is shown).")
        if !sources.isEmpty {
            lines.append("")
            lines.append("## Sources")
            lines.append("")
            for (index, source) in sources.enumerated() {
                var entry = "\(index + 1). \(text(source.title)), \(text(source.publisher)), \(text(source.date))"
                if let url = source.url { entry += ". <\(text(url))>" } else if let document = source.document { entry += ". Article `\(text(document))`" }
                lines.append(entry)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text for a table cell: visible controls, no pipes or line breaks to break the table.
    static func cell(_ value: String) -> String {
        text(value).replacingOccurrences(of: "|", with: "\\|")
    }

    static func text(_ value: String) -> String {
        TextSafety.visible(value.split(whereSeparator: \.isNewline).joined(separator: " "))
    }
}
