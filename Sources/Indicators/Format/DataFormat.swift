/// The data format's rules (docs/data-format.md), written once. The
/// positioned decoder explains a broken rule with its place in the file, the
/// fast scanner declines on one, and the importers check the datasets they
/// build against the same functions, so the three cannot disagree.
public enum DataFormat {
    public static let supportedSchema = 1
    /// Problems listed in full by a reader; the rest are counted.
    public static let maximumListed = 50
    public static let yearRange = 1800...2200
    /// Whole numbers beyond 2^53 lose digits as Doubles.
    public static let largestExactWhole = 9_007_199_254_740_992.0
    /// Ids end up in file names, CSV and JSON output: they stay plain and short.
    public static let identifierLimit = 64

    // MARK: - Members of each object

    /// A member of one of the format's objects: its name and whether a file must give it.
    /// The members also serve as the coding keys of the format's Codable entries (`DatasetJSON`).
    public protocol Member: RawRepresentable, CaseIterable, Sendable, CodingKey where RawValue == String {
        var isRequired: Bool { get }
    }

    public enum FileMember: String, Member {
        case schema, city, sources, indicators
        public var isRequired: Bool { true }
    }

    public enum CityMember: String, Member {
        case id, name, country
        public var isRequired: Bool { self != .country }
    }

    public enum SourceMember: String, Member {
        case id, title, publisher, date, language, document, url, description, kind
        public var isRequired: Bool { [.id, .title, .publisher, .date].contains(self) }
    }

    public enum IndicatorMember: String, Member {
        case id, name, unit, better, headline, description, observations
        public var isRequired: Bool { [.id, .name, .unit, .observations].contains(self) }
    }

    public enum ObservationMember: String, Member {
        case year, period, value, approximate, projection, preliminary, released, source, quote, note
        public var isRequired: Bool { [.year, .value, .source, .quote].contains(self) }
    }

    // MARK: - Rules on values

    /// Why `value` is not allowed for an indicator in `unit`, or nil when it is.
    /// `isWhole` says whether the file wrote it without a fraction or exponent;
    /// `written` is the value as the file wrote it, for the message.
    public static func valueProblem(_ value: Double, isWhole: Bool, unit: Unit?, written: String) -> String? {
        if isWhole, abs(value) > largestExactWhole {
            return "\(written) cannot be represented exactly (whole numbers are exact up to 2^53)"
        }
        guard let unit else { return nil }
        switch unit {
        case .percent where !(0...100).contains(value):
            return "a share (unit \"percent\") must be between 0 and 100, found \(written)"
        case .percentChange where value < -100:
            return "a change cannot fall below -100 %, found \(written)"
        case .people where value < 0, .count where value < 0:
            return "a \(unit.rawValue) cannot be negative, found \(written)"
        case .rank where !(isWhole && value >= 1 && value <= 1_000_000):
            return "a rank must be a whole number from 1 up, found \(written)"
        default:
            return nil
        }
    }

    /// The year a number stands for, when it is a whole number in `yearRange`.
    public static func year(_ value: Double, isWhole: Bool) -> Int? {
        guard isWhole, value >= Double(yearRange.lowerBound), value <= Double(yearRange.upperBound) else { return nil }
        return Int(value)
    }

    public static let yearProblem = "expected a whole year between \(yearRange.lowerBound) and \(yearRange.upperBound)"

    /// An id: ASCII letters, digits, `_`, `.` and `-`, at most `identifierLimit` bytes.
    public static func isIdentifier<Bytes: Collection>(_ utf8: Bytes) -> Bool where Bytes.Element == UInt8 {
        !utf8.isEmpty && utf8.count <= identifierLimit && utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
                || byte == 0x5F || byte == 0x2E || byte == 0x2D
        }
    }

    public static let identifierProblem =
        "an id may hold only ASCII letters, digits, '_', '.' and '-' (at most \(identifierLimit))"

    /// What may appear once per indicator: one value from one source for one period of a year
    /// (a projection and a measurement of the same period are different things).
    public struct PeriodKey: Hashable, Sendable {
        public var year: Int
        public var period: Period
        public var source: String
        public var projection: Bool

        public init(year: Int, period: Period, source: String, projection: Bool) {
            self.year = year
            self.period = period
            self.source = source
            self.projection = projection
        }
    }

    /// Why `period` cannot hold a value of `unit`: a stock (people) is counted at a point in time or over the year, not over months.
    public static func periodProblem(_ period: Period, unit: Unit?) -> String? {
        guard unit == .people, case .months = period, !period.isAnnual else { return nil }
        return "a number of people is counted on a day or for the year, not for months (\(period.code))"
    }

    /// Why `released` is not a release date of a figure for `period` of `year`, or nil.
    /// A release date is an ISO date (`2025`, `2025-05`, `2025-05-20`) after the period ends.
    public static func releaseProblem(_ released: String, year: Int, period: Period) -> String? {
        let parts = released.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              let releasedYear = Int(parts[0]), parts.allSatisfy({ Int($0) != nil }) else {
            return "expected a release date as YYYY, YYYY-MM or YYYY-MM-DD, found \"\(released)\""
        }
        let month = parts.count > 1 ? Int(parts[1]) ?? 12 : 12
        guard (1...12).contains(month) else { return "a month must be from 1 to 12, found \(month)" }
        // The release must not come before the period ends (a point in time: before the day itself).
        let ends = (year, period.lastMonth)
        if releasedYear < ends.0 || (releasedYear == ends.0 && parts.count > 1 && month < ends.1) {
            return "released \(released), before the period it reports ends (\(period.code) \(year))"
        }
        return nil
    }

    /// A required text: not empty and not only white space. Usually the first
    /// byte settles it: an ASCII character above the space starts a Character
    /// that is not white space.
    public static func isText(_ text: String) -> Bool {
        if let first = text.utf8.first, first < 0x80, first > 0x20 { return true }
        return text.contains { !$0.isWhitespace }
    }
}
