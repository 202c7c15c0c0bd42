import Indicators
import Foundation

extension CSVImporter {
    /// Where an indicator's unit comes from, and so whether the user is told.
    enum UnitReading: Equatable, Sendable {
        /// `--unit`, or the long layout's unit column.
        case given(Indicators.Unit)
        /// The name states it in the World Bank's notation, so it is read
        /// silently: a parenthesised `current US$`, `constant 2015 US$`,
        /// `annual %`, `% of GDP`, Kazakhstan's `current LCU` (the tenge), or
        /// a head count's name (`Population, total`, `Population ages 15-64, total`).
        case stated(Indicators.Unit)
        /// A word elsewhere in the name suggests it ("rank", "US$", "%"):
        /// imported so, with a warning that names the guess and `--unit`.
        case guessed(Indicators.Unit)
        /// Nothing says; imported as a count, with a warning. `why` when the
        /// name does mention currencies, but as a rate of two of them (`LCU
        /// per US$`), which no unit of the model holds: "US$" in such a name
        /// is never read as US dollars.
        case unknown(why: String?)

        var unit: Indicators.Unit? {
            switch self {
            case .given(let unit), .stated(let unit), .guessed(let unit): unit
            case .unknown: nil
            }
        }
    }

    /// Currencies as the World Bank's names write them, lowercased, and as a message shows them.
    private static let currencies = [("lcu", "LCU"), ("us$", "US$"), ("international $", "international $"), ("sdr", "SDR")]

    /// What an indicator's name (World Bank style) says about its unit;
    /// `country` is the row's country code (LCU is the tenge only for KAZ).
    static func unitReading(name: String, country: String?) -> UnitReading {
        let lower = name.lowercased()
        let kazakhstan = country?.uppercased() == "KAZ"
        for (from, fromShown) in currencies {
            for (to, toShown) in currencies where from != to && lower.contains("\(from) per \(to)") {
                return .unknown(why: "its name gives a rate, \(fromShown) per \(toShown), and no unit holds one")
            }
        }
        for part in parenthesisedParts(lower) {
            if let unit = statedUnit(part, kazakhstan: kazakhstan) { return .stated(unit) }
        }
        if lower.hasPrefix("population, ") || lower.hasPrefix("population ages"), !lower.contains("%") { return .stated(.people) }
        if lower.contains("annual %") { return .guessed(.percentChange) }
        if lower.contains("%") { return .guessed(.percent) }
        if lower.contains("us$") { return .guessed(.usd) }
        if lower.contains("lcu"), kazakhstan { return .guessed(.tenge) }
        if lower.contains("rank") { return .guessed(.rank) }
        return .unknown(why: nil)
    }

    /// A unit in the World Bank's notation: one comma-separated part of a parenthesis.
    private static func statedUnit(_ part: String, kazakhstan: Bool) -> Indicators.Unit? {
        func isAmount(_ currency: String) -> Bool {
            part == currency || part == "current \(currency)" || part == "constant \(currency)"
                || (part.hasPrefix("constant ") && part.hasSuffix(" \(currency)") && part.dropFirst(9).dropLast(currency.count + 1).allSatisfy(\.isNumber))
        }
        if part == "annual %" { return .percentChange }
        if part == "%" || part.hasPrefix("% of ") { return .percent }
        if isAmount("us$") { return .usd }
        if kazakhstan, isAmount("lcu") { return .tenge }
        return nil
    }

    /// `unemployment, total (% of total labor force) (modeled ilo estimate)` →
    /// `% of total labor force`, `modeled ilo estimate`; `(bop, current us$)` → `bop`, `current us$`.
    private static func parenthesisedParts(_ name: String) -> [String] {
        var groups: [String] = []
        var depth = 0
        for character in name {
            if character == ")" { depth = max(0, depth - 1) }
            if depth > 0 { groups[groups.count - 1].append(character) }
            if character == "(" {
                if depth == 0 { groups.append("") }
                depth += 1
            }
        }
        return groups.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
    }
}
