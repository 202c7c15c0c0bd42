/// Numbers as people read them: `20.0 %`, `+25.0 %`, `482 bn ₸`,
/// `35.6 bn US$`, `1.84 M people`, `#25`. Large amounts keep three
/// significant digits; the details view shows the full figure.
/// Kazakh and Russian use a decimal comma and their own scale words.
public enum ValueFormatter {
    public static func format(_ value: Double, unit: Unit, language: Language = .en) -> String {
        guard value.isFinite else { return "—" }
        let words = ScaleWords.for(language)
        switch unit {
        case .percent:
            return fixed(value, decimals: 1, language: language) + " %"
        case .percentChange:
            return signed(value, decimals: 1, language: language) + " %"
        case .tenge:
            return scaled(value, language: language, unitWord: "₸", words: words)
        case .usd:
            return scaled(value, language: language, unitWord: words.dollars, words: words)
        case .people:
            return scaled(value, language: language, unitWord: words.people, words: words, smallScales: true)
        case .count:
            return grouped(value, language: language)
        case .rank:
            return "#" + grouped(value, language: language)
        }
    }

    /// A change as its unit wants it: `+0.5 pp`, `+25.0 %`, `+3 places`.
    public static func format(_ change: Change, language: Language = .en) -> String {
        let words = ScaleWords.for(language)
        if change.isBeyondRange { return beyondRange(change, language: language) }
        switch change {
        case .points(let points):
            return signed(points, decimals: 1, language: language) + " " + words.points
        case .percent(let percent):
            return signed(percent, decimals: 1, language: language) + " %"
        case .places(let places):
            return (places > 0 ? "+" : "") + String(places) + " " + words.places
        case .difference(let value, let unit):
            let text = format(value, unit: unit == .percentChange ? .percent : unit, language: language)
            return value > 0 && !text.hasPrefix("+") ? "+" + text : text
        }
    }

    /// A change too large for a Double: `> +1.80e308 pp`, never "+—" or "∞".
    static func beyondRange(_ change: Change, language: Language) -> String {
        let words = ScaleWords.for(language)
        let largest = scientific(.greatestFiniteMagnitude, language: language)
        let bound = change.amount > 0 ? "> +" + largest : "< -" + largest
        switch change {
        case .points: return bound + " " + words.points
        case .percent: return bound + " %"
        case .places: return bound + " " + words.places
        case .difference(_, let unit):
            // The unit's word: the amount's own text with the number taken off.
            let sample = format(1, unit: unit == .percentChange ? .percent : unit, language: language)
            let word = sample.drop { !$0.isWhitespace }
            return bound + word
        }
    }

    /// The whole figure with digit groups: `482 000 000 000 ₸`, for details.
    public static func formatFull(_ value: Double, unit: Unit, language: Language = .en) -> String {
        let words = ScaleWords.for(language)
        switch unit {
        case .percent, .percentChange, .rank, .count:
            return format(value, unit: unit, language: language)
        case .tenge:
            return grouped(value, language: language) + " ₸"
        case .usd:
            return grouped(value, language: language) + " " + words.dollars
        case .people:
            return grouped(value, language: language) + " " + words.people
        }
    }

    /// A number on an axis or a scale: as few decimals as it needs (at most
    /// two), digit groups, no unit: `20`, `2.5`, `2,5`, `1,000`.
    public static func axisNumber(_ value: Double, language: Language = .en) -> String {
        for decimals in 0...2 {
            let factor = [1.0, 10.0, 100.0][decimals]
            if ((value * factor).rounded() - value * factor).magnitude < 1e-6 * max(1, abs(value * factor)) {
                return decimals == 0 ? grouped(value.rounded(), language: language) : fixed(value, decimals: decimals, language: language)
            }
        }
        return fixed(value, decimals: 2, language: language)
    }

    // MARK: - Pieces

    private static func scaled(
        _ value: Double, language: Language, unitWord: String, words: ScaleWords, smallScales: Bool = false
    ) -> String {
        let scales: [(Double, String)] = [
            (1e12, words.trillion), (1e9, words.billion), (1e6, words.million),
        ] + (smallScales ? [] : [(1e3, words.thousand)])
        let magnitude = abs(value)
        for (index, (size, word)) in scales.enumerated() where magnitude >= size {
            let (text, rounded) = significant(value / size, language: language)
            // 999.6 bn rounds to 1000 bn: say 1.00 trn instead.
            if abs(rounded) >= 1000, index > 0 {
                let (larger, _) = significant(value / scales[index - 1].0, language: language)
                return "\(larger) \(scales[index - 1].1) \(unitWord)"
            }
            return "\(text) \(word) \(unitWord)"
        }
        return grouped(value, language: language) + " " + unitWord
    }

