import Indicators
import CSV
import Foundation

/// The series as tidy CSV: one observation per row (the figure shown for a
/// region and period has `role` = `value`; every other figure given for the
/// same period follows it with `role` = `other`), ISO dates, plain numbers
/// without digit groups, and the kind of every change beside it
/// (`points` for shares and rates, `percent` for amounts). RFC 4180 quoting
/// and CRLF line ends, written by CSV.swift.
public enum SeriesCSV {
    public static let header = [
        "city_id", "city", "indicator_id", "indicator", "year", "period", "period_start", "period_end", "role",
        "value", "unit", "transform", "value_change_kind", "level", "level_unit",
        "change", "change_kind", "change_since",
        "gap", "gap_kind",
        "evidence", "approximate", "preliminary", "released",
        "source_id", "source_title", "source_publisher", "source_date", "source_url", "source_document", "quote", "footnote",
    ]

    public static func render(_ series: SeriesExport, language: Indicators.Language) -> String {
        let notes = Footnotes(series)
        let stream = OutputStream(toMemory: ())
        stream.open()
        do {
            let writer = try CSVWriter(stream: stream, newline: .crlf)
            try writer.write(row: header)
            for row in series.rows {
                writer.beginNewRow()
                try writer.write(row: fields(row, series: series, language: language, notes: notes))
                for other in row.others {
                    writer.beginNewRow()
                    try writer.write(row: fields(other: other, of: row, series: series, language: language, notes: notes))
                }
            }
            writer.stream.close()
        } catch {
            stream.close()
        }
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return String(decoding: data, as: UTF8.self) + "\r\n"
    }

    private static func common(_ row: SeriesExport.Row, series: SeriesExport, language: Indicators.Language) -> [String] {
        let dates = row.period.isoDates(year: row.year)
        return [
            safe(row.city.id), safe(row.city.displayName(in: language)), safe(series.indicator.id),
            safe(series.indicator.displayName(in: language)), String(row.year), row.period.code, dates.start, dates.end,
        ]
    }

    private static func sourceFields(_ observation: Observation, source: Source?, notes: Footnotes) -> [String] {
        [
            observation.evidence.rawValue, flag(observation.approximate), flag(observation.preliminary), observation.released ?? "",
            safe(observation.source), safe(source?.title ?? ""), safe(source?.publisher ?? ""), safe(source?.date ?? ""),
            safe(source?.url ?? ""), safe(source?.document ?? ""), safe(observation.quote), String(notes.number(of: observation)),
        ]
    }

    private static func fields(_ row: SeriesExport.Row, series: SeriesExport, language: Indicators.Language, notes: Footnotes) -> [String] {
        common(row, series: series, language: language) + [
            "value",
            row.value.map { series.transform == .level ? PlainNumber.text($0) : PlainNumber.computed($0) } ?? "",
            row.unit.exportName, series.transform.rawValue, row.unit.changeKind ?? "",
            PlainNumber.text(row.level), series.indicator.unit.rawValue,
            row.change.map { PlainNumber.computed($0.number) } ?? "", row.change?.kindName ?? "", row.previousYear.map(String.init) ?? "",
            "", "",
        ] + sourceFields(row.observation, source: row.source, notes: notes)
    }

    private static func fields(other: SeriesExport.Other, of row: SeriesExport.Row, series: SeriesExport, language: Indicators.Language,
                               notes: Footnotes) -> [String] {
        common(row, series: series, language: language) + [
            "other",
            PlainNumber.text(other.observation.value), series.indicator.unit.rawValue, Transform.level.rawValue, "",
            PlainNumber.text(other.observation.value), series.indicator.unit.rawValue,
            "", "", "",
            other.gap.map { PlainNumber.computed($0.number) } ?? "", other.gap?.kindName ?? "",
        ] + sourceFields(other.observation, source: other.source, notes: notes)
    }

    private static func flag(_ value: Bool) -> String { value ? "true" : "false" }

    /// Line breaks inside a field are kept (quoted); controls that could act on a terminal are made visible.
    private static func safe(_ text: String) -> String {
        TextSafety.visible(text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " "))
    }
}
