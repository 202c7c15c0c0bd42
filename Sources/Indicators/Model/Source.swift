/// Where figures come from: an article, a report, a page, a table.
public struct Source: Sendable, Equatable {
    public var id: String
    public var title: String
    public var publisher: String
    /// As precise as known: "2018", "2019-10", "2019-10-29".
    public var date: String
    public var language: String?
    /// A file name among the project's source articles, when the text is at hand.
    public var document: String?
    public var url: String?
    public var description: String?
    /// What kind of evidence the source is: official statistics, a statement, a press report, derived, or the user's own.
    public var kind: EvidenceKind

    public init(
        id: String, title: String, publisher: String, date: String, language: String? = nil,
        document: String? = nil, url: String? = nil, description: String? = nil, kind: EvidenceKind = .user
    ) {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.date = date
        self.language = language
        self.document = document
        self.url = url
        self.description = description
        self.kind = kind
    }
}
