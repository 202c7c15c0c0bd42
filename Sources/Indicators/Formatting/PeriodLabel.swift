extension Period {
    /// The period with its year as a reader writes it: `Jan–Sep 2019`,
    /// `янв.–сент. 2019`, `1 Jan 2019`; the whole year is just the year.
    public func label(year: Int, language: Language) -> String {
        switch self {
        case .year:
            return String(year)
        case .months(let first, let last):
            let names = Self.monthNames[language] ?? Self.monthNames[.en] ?? []
            let span = first == last ? names[first - 1] : names[first - 1] + "–" + names[last - 1]
            return language == .kk ? "\(year) ж. \(span)" : "\(span) \(year)"
        case .on(let month, let day):
            let name = (Self.monthNames[language] ?? [])[month - 1]
            switch language {
            case .en: return "\(day) \(name) \(year)"
            case .ru: return "на \(day) \(name) \(year)"
            case .kk: return "\(year) ж. \(day) \(name)"
            }
        }
    }

    /// The period without its year, for a column that already names the year: `Jan–Sep`.
    public func shortLabel(language: Language) -> String {
        switch self {
        case .year: return ""
        case .months(let first, let last):
            let names = Self.monthNames[language] ?? []
            return first == last ? names[first - 1] : names[first - 1] + "–" + names[last - 1]
        case .on(let month, let day):
            return "\(day) \((Self.monthNames[language] ?? [])[month - 1])"
        }
    }

    static let monthNames: [Language: [String]] = [
        .en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        .kk: ["қаң.", "ақп.", "нау.", "сәу.", "мам.", "мау.", "шіл.", "там.", "қыр.", "қаз.", "қар.", "жел."],
        .ru: ["янв.", "февр.", "мар.", "апр.", "май", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."],
    ]
}
