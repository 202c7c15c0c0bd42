/// One value of an indicator in one year, as one source states it.
public struct Observation: Sendable, Equatable {
    public var year: Int
    public var value: Double
    /// The source gives a rounded or verbal figure ("one fifth", "about").
    public var approximate: Bool
    /// A target or forecast, not a measurement: never makes a year count as having data.
    public var projection: Bool
    /// The id of an entry in `Dataset.sources`.
    public var source: String
    /// The source's own words for this figure.
    public var quote: String
    public var note: String?

    public init(
        year: Int, value: Double, approximate: Bool = false, projection: Bool = false,
        source: String, quote: String, note: String? = nil
    ) {
        self.year = year
        self.value = value
        self.approximate = approximate
        self.projection = projection
        self.source = source
        self.quote = quote
        self.note = note
    }
}
