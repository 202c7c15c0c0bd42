import Foundation

/// A dataset written in the data format (docs/data-format.md), keys sorted
/// so that the same data always gives the same file.
public enum DatasetJSON {
    public static func encode(_ dataset: Dataset) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(FileEntry(dataset)) else { return Array("{}\n".utf8) }
        return Array(data) + [0x0A]
    }

    private struct FileEntry: Encodable {
        var schema: Int
        var city: CityEntry
        var sources: [SourceEntry]
        var indicators: [IndicatorEntry]

        init(_ dataset: Dataset) {
            schema = dataset.schema
            city = CityEntry(id: dataset.city.id, name: Names(dataset.city.name), country: dataset.city.country)
            sources = dataset.sources.map(SourceEntry.init)
            indicators = dataset.indicators.map(IndicatorEntry.init)
        }
    }

    private struct Names: Encodable {
        var en: String?
        var kk: String?
        var ru: String?
        init(_ text: LocalizedText) {
            en = text.en
            kk = text.kk
            ru = text.ru
        }
    }

    private struct CityEntry: Encodable {
        var id: String
        var name: Names
        var country: String?
    }

    private struct SourceEntry: Encodable {
        var source: Source
        init(_ source: Source) { self.source = source }

        enum Keys: String, CodingKey { case id, title, publisher, date, language, document, url, description }
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(source.id, forKey: .id)
            try container.encode(source.title, forKey: .title)
            try container.encode(source.publisher, forKey: .publisher)
            try container.encode(source.date, forKey: .date)
            try container.encodeIfPresent(source.language, forKey: .language)
            try container.encode(source.document, forKey: .document)
            try container.encode(source.url, forKey: .url)
            try container.encodeIfPresent(source.description, forKey: .description)
        }
    }

    private struct IndicatorEntry: Encodable {
        var indicator: Indicator
        init(_ indicator: Indicator) { self.indicator = indicator }

        enum Keys: String, CodingKey { case id, name, unit, better, headline, description, observations }
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(indicator.id, forKey: .id)
            try container.encode(Names(indicator.name), forKey: .name)
            try container.encode(indicator.unit.rawValue, forKey: .unit)
            try container.encode(indicator.better.rawValue, forKey: .better)
            try container.encode(indicator.headline, forKey: .headline)
            try container.encodeIfPresent(indicator.description.map(Names.init), forKey: .description)
            try container.encode(indicator.observations.map(ObservationEntry.init), forKey: .observations)
        }
    }

    private struct ObservationEntry: Encodable {
        var observation: Observation
        init(_ observation: Observation) { self.observation = observation }

        enum Keys: String, CodingKey { case year, value, approximate, projection, source, quote, note }
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(observation.year, forKey: .year)
            try container.encode(observation.value, forKey: .value)
            try container.encode(observation.approximate, forKey: .approximate)
            if observation.projection { try container.encode(true, forKey: .projection) }
            try container.encode(observation.source, forKey: .source)
            try container.encode(observation.quote, forKey: .quote)
            try container.encodeIfPresent(observation.note, forKey: .note)
        }
    }
}
