import Foundation

/// The period a figure refers to.
///
/// Stored as a span of months so that equal spans are equal values: the first quarter and
/// "January to March" are the same three months whether a table calls them `I quarter` (a single
/// quarter in the unemployment table) or `1 quarter of 2008` (the start of a cumulative run in the
/// GRP table), and "January to December" is the whole year.
public struct TablePeriod: Hashable, Comparable, Sendable, CustomStringConvertible {
    public enum Kind: Int, Hashable, Sendable {
        /// The whole calendar year.
        case year
        /// From January to `lastMonth` (quarter 1 = Jan-Mar, half-year = Jan-Jun, 9 months = Jan-Sep).
        case cumulative
        /// One quarter that does not start in January (II-IV quarter).
        case quarter
        /// A point in time: 1 January of `year` (population counts).
        case startOfYear
    }

    public let kind: Kind
    public let year: Int
    /// Months covered, 1...12; both 1 for `startOfYear`.
    public let firstMonth: Int
    public let lastMonth: Int

    private init(kind: Kind, year: Int, firstMonth: Int, lastMonth: Int) {
        self.kind = kind
        self.year = year
        self.firstMonth = firstMonth
        self.lastMonth = lastMonth
    }

    public static func year(_ year: Int) -> TablePeriod {
        TablePeriod(kind: .year, year: year, firstMonth: 1, lastMonth: 12)
    }

    /// January to `month`; January-December is the year.
    public static func cumulative(_ year: Int, throughMonth month: Int) -> TablePeriod {
        let month = min(max(month, 1), 12)
        if month == 12 { return .year(year) }
        return TablePeriod(kind: .cumulative, year: year, firstMonth: 1, lastMonth: month)
    }

    /// Quarter 1...4; the first quarter is the cumulative January-March.
    public static func quarter(_ year: Int, _ quarter: Int) -> TablePeriod {
        let quarter = min(max(quarter, 1), 4)
        if quarter == 1 { return .cumulative(year, throughMonth: 3) }
        return TablePeriod(kind: .quarter, year: year, firstMonth: quarter * 3 - 2, lastMonth: quarter * 3)
    }

    public static func startOfYear(_ year: Int) -> TablePeriod {
        TablePeriod(kind: .startOfYear, year: year, firstMonth: 1, lastMonth: 1)
    }

    public var isYear: Bool { kind == .year }

    /// `2023`, `Jan-Mar 2023`, `Q2 2023`, `1 Jan 2023`.
    public var description: String {
        switch kind {
        case .year: return "\(year)"
        case .cumulative: return "Jan-\(Self.monthAbbreviations[lastMonth - 1]) \(year)"
        case .quarter: return "Q\(lastMonth / 3) \(year)"
        case .startOfYear: return "1 Jan \(year)"
        }
    }

    static let monthAbbreviations = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    public static func < (lhs: TablePeriod, rhs: TablePeriod) -> Bool {
        (lhs.year, lhs.firstMonth, lhs.lastMonth, lhs.kind.rawValue)
            < (rhs.year, rhs.firstMonth, rhs.lastMonth, rhs.kind.rawValue)
    }

    // MARK: - Parsing headers

    /// Years a bureau table can hold; a number outside is not taken for a year.
    public static let plausibleYears = 1900...2100

    /// Reads a column header: a year cell (`2008`), or text such as `2008`, `2008 год`,
    /// `2023г.`, `2023ж.`, `1 quarter of 2008`, `1 half-year of 2008`, `9 months of 2008`,
    /// `I квартал 2008 года`, `I полугодие 2008 года`, `9 месяцев 2008 года`,
    /// `январь-март 2024г.`, `I quarter 2024`. Footnote marks must be removed first
    /// (`CellText.label`). Returns nil for anything else.
    public static func parse(_ value: CellValue?) -> TablePeriod? {
        switch value {
        case .number(let number):
            guard number == number.rounded(), let year = Int(exactly: number), plausibleYears.contains(year) else {
                return nil
            }
            return .year(year)
        case .text(let text):
            return parse(CellText.label(text).text)
        default:
            return nil
        }
    }

