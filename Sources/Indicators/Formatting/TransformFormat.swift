extension ValueFormatter {
    /// A transformed value as its unit wants it: `+1.8 pp`, `+12.3 %`,
    /// `+13.58 %/yr`, `452.6`, `11.7 M ₸/person`, `18.5 %`.
    public static func format(_ value: Double, as unit: TransformedUnit, language: Language = .en) -> String {
        guard value.isFinite else { return "—" }
        switch unit {
        case .same(let unit):
            return format(value, unit: unit, language: language)
        case .difference(let unit):
            switch unit {
            case .percent, .percentChange: return format(Change.points(value), language: language)
            case .rank: return format(Change.places(Int(-value)), language: language)
            case .tenge, .usd, .people, .count:
                let text = format(value, unit: unit, language: language)
                return value > 0 ? "+" + text : text
            }
        case .percentChange:
            return signed(value, decimals: 1, language: language) + " %"
        case .percentPerYear:
            return signed(value, decimals: 2, language: language) + " %" + perYear(language)
        case .index:
            return fixed(value, decimals: 1, language: language)
        case .perPerson(let unit):
            return format(value, unit: unit, language: language) + perPerson(language)
        case .shareOfWhole:
            return fixed(value, decimals: 1, language: language) + " %"
        }
    }

    private static func perYear(_ language: Language) -> String {
        switch language {
        case .en: "/yr"
        case .kk: "/жыл"
        case .ru: "/год"
        }
    }

    private static func perPerson(_ language: Language) -> String {
        switch language {
        case .en: "/person"
        case .kk: "/адам"
        case .ru: "/чел."
        }
    }
}
