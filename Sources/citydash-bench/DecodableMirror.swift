/// The data format as Codable structs: Foundation's JSONDecoder reads the
/// same files through these, as the reference the loader is measured against.
struct MirrorFile: Decodable {
    var schema: Int
    var city: MirrorCity
    var sources: [MirrorSource]
    var indicators: [MirrorIndicator]
}

struct MirrorNames: Decodable {
    var en: String?
    var kk: String?
    var ru: String?
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
}

struct MirrorIndicator: Decodable {
    var id: String
    var name: MirrorNames
    var unit: String
    var better: String?
    var headline: Bool?
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
