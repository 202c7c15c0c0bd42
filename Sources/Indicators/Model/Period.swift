/// What span of its year an observation covers. The statistics bureau
/// reports part-year figures cumulatively from January ("9 months" is
/// January–September); a stock such as population is counted at a point in
/// time (1 January).
public enum Period: Sendable, Hashable {
    /// The whole year.
    case year
    /// Months `first` through `last` of the year (1–12), both included.
    case months(first: Int, last: Int)
    /// A day of the year: a count at that moment.
    case on(month: Int, day: Int)

    /// The whole year, or a point in time: what an annual view shows and compares.
    public var isAnnual: Bool {
        switch self {
        case .year, .on: true
        case .months(let first, let last): first == 1 && last == 12
        }
    }

    public var isPointInTime: Bool {
        if case .on = self { return true }
        return false
    }

    /// The last month the period covers, for "a release cannot come before the period ends".
    public var lastMonth: Int {
        switch self {
        case .year: 12
        case .months(_, let last): last
        case .on(let month, _): month
        }
    }

    // MARK: - Written in the data format

    /// The period as the data format writes it: `year`, `M1-M9`, `Q2`, `H1`, `@01-01`.
    public var code: String {
        switch self {
        case .year: return "year"
        case .on(let month, let day): return "@" + Self.twoDigits(month) + "-" + Self.twoDigits(day)
        case .months(let first, let last):
            if first == last - 2, last % 3 == 0 { return "Q\(last / 3)" }
            if first == 1, last == 6 { return "H1" }
            if first == 7, last == 12 { return "H2" }
            return "M\(first)-M\(last)"
        }
    }

    /// Reads `code`'s forms; nil with the reason when the text is not one of them.
    public static func parse(_ text: String) -> Result<Period, PeriodProblem> {
        if text == "year" { return .success(.year) }
        if text.hasPrefix("@") {
            let parts = text.dropFirst().split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2, let month = Int(parts[0]), let day = Int(parts[1]), parts.allSatisfy({ $0.count == 2 }) else {
                return .failure(.unreadable)
            }
            guard (1...12).contains(month) else { return .failure(.monthOutOfRange(month)) }
            guard (1...daysIn(month: month)).contains(day) else { return .failure(.dayOutOfRange(day)) }
            return .success(.on(month: month, day: day))
        }
        if text.count == 2, text.first == "Q", let quarter = Int(text.dropFirst()) {
            guard (1...4).contains(quarter) else { return .failure(.quarterOutOfRange(quarter)) }
            return .success(.months(first: quarter * 3 - 2, last: quarter * 3))
        }
        if text == "H1" { return .success(.months(first: 1, last: 6)) }
        if text == "H2" { return .success(.months(first: 7, last: 12)) }
        if text.hasPrefix("M") {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2, parts[0].hasPrefix("M"), parts[1].hasPrefix("M"),
                  let first = Int(parts[0].dropFirst()), let last = Int(parts[1].dropFirst()) else { return .failure(.unreadable) }
            for month in [first, last] where !(1...12).contains(month) { return .failure(.monthOutOfRange(month)) }
            guard first <= last else { return .failure(.backwards(first, last)) }
            return .success(.months(first: first, last: last))
        }
        return .failure(.unreadable)
    }

    private static func twoDigits(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }

    private static func daysIn(month: Int) -> Int {
        switch month {
        case 2: 29
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// Why a period's text is not one.
public enum PeriodProblem: Error, Sendable, Equatable {
    case unreadable
    case monthOutOfRange(Int)
    case dayOutOfRange(Int)
    case quarterOutOfRange(Int)
    case backwards(Int, Int)

    public var message: String {
        switch self {
        case .unreadable: "expected a period: year, M1-M9 (months 1 to 9), Q1-Q4, H1, H2 or @MM-DD (a day)"
        case .monthOutOfRange(let month): "a month must be from 1 to 12, found \(month)"
        case .dayOutOfRange(let day): "no such day in that month: \(day)"
        case .quarterOutOfRange(let quarter): "a quarter must be from 1 to 4, found \(quarter)"
        case .backwards(let first, let last): "the months run backwards: \(first) to \(last)"
        }
    }
}

/// What kind of evidence a source is. Official statistics and what
/// officials said are shown side by side, never mixed: where they cover the
/// same figure, the gap between them is a finding.
public enum EvidenceKind: String, CaseIterable, Sendable {
    /// The statistics bureau's tables and publications.
    case official
    /// An official or a company speaking, as reported by the press.
    case statement
    /// A figure the press reports on its own account.
    case press
    /// Computed by citydash from named inputs.
    case derived
    /// Data a user brought (an import of their own table).
    case user
}
