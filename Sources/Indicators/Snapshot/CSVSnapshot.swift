import CSV
import Foundation

/// A year as CSV: a header and one row per indicator, quoted per RFC 4180
/// (CRLF line ends; fields with commas, quotes or line breaks in quotes).
public enum CSVSnapshot {
    public static let header = ["id", "name", "unit", "year", "value", "approximate", "previous_year", "previous_value",
                                "change", "source_ids"]

    public static func render(_ table: SnapshotTable) -> String {
        let stream = OutputStream(toMemory: ())
        stream.open()
        do {
            let writer = try CSVWriter(stream: stream, newline: .crlf)
            try writer.write(row: header)
            for row in table.rows {
                writer.beginNewRow()
                try writer.write(row: [
                    TextSafety.visible(row.indicator.id),
                    TextSafety.visible(row.indicator.displayName(in: table.language)),
                    row.indicator.unit.rawValue,
                    String(table.year),
                    row.observation.map { number($0.value) } ?? "",
                    row.observation.map { $0.approximate ? "true" : "false" } ?? "",
                    row.previous.map { String($0.year) } ?? "",
                    row.previous.map { number($0.value) } ?? "",
                    row.change.map { number(($0.amount * 1e6).rounded() / 1e6) } ?? "",
                    row.measurements.map { TextSafety.visible($0.source) }.joined(separator: " "),
                ])
            }
            writer.stream.close()
        } catch {
            stream.close()
        }
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return String(decoding: data, as: UTF8.self) + "\r\n"
    }

    /// Plain decimal notation without a trailing ".0": 482000000000, 20.6, -6.
    static func number(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
