/// The interface and data languages citydash knows.
public enum Language: String, CaseIterable, Sendable {
    case en, kk, ru
}

/// A text given in up to three languages. English is the fallback.
public struct LocalizedText: Sendable, Equatable, Hashable {
    public var en: String?
    public var kk: String?
    public var ru: String?

    public init(en: String? = nil, kk: String? = nil, ru: String? = nil) {
        self.en = en
        self.kk = kk
        self.ru = ru
    }

    public subscript(language: Language) -> String? {
        switch language {
        case .en: en
        case .kk: kk
        case .ru: ru
        }
    }

    /// The text in `language`, else English, else any language given.
    public func text(in language: Language) -> String? {
        self[language] ?? en ?? kk ?? ru
    }
}