    /// Three significant digits: 482, 35.6, 1.84.
    private static func significant(_ value: Double, language: Language) -> (String, Double) {
        let magnitude = abs(value)
        let decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2
        let factor = [1.0, 10.0, 100.0][decimals]
        let rounded = (value * factor).rounded() / factor
        return (fixed(value, decimals: decimals, language: language), rounded)
    }

    static func signed(_ value: Double, decimals: Int, language: Language) -> String {
        let text = fixed(value, decimals: decimals, language: language)
        return text.hasPrefix("-") || isZero(text) ? text : "+" + text
    }

    private static func isZero(_ text: String) -> Bool {
        text.allSatisfy { $0 == "0" || $0 == "." || $0 == "," }
    }

    /// `value` with exactly `decimals` decimals (0–3), without Foundation's locale machinery.
    static func fixed(_ value: Double, decimals: Int, language: Language) -> String {
        let decimals = min(max(decimals, 0), 3)
        let factor = [1.0, 10.0, 100.0, 1000.0][decimals]
        let scaled = (abs(value) * factor).rounded()
        guard scaled.isFinite else { return "—" }
        // Beyond what 64-bit digits hold: scientific notation, never "∞" for a finite value.
        guard scaled < 9e15 else { return scientific(value, language: language) }
        let units = Int64(scaled)
        let whole = units / Int64(factor)
        let fraction = units % Int64(factor)
        var text = value < 0 && units != 0 ? "-" : ""
        text += String(whole)
        if decimals > 0 {
            let digits = String(fraction)
            text += ScaleWords.for(language).decimalSeparator
            text += String(repeating: "0", count: decimals - digits.count) + digits
        }
        return text
    }

    /// `1.23e20`: three significant digits and the power of ten, for values too large to write out.
    static func scientific(_ value: Double, language: Language) -> String {
        var exponent = 0
        var mantissa = abs(value)
        while mantissa >= 10 { mantissa /= 10; exponent += 1 }
        if (mantissa * 100).rounded() >= 1000 { mantissa /= 10; exponent += 1 }
        return (value < 0 ? "-" : "") + fixed(mantissa, decimals: 2, language: language) + "e" + String(exponent)
    }

    /// A whole number in groups of three: `1,435,000` (en), `1 435 000` (kk, ru).
    /// Fractions are kept to one decimal.
    static func grouped(_ value: Double, language: Language) -> String {
        let isWhole = value.rounded() == value
        let plain = fixed(value, decimals: isWhole ? 0 : 1, language: language)
        let words = ScaleWords.for(language)
        let negative = plain.hasPrefix("-")
        let body = negative ? plain.dropFirst() : Substring(plain)
        let wholePart = body.prefix { $0.isNumber }
        let rest = body.dropFirst(wholePart.count)
        var groups: [Substring] = []
        var end = wholePart.endIndex
        while end > wholePart.startIndex {
            let start = wholePart.index(end, offsetBy: -3, limitedBy: wholePart.startIndex) ?? wholePart.startIndex
            groups.insert(wholePart[start..<end], at: 0)
            end = start
        }
        return (negative ? "-" : "") + groups.joined(separator: words.groupSeparator) + rest
    }
}

/// The words and separators numbers are written with in each language.
struct ScaleWords {
    var decimalSeparator: String
    var groupSeparator: String
    var thousand: String
    var million: String
    var billion: String
    var trillion: String
    var dollars: String
    var people: String
    var points: String
    var places: String

    static func `for`(_ language: Language) -> ScaleWords {
        switch language {
        case .en: english
        case .kk: kazakh
        case .ru: russian
        }
    }

    static let english = ScaleWords(
        decimalSeparator: ".", groupSeparator: ",", thousand: "k", million: "M", billion: "bn", trillion: "trn",
        dollars: "US$", people: "people", points: "pp", places: "places")
    static let kazakh = ScaleWords(
        decimalSeparator: ",", groupSeparator: " ", thousand: "мың", million: "млн", billion: "млрд", trillion: "трлн",
        dollars: "АҚШ $", people: "адам", points: "п.т.", places: "орын")
    static let russian = ScaleWords(
        decimalSeparator: ",", groupSeparator: " ", thousand: "тыс.", million: "млн", billion: "млрд", trillion: "трлн",
        dollars: "долл. США", people: "чел.", points: "п.п.", places: "поз.")
}
