import Indicators
import Widgets
import Foundation

/// A year as JSON for scripts: every indicator, null where it has no value.
/// The shape is documented in docs/snapshot-formats.md and kept stable.
public enum JSONSnapshot {
    /// An optional that encodes as `null` rather than vanishing, so every
    /// documented key is always present.
    @propertyWrapper
    struct Null<Value: Encodable>: Encodable {
        var wrappedValue: Value?

        init(wrappedValue: Value?) {
            self.wrappedValue = wrappedValue
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
        }
    }

    struct Document: Encodable {
        var city: CityEntry
        var year: Int
        @Null var baseYear: Int?
        var years: [Int]
        var language: String
        var indicators: [IndicatorEntry]

        enum CodingKeys: String, CodingKey {
            case city, year, years, language, indicators
            case baseYear = "base_year"
        }
    }

    /// Several cities (`--all-cities`): one document each, in the order given.
    struct Cities: Encodable {
        var cities: [Document]
    }

    /// The indicator in the base year, and the change from it to the year.
    struct BaseEntry: Encodable {
        var year: Int
        @Null var value: Double?
        var approximate: Bool
        var projection: Bool
        @Null var change: Double?
        @Null var changeKind: String?
        @Null var verdict: String?
        var sources: [SourceEntry]

        enum CodingKeys: String, CodingKey {
            case year, value, approximate, projection, change, verdict, sources
            case changeKind = "change_kind"
        }
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
        @Null var value: Double?
        var approximate: Bool
        var disagreement: Bool
        /// Where sources disagree: each value the year's sources give, with the sources that give it.
        var disagreeingValues: [DisagreeingValue]
        @Null var previous: Previous?
        @Null var change: Double?
        @Null var changeKind: String?
        var sources: [SourceEntry]
        @Null var base: BaseEntry?
        /// Statements and press figures of the year set against the official figure.
        var claims: [ClaimEntry]
        /// Figures for part of the year (January–September, …), never the year's value.
        var partYear: [SourceEntry]

        enum CodingKeys: String, CodingKey {
            case id, name, unit, value, approximate, disagreement, previous, change
            case changeKind = "change_kind"
            case disagreeingValues = "disagreeing_values"
            case sources, base, claims
            case partYear = "part_year"
        }
    }

    struct ClaimEntry: Encodable {
        var said: SourceEntry
        var record: SourceEntry
        @Null var gap: Double?
        @Null var gapKind: String?
        var periodsDiffer: Bool

        enum CodingKeys: String, CodingKey {
            case said, record, gap
            case gapKind = "gap_kind"
            case periodsDiffer = "periods_differ"
        }
    }

    struct DisagreeingValue: Encodable {
        var value: Double
        var sources: [String]
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
        @Null var url: String?
        @Null var document: String?
        var quote: String
        var value: Double
        /// `year`, or the months or day the figure covers (docs/data-format.md).
        var period: String
        var kind: String
        var preliminary: Bool
        @Null var released: String?
    }

    public static func render(_ table: SnapshotTable) -> String {
        encode(document(table))
    }

    /// Every city's document under `cities`.
    public static func render(cities tables: [SnapshotTable]) -> String {
        encode(Cities(cities: tables.map(document)))
    }

    static func document(_ table: SnapshotTable) -> Document {
        let language = table.language
        let entry = { (observation: Observation) in
            table.dataset.source(id: observation.source).map {
                SourceEntry(id: $0.id, title: $0.title, publisher: $0.publisher, date: $0.date, url: $0.url,
                            document: $0.document, quote: observation.quote, value: observation.value, period: observation.period.code,
                            kind: observation.evidence.rawValue, preliminary: observation.preliminary, released: observation.released)
            }
        }
        let sourceEntries = { (observations: [Observation]) in observations.compactMap(entry) }
        return Document(
            city: CityEntry(id: table.dataset.city.id, name: table.dataset.city.displayName(in: language),
                            country: table.dataset.city.country),
            year: table.year,
            baseYear: table.base,
            years: table.dataset.years,
            language: language.rawValue,
            indicators: table.rows.map { row in
                IndicatorEntry(
                    id: row.indicator.id, name: row.indicator.displayName(in: language), unit: row.indicator.unit.rawValue,
                    value: row.observation?.value, approximate: row.observation?.approximate ?? false,
                    disagreement: row.disagreement,
                    disagreeingValues: row.disagreement ? disagreeing(row.measurements) : [],
                    previous: row.previous.map { Previous(year: $0.year, value: $0.value) },
                    change: row.change.flatMap(\.written), changeKind: row.change?.kind,
                    sources: sourceEntries(row.measurements),
                    base: table.base.map { year in
                        let comparison = row.comparison
                        return BaseEntry(
                            year: year, value: comparison?.base?.value, approximate: comparison?.base?.approximate ?? false,
                            projection: comparison?.base?.projection ?? false,
                            change: comparison?.change.flatMap(\.written),
                            changeKind: comparison?.change?.kind, verdict: comparison?.verdict?.name,
                            sources: sourceEntries(row.baseMeasurements))
                    },
                    claims: row.claims.compactMap { claim in
                        guard let said = entry(claim.claim), let record = entry(claim.record) else { return nil }
                        return ClaimEntry(said: said, record: record, gap: claim.gap.flatMap(\.written),
                                          gapKind: claim.gap?.kind, periodsDiffer: claim.periodsDiffer)
                    },
                    partYear: sourceEntries(row.indicator.partYear(in: table.year)))
            })
    }

    /// The distinct values of the year's measurements, in order of first mention, each with its sources.
    static func disagreeing(_ measurements: [Observation]) -> [DisagreeingValue] {
        var values: [DisagreeingValue] = []
        for observation in measurements {
            if let index = values.firstIndex(where: { $0.value == observation.value }) {
                if !values[index].sources.contains(observation.source) { values[index].sources.append(observation.source) }
            } else {
                values.append(DisagreeingValue(value: observation.value, sources: [observation.source]))
            }
        }
        return values
    }

    static func encode<Value: Encodable>(_ value: Value) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // A number JSON cannot write is never a reason to drop the document (it
        // once came out as "{}"): changes beyond a Double's range are null with
        // kind "too_large" already; anything else non-finite is written as a string.
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        // JSONEncoder escapes control characters (\u001b), so text from the data cannot reach a terminal raw.
        let data: Data
        do {
            data = try encoder.encode(value)
        } catch {
            // Nothing left that can fail (no dictionaries with odd keys, no floats refused); say so rather than print "{}".
            return "{\"error\": \"\(TextSafety.visible("\(error)").replacingOccurrences(of: "\"", with: "'"))\"}\n"
        }
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
