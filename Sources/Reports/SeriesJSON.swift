import Indicators
import Foundation

/// The series as JSON for scripts: the indicator, the rows (each figure with
/// its footnote's number, its quote and its source), and the footnotes.
public enum SeriesJSON {
    struct Document: Encodable {
        var indicator: IndicatorEntry
        var transform: String
        var from: Int?
        var to: Int?
        var language: String
        var cities: [CityEntry]
        var lacking: [CityEntry]
        var rows: [RowEntry]
        var footnotes: [NoteEntry]
    }

    struct IndicatorEntry: Encodable {
        var id: String
        var name: String
        var unit: String
    }

    struct CityEntry: Encodable {
        var id: String
        var name: String
    }

    struct SourceEntry: Encodable {
        var id: String
        var title: String?
        var publisher: String?
        var date: String?
        var url: String?
        var document: String?
        var kind: String?
    }

    struct Figure: Encodable {
        var value: Double
        var evidence: String
        var approximate: Bool
        var preliminary: Bool
        var released: String?
        var quote: String
        var note: String?
        var source: SourceEntry
        var footnote: Int
        /// From the row's figure (other figures only).
        var gap: Double?
        var gapKind: String?

        enum CodingKeys: String, CodingKey {
            case value, evidence, approximate, preliminary, released, quote, note, source, footnote, gap
            case gapKind = "gap_kind"
        }
    }

    struct RowEntry: Encodable {
        var city: String
        var year: Int
        var period: String
        var periodLabel: String
        var periodStart: String
        var periodEnd: String
        var partYear: Bool
        var value: Double?
        var unit: String
        var valueChangeKind: String?
        var problem: String?
        var change: Double?
        var changeKind: String?
        var changeSince: Int?
        var figure: Figure
        var others: [Figure]

        enum CodingKeys: String, CodingKey {
            case city, year, period, unit, value, problem, change, figure, others
            case periodLabel = "period_label", periodStart = "period_start", periodEnd = "period_end", partYear = "part_year"
            case valueChangeKind = "value_change_kind", changeKind = "change_kind", changeSince = "change_since"
        }
    }

    struct NoteEntry: Encodable {
        var number: Int
        var quote: String
        var released: String?
        var source: SourceEntry
    }

    public static func render(_ series: SeriesExport, language: Indicators.Language, from: Int?, to: Int?) -> String {
        let notes = Footnotes(series)
        let rows = series.rows.map { row in
            let dates = row.period.isoDates(year: row.year)
            return RowEntry(
                city: row.city.id, year: row.year, period: row.period.code, periodLabel: row.period.label(year: row.year, language: language),
                periodStart: dates.start, periodEnd: dates.end, partYear: row.partYear,
                value: row.value.map { series.transform == .level ? PlainNumber.significant($0) : (($0 * 1e6).rounded() / 1e6) },
                unit: row.unit.exportName, valueChangeKind: row.unit.changeKind,
                problem: row.problem.map { String(describing: $0) },
                change: row.change.map { ($0.number * 1e6).rounded() / 1e6 }, changeKind: row.change?.kindName, changeSince: row.previousYear,
                figure: figure(row.observation, source: row.source, notes: notes, gap: nil),
                others: row.others.map { figure($0.observation, source: $0.source, notes: notes, gap: $0.gap) })
        }
        let document = Document(
            indicator: IndicatorEntry(id: series.indicator.id, name: series.indicator.displayName(in: language),
                                      unit: series.indicator.unit.rawValue),
            transform: series.transform.rawValue, from: from, to: to, language: language.rawValue,
            cities: series.cities.map { CityEntry(id: $0.id, name: $0.displayName(in: language)) },
            lacking: series.lacking.map { CityEntry(id: $0.id, name: $0.displayName(in: language)) },
            rows: rows,
            footnotes: notes.notes.map { NoteEntry(number: $0.number, quote: $0.quote, released: $0.released,
                                                   source: sourceEntry($0.source, id: $0.sourceID)) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func figure(_ observation: Observation, source: Source?, notes: Footnotes, gap: Change?) -> Figure {
        Figure(value: PlainNumber.significant(observation.value), evidence: observation.evidence.rawValue, approximate: observation.approximate,
               preliminary: observation.preliminary, released: observation.released, quote: observation.quote, note: observation.note,
               source: sourceEntry(source, id: observation.source), footnote: notes.number(of: observation),
               gap: gap.map { ($0.number * 1e6).rounded() / 1e6 }, gapKind: gap?.kindName)
    }

    private static func sourceEntry(_ source: Source?, id: String) -> SourceEntry {
        SourceEntry(id: id, title: source?.title, publisher: source?.publisher, date: source?.date, url: source?.url,
                    document: source?.document, kind: source?.kind.rawValue)
    }
}
