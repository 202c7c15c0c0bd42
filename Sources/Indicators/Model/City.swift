public struct City: Sendable, Equatable {
    public var id: String
    public var name: LocalizedText
    /// ISO 3166-1 alpha-2 code, when given.
    public var country: String?

    public init(id: String, name: LocalizedText, country: String? = nil) {
        self.id = id
        self.name = name
        self.country = country
    }

    /// The data is the whole country's (its id is the country's code), not one of its cities or regions.
    public var isCountry: Bool { country != nil && id == country }

    public func displayName(in language: Language) -> String {
        name.text(in: language) ?? id
    }
}