    public static func parse(_ text: String) -> TablePeriod? {
        let lower = CellText.collapseSpaces(text).lowercased()
        let words = lower.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "–" }).map(String.init)
        guard let year = words.lazy.compactMap(Self.yearWord).first else { return nil }
        let rest = words.filter { yearWord($0) == nil && !fillerWords.contains($0) }
        if rest.isEmpty { return .year(year) }
        guard let span = subPeriod(rest) else { return nil }
        return span.resolve(year)
    }

    /// `2008`, `2023г.`, `2023ж.`, `2008г`; the year of a header.
    static func yearWord(_ word: String) -> Int? {
        var digits = Substring(word)
        for suffix in ["года", "год", "жыл", "гг.", "г.", "ж.", "гг", "г", "ж", "y."] where digits.hasSuffix(suffix) {
            digits = digits.dropLast(suffix.count)
            break
        }
        guard digits.count == 4, let year = Int(digits), plausibleYears.contains(year) else { return nil }
        return year
    }

    /// Words that add nothing to the period.
    static let fillerWords: Set<String> = ["of", "года", "год", "г.", "г", "жыл", "ж.", "the", "for", "за", "in"]

    /// A period inside a year, before the year is known (the unemployment table puts the year in
    /// one header row and `I quarter` ... `year` in the next).
    public enum SubPeriod: Hashable, Sendable {
        case wholeYear
        case cumulative(throughMonth: Int)
        case quarter(Int)

        public func resolve(_ year: Int) -> TablePeriod {
            switch self {
            case .wholeYear: return .year(year)
            case .cumulative(let month): return .cumulative(year, throughMonth: month)
            case .quarter(let quarter): return .quarter(year, quarter)
            }
        }
    }

    /// Reads a header without a year: `I quarter`, `III квартал`, `year`, `год`, `9 months`.
    public static func parseSubPeriod(_ text: String) -> SubPeriod? {
        let lower = CellText.collapseSpaces(CellText.label(text).text).lowercased()
        let words = lower.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "–" }).map(String.init)
        if words == ["год"] || words == ["year"] { return .wholeYear }
        return subPeriod(words.filter { !fillerWords.contains($0) })
    }

    static func subPeriod(_ words: [String]) -> SubPeriod? {
        if words == ["year"] || words == ["год"] || words == ["jan", "dec"] || words == ["январь", "декабрь"] {
            return .wholeYear
        }
        guard let first = words.first else { return nil }
        let unit = words.dropFirst().first ?? ""
        // `9 months`, `9 месяцев`
        if let count = Int(first), unit.hasPrefix("month") || unit.hasPrefix("месяц") {
            return (1...12).contains(count) ? .cumulative(throughMonth: count) : nil
        }
        // `1 quarter`, `I quarter`, `I квартал`
        if let number = Int(first) ?? romanNumeral(first) {
            if unit.hasPrefix("quarter") || unit.hasPrefix("квартал") || unit.hasPrefix("тоқсан") {
                return (1...4).contains(number) ? .quarter(number) : nil
            }
            if unit.hasPrefix("half") || unit.hasPrefix("полугоди") || unit.hasPrefix("жарты") {
                return number == 1 ? .cumulative(throughMonth: 6) : nil
            }
        }
        // `январь`, `январь-март`, `January-September`
        if words.count <= 2, let start = month(first), start == 1 {
            let end = words.count == 2 ? month(words[1]) : 1
            guard let end else { return nil }
            return .cumulative(throughMonth: end)
        }
        return nil
    }

    static func romanNumeral(_ word: String) -> Int? {
        ["i": 1, "ii": 2, "iii": 3, "iv": 4][word]
    }

    static let monthNames: [[String]] = [
        ["january", "jan", "январь", "января", "январе"],
        ["february", "feb", "февраль", "февраля"],
        ["march", "mar", "март", "марта"],
        ["april", "apr", "апрель", "апреля"],
        ["may", "май", "мая"],
        ["june", "jun", "июнь", "июня"],
        ["july", "jul", "июль", "июля"],
        ["august", "aug", "август", "августа"],
        ["september", "sep", "сентябрь", "сентября"],
        ["october", "oct", "октябрь", "октября"],
        ["november", "nov", "ноябрь", "ноября"],
        ["december", "dec", "декабрь", "декабря"],
    ]

    static func month(_ word: String) -> Int? {
        monthNames.firstIndex { $0.contains(word) }.map { $0 + 1 }
    }
}
