/// One city's indicators: the contents of one data file.
public struct Dataset: Sendable, Equatable {
    public static let supportedSchema = DataFormat.supportedSchema

    public var schema: Int
    public var city: City
    public var sources: [Source]
    public var indicators: [Indicator]

    public init(schema: Int = Dataset.supportedSchema, city: City, sources: [Source], indicators: [Indicator]) {
        self.schema = schema
        self.city = city
        self.sources = sources
        self.indicators = indicators
    }

    public func source(id: String) -> Source? {
        sources.first { $0.id == id }
    }

    public func indicator(id: String) -> Indicator? {
        indicators.first { $0.id == id }
    }

    public var observationCount: Int {
        indicators.reduce(0) { $0 + $1.observations.count }
    }
}
