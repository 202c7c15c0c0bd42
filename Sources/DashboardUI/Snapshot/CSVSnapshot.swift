import Indicators
import Widgets
import CSV
import Foundation

/// A year as CSV: a header and one row per indicator, quoted per RFC 4180
/// (CRLF line ends; fields with commas, quotes or line breaks in quotes).
/// `--compare` appends the base-year columns; several cities put the city
/// id first.
public enum CSVSnapshot {
    public static let header = ["id", "name", "unit", "year", "value", "approximate", "previous_year", "previous_value",
                                "change", "change_kind", "source_ids"]
    public static let compareHeader = ["base_year", "base_value", "change_from_base", "change_from_base_kind", "verdict"]

    public static func render(_ table: SnapshotTable) -> String {
        render(cities: [table], cityColumn: false)
    }

    public static func render(cities tables: [SnapshotTable], cityColumn: Bool = true) -> String {
        let stream = OutputStream(toMemory: ())
        stream.open()
        let compare = tables.contains { $0.base != nil }
        do {
            let writer = try CSVWriter(stream: stream, newline: .crlf)
            try writer.write(row: (cityColumn ? ["city"] : []) + header + (compare ? compareHeader : []))
            for table in tables {
                for row in table.rows {
                    writer.beginNewRow()
                    try writer.write(row: (cityColumn ? [TextSafety.visible(table.dataset.city.id)] : []) + fields(row, table: table)
                                     + (compare ? compareFields(row, table: table) : []))
                }
            }
            writer.stream.close()
        } catch {
            stream.close()
        }
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return String(decoding: data, as: UTF8.self) + "\r\n"
    }

    private static func fields(_ row: SnapshotTable.Row, table: SnapshotTable) -> [String] {
        [
            TextSafety.visible(row.indicator.id),
            TextSafety.visible(row.indicator.displayName(in: table.language)),
            row.indicator.unit.rawValue,
            String(table.year),
            row.observation.map { number($0.value) } ?? "",
            row.observation.map { $0.approximate ? "true" : "false" } ?? "",
            row.previous.map { String($0.year) } ?? "",
            row.previous.map { number($0.value) } ?? "",
            row.change.map(changeCell) ?? "",
            // points (pp) or percent: -0.2 and 15.93 in one column mean different things.
            row.change?.kind ?? "",
            row.measurements.map { TextSafety.visible($0.source) }.joined(separator: " "),
        ]
    }

    private static func compareFields(_ row: SnapshotTable.Row, table: SnapshotTable) -> [String] {
        let comparison = row.comparison
        return [
            table.base.map(String.init) ?? "",
            comparison?.base.map { number($0.value) } ?? "",
            comparison?.change.map(changeCell) ?? "",
            comparison?.change?.kind ?? "",
            comparison?.verdict?.name ?? "",
        ]
    }

    /// A change's cell: its number, or `too_large` when it is beyond a Double's range (never "inf").
    static func changeCell(_ change: Change) -> String {
        change.written.map(number) ?? change.kind
    }

    /// Plain decimal notation without a trailing ".0": 482000000000, 20.6, -6.
    static func number(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
