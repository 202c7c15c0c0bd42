import Foundation

/// A year as JSON for scripts: every indicator, null where it has no value.
/// The shape is documented in docs/snapshot-formats.md and kept stable.
public enum JSONSnapshot {
    struct Document: Encodable {
        var city: CityEntry
        var year: Int
        var years: [Int]
        var language: String
        var indicators: [IndicatorEntry]
    }

    struct CityEntry: Encodable {
        var id: String
        var name: String
        var country: String?
    }

    struct IndicatorEntry: Encodable {
        var id: String
        var name: String
        var unit: String
        var value: Double?
        var approximate: Bool
        var disagreement: Bool
        var previous: Previous?
        var change: Double?
        var changeKind: String?
        var sources: [SourceEntry]

        enum CodingKeys: String, CodingKey {
            case id, name, unit, value, approximate, disagreement, previous, change
            case changeKind = "change_kind"
            case sources
        }

        // Optionals encode as null rather than vanishing: every key is always present.
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
            try container.encode(unit, forKey: .unit)
            try container.encode(value, forKey: .value)
            try container.encode(approximate, forKey: .approximate)
            try container.encode(disagreement, forKey: .disagreement)
            try container.encode(previous, forKey: .previous)
            try container.encode(change, forKey: .change)
            try container.encode(changeKind, forKey: .changeKind)
            try container.encode(sources, forKey: .sources)
        }
    }

    struct Previous: Encodable {
        var year: Int
        var value: Double
    }

    struct SourceEntry: Encodable {
        var id: String
        var title: String
        var publisher: String
        var date: String
        var url: String?
        var document: String?
        var quote: String
        var value: Double

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(title, forKey: .title)
            try container.encode(publisher, forKey: .publisher)
            try container.encode(date, forKey: .date)
            try container.encode(url, forKey: .url)
            try container.encode(document, forKey: .document)
            try container.encode(quote, forKey: .quote)
            try container.encode(value, forKey: .value)
        }

        enum CodingKeys: String, CodingKey { case id, title, publisher, date, url, document, quote, value }
    }

    public static func render(_ table: SnapshotTable) -> String {
        let language = table.language
        let document = Document(
            city: CityEntry(id: table.dataset.city.id, name: table.dataset.city.displayName(in: language),
                            country: table.dataset.city.country),
            year: table.year,
            years: table.dataset.years,
            language: language.rawValue,
            indicators: table.rows.map { row in
                IndicatorEntry(
                    id: row.indicator.id, name: row.indicator.displayName(in: language), unit: row.indicator.unit.rawValue,
                    value: row.observation?.value, approximate: row.observation?.approximate ?? false,
                    disagreement: row.disagreement,
                    previous: row.previous.map { Previous(year: $0.year, value: $0.value) },
                    change: row.change.map { ($0.amount * 1e6).rounded() / 1e6 }, changeKind: row.change?.kind,
                    sources: row.measurements.compactMap { observation in
                        table.dataset.source(id: observation.source).map {
                            SourceEntry(id: $0.id, title: $0.title, publisher: $0.publisher, date: $0.date, url: $0.url,
                                        document: $0.document, quote: observation.quote, value: observation.value)
                        }
                    })
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // JSONEncoder escapes control characters (\u001b), so text from the data cannot reach a terminal raw.
        guard let data = try? encoder.encode(document) else { return "{}\n" }
        return escapeTerminalControls(String(decoding: data, as: UTF8.self)) + "\n"
    }

    /// JSONEncoder escapes C0 controls but writes DEL, C1 controls (U+009B is
    /// a CSI to some terminals) and bidi overrides raw. Escape those too; in
    /// JSON text they can only stand inside strings, so this is always valid.
    static func escapeTerminalControls(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: { $0.value >= 0x7F && TextSafety.isUnsafe($0) }) else { return json }
        var result = ""
        for scalar in json.unicodeScalars {
            if scalar.value >= 0x7F && TextSafety.isUnsafe(scalar) {
                result += "\\u" + hex(scalar.value, width: 4).lowercased()
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
