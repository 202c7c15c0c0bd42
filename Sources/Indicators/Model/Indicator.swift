/// A measured quantity, with every observation of it.
public struct Indicator: Sendable, Equatable {
    public var id: String
    public var name: LocalizedText
    public var unit: Unit
    public var better: Better
    /// One of the headline figures shown as tiles.
    public var headline: Bool
    public var description: LocalizedText?
    /// In file order: within a year, the first listed is the one shown.
    public var observations: [Observation]

    public init(
        id: String, name: LocalizedText, unit: Unit, better: Better = .neutral, headline: Bool = false,
        description: LocalizedText? = nil, observations: [Observation]
    ) {
        self.id = id
        self.name = name
        self.unit = unit
        self.better = better
        self.headline = headline
        self.description = description
        self.observations = observations
    }

    /// The display name in `language`, falling back to English, then to the id.
    public func displayName(in language: Language) -> String {
        name.text(in: language) ?? id
    }
}
