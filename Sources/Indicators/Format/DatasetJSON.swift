import Foundation

/// The data format (docs/data-format.md) as Codable entries, keyed by the
/// members `DataFormat` names. The importer writes files through them (keys
/// sorted, so the same data always gives the same file); the tests and the
/// benchmark read files back through them with Foundation's JSONDecoder, as
/// the reference the loader is checked and measured against. Reading through
/// them checks no rule: that is the loader's job.
public enum DatasetJSON {
    /// The dataset as a data file. Datasets are checked by the format's rules
    /// before they are written, so every number is finite; were one not, it is
    /// written as a string the loader refuses where it stands, never as an
    /// empty "{}" that drops the whole file without a word.
    public static func encode(_ dataset: Dataset) -> [UInt8] {
        let encoder = writer()
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        do {
            return Array(try encoder.encode(File(dataset))) + [0x0A]
        } catch {
            return Array("{\"error\": \"the dataset could not be written: \(TextSafety.visible("\(error)").replacingOccurrences(of: "\"", with: "'"))\"}\n".utf8)
        }
    }

    /// One value as `encode` writes it in a file (`120`, `20.6`, `"a b"`), so
    /// that a message about a dataset in memory quotes what its file would say.
    /// Values JSON cannot hold (NaN) are shown as Swift prints them.
    public static func literal(_ value: some Encodable) -> String {
        guard let data = try? writer().encode(value) else { return "\(value)" }
        return String(decoding: data, as: UTF8.self)
    }

    private static func writer() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// A whole file.
    public struct File: Codable {
        public var dataset: Dataset

        public init(_ dataset: Dataset) { self.dataset = dataset }

        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: DataFormat.FileMember.self)
            let city = try container.decode(CityEntry.self, forKey: .city)
            let sources = try container.decode([SourceEntry].self, forKey: .sources).map(\.source)
            var indicators = try container.decode([IndicatorEntry].self, forKey: .indicators).map(\.indicator)
            // Each observation carries its source's kind of evidence, as the loader gives it.
            let kinds = Dictionary(sources.map { ($0.id, $0.kind) }) { first, _ in first }
            for index in indicators.indices {
                indicators[index].observations = indicators[index].observations.map { observation in
                    var observation = observation
                    observation.evidence = kinds[observation.source] ?? .user
                    return observation
                }
            }
            dataset = Dataset(schema: try container.decode(Int.self, forKey: .schema), city: city.city, sources: sources,
                              indicators: indicators)
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: DataFormat.FileMember.self)
            try container.encode(dataset.schema, forKey: .schema)
            try container.encode(CityEntry(city: dataset.city), forKey: .city)
            try container.encode(dataset.sources.map(SourceEntry.init), forKey: .sources)
            try container.encode(dataset.indicators.map(IndicatorEntry.init), forKey: .indicators)
        }
    }

    /// A localized text: an object of languages, or a plain string (English).
    struct Names: Codable {
        var text: LocalizedText

        init(_ text: LocalizedText) { self.text = text }

        enum Key: String, CodingKey { case en, kk, ru }

        init(from decoder: Decoder) throws {
            if let plain = try? decoder.singleValueContainer().decode(String.self) {
                text = LocalizedText(en: plain)
                return
            }
            let container = try decoder.container(keyedBy: Key.self)
            text = LocalizedText(en: try container.decodeIfPresent(String.self, forKey: .en),
                                 kk: try container.decodeIfPresent(String.self, forKey: .kk),
                                 ru: try container.decodeIfPresent(String.self, forKey: .ru))
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encodeIfPresent(text.en, forKey: .en)
            try container.encodeIfPresent(text.kk, forKey: .kk)
            try container.encodeIfPresent(text.ru, forKey: .ru)
        }
    }

    struct CityEntry: Codable {
        var city: City

        init(city: City) { self.city = city }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: DataFormat.CityMember.self)
            city = City(id: try container.decode(String.self, forKey: .id),
                        name: try container.decode(Names.self, forKey: .name).text,
                        country: try container.decodeIfPresent(String.self, forKey: .country))
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: DataFormat.CityMember.self)
            try container.encode(city.id, forKey: .id)
            try container.encode(Names(city.name), forKey: .name)
            try container.encodeIfPresent(city.country, forKey: .country)
        }
    }

    struct SourceEntry: Codable {
        var source: Source

        init(_ source: Source) { self.source = source }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: DataFormat.SourceMember.self)
            source = Source(
                id: try container.decode(String.self, forKey: .id), title: try container.decode(String.self, forKey: .title),
                publisher: try container.decode(String.self, forKey: .publisher), date: try container.decode(String.self, forKey: .date),
                language: try container.decodeIfPresent(String.self, forKey: .language),
                document: try container.decodeIfPresent(String.self, forKey: .document),
                url: try container.decodeIfPresent(String.self, forKey: .url),
                description: try container.decodeIfPresent(String.self, forKey: .description),
                kind: try container.decodeIfPresent(String.self, forKey: .kind).map { text in
                    guard let kind = EvidenceKind(rawValue: text) else { throw IndicatorEntry.UnknownChoice() }
                    return kind
                } ?? .user)
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: DataFormat.SourceMember.self)
            try container.encode(source.id, forKey: .id)
            try container.encode(source.title, forKey: .title)
            try container.encode(source.publisher, forKey: .publisher)
            try container.encode(source.date, forKey: .date)
            try container.encodeIfPresent(source.language, forKey: .language)
            try container.encode(source.document, forKey: .document)
            try container.encode(source.url, forKey: .url)
            try container.encodeIfPresent(source.description, forKey: .description)
            if source.kind != .user { try container.encode(source.kind.rawValue, forKey: .kind) }
        }
    }

    struct IndicatorEntry: Codable {
        var indicator: Indicator

        init(_ indicator: Indicator) { self.indicator = indicator }

        struct UnknownChoice: Error {}

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: DataFormat.IndicatorMember.self)
            guard let unit = Unit(rawValue: try container.decode(String.self, forKey: .unit)) else { throw UnknownChoice() }
            let better = try container.decodeIfPresent(String.self, forKey: .better).map { text in
                guard let better = Better(rawValue: text) else { throw UnknownChoice() }
                return better
            }
            indicator = Indicator(
                id: try container.decode(String.self, forKey: .id), name: try container.decode(Names.self, forKey: .name).text,
                unit: unit, better: better ?? .neutral, headline: try container.decodeIfPresent(Bool.self, forKey: .headline) ?? false,
                description: try container.decodeIfPresent(Names.self, forKey: .description)?.text,
                observations: try container.decode([ObservationEntry].self, forKey: .observations).map(\.observation))
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: DataFormat.IndicatorMember.self)
            try container.encode(indicator.id, forKey: .id)
            try container.encode(Names(indicator.name), forKey: .name)
            try container.encode(indicator.unit.rawValue, forKey: .unit)
            try container.encode(indicator.better.rawValue, forKey: .better)
            try container.encode(indicator.headline, forKey: .headline)
            try container.encodeIfPresent(indicator.description.map(Names.init), forKey: .description)
            try container.encode(indicator.observations.map(ObservationEntry.init), forKey: .observations)
        }
    }

    struct ObservationEntry: Codable {
        var observation: Observation

        init(_ observation: Observation) { self.observation = observation }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: DataFormat.ObservationMember.self)
            let value = try container.decode(Double.self, forKey: .value)
            let period = try container.decodeIfPresent(String.self, forKey: .period).map { text in
                guard let period = try? Period.parse(text).get() else { throw IndicatorEntry.UnknownChoice() }
                return period
            }
            observation = Observation(
                year: try container.decode(Int.self, forKey: .year), period: period ?? .year, value: value == 0 ? 0 : value,  // no negative zero
                approximate: try container.decodeIfPresent(Bool.self, forKey: .approximate) ?? false,
                projection: try container.decodeIfPresent(Bool.self, forKey: .projection) ?? false,
                preliminary: try container.decodeIfPresent(Bool.self, forKey: .preliminary) ?? false,
                released: try container.decodeIfPresent(String.self, forKey: .released),
                source: try container.decode(String.self, forKey: .source), quote: try container.decode(String.self, forKey: .quote),
                note: try container.decodeIfPresent(String.self, forKey: .note))
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: DataFormat.ObservationMember.self)
            try container.encode(observation.year, forKey: .year)
            if observation.period != .year { try container.encode(observation.period.code, forKey: .period) }
            try container.encode(observation.value, forKey: .value)
            try container.encode(observation.approximate, forKey: .approximate)
            if observation.projection { try container.encode(true, forKey: .projection) }
            if observation.preliminary { try container.encode(true, forKey: .preliminary) }
            try container.encodeIfPresent(observation.released, forKey: .released)
            try container.encode(observation.source, forKey: .source)
            try container.encode(observation.quote, forKey: .quote)
            try container.encodeIfPresent(observation.note, forKey: .note)
        }
    }
}
