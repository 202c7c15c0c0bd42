import Foundation

/// Foundation's JSONDecoder reading the data format into the model: the
/// reference the loader is measured against (citydash-bench) and checked
/// against (tests). It decodes; it does not check the format's rules.
public enum ReferenceDecoder {
    public struct Mismatch: Error {
        public var message: String
    }

    public static func decode(_ data: Data) throws -> Dataset {
        let file = try JSONDecoder().decode(MirrorFile.self, from: data)
        let indicators = try file.indicators.map { entry -> Indicator in
            guard let unit = Unit(rawValue: entry.unit) else { throw Mismatch(message: "unit \(entry.unit)") }
            return Indicator(
                id: entry.id, name: entry.name.text, unit: unit, better: entry.better.flatMap(Better.init(rawValue:)) ?? .neutral,
                headline: entry.headline ?? false, description: entry.description?.text,
                observations: entry.observations.map {
                    Observation(year: $0.year, value: $0.value == 0 ? 0 : $0.value, approximate: $0.approximate ?? false,
                                projection: $0.projection ?? false, source: $0.source, quote: $0.quote, note: $0.note)
                })
        }
        return Dataset(
            schema: file.schema,
            city: City(id: file.city.id, name: file.city.name.text, country: file.city.country),
            sources: file.sources.map {
                Source(id: $0.id, title: $0.title, publisher: $0.publisher, date: $0.date, language: $0.language,
                       document: $0.document, url: $0.url, description: $0.description)
            },
            indicators: indicators)
    }
}

struct MirrorFile: Decodable {
    var schema: Int
    var city: MirrorCity
    var sources: [MirrorSource]
    var indicators: [MirrorIndicator]
}

/// A localized text: an object of languages, or a plain string (English).
struct MirrorNames: Decodable {
    var text: LocalizedText

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

    enum Key: String, CodingKey { case en, kk, ru }
}

struct MirrorCity: Decodable {
    var id: String
    var name: MirrorNames
    var country: String?
}

struct MirrorSource: Decodable {
    var id: String
    var title: String
    var publisher: String
    var date: String
    var language: String?
    var document: String?
    var url: String?
    var description: String?
}

struct MirrorIndicator: Decodable {
    var id: String
    var name: MirrorNames
    var unit: String
    var better: String?
    var headline: Bool?
    var description: MirrorNames?
    var observations: [MirrorObservation]
}

struct MirrorObservation: Decodable {
    var year: Int
    var value: Double
    var approximate: Bool?
    var projection: Bool?
    var source: String
    var quote: String
    var note: String?
}
