/// One value of an indicator for one period of a year, as one source states it.
public struct Observation: Sendable, Equatable {
    public var year: Int
    /// The span of the year the value covers: the whole year unless the source says less.
    public var period: Period
    public var value: Double
    /// The source gives a rounded or verbal figure ("one fifth", "about").
    public var approximate: Bool
    /// A target or forecast, not a measurement: never makes a year count as having data.
    public var projection: Bool
    /// The statistics bureau marks the figure preliminary.
    public var preliminary: Bool
    /// When this figure was released (ISO date, as precise as known): two
    /// official figures of one period from different releases are vintages.
    public var released: String?
    /// The id of an entry in `Dataset.sources`.
    public var source: String
    /// The kind of evidence of that source, filled in when the dataset is read.
    public var evidence: EvidenceKind
    /// The source's own words for this figure.
    public var quote: String
    public var note: String?

    public init(
        year: Int, period: Period = .year, value: Double, approximate: Bool = false, projection: Bool = false,
        preliminary: Bool = false, released: String? = nil, source: String, evidence: EvidenceKind = .user,
        quote: String, note: String? = nil
    ) {
        self.year = year
        self.period = period
        self.value = value
        self.approximate = approximate
        self.projection = projection
        self.preliminary = preliminary
        self.released = released
        self.source = source
        self.evidence = evidence
        self.quote = quote
        self.note = note
    }

    /// Official statistics, or a figure citydash derived from them: what a statement is checked against.
    public var isRecord: Bool { evidence == .official || evidence == .derived }

    /// Words of someone speaking or reporting: checked against the record where there is one.
    public var isClaim: Bool { evidence == .statement || evidence == .press }
}
