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

    // MARK: - Rules and their messages
    //
    // Each rule states its test and its message here; the decoder adds where
    // in the file, `problems(in:)` where in the model. `found` is the value
    // as the file writes it (see `shown`).

    public static func schemaProblem(_ schema: Int) -> String? {
        schema == supportedSchema ? nil : "unsupported schema \(schema); this citydash reads schema \(supportedSchema)"
    }

    /// A rule on values (see `valueProblem`).
    public enum ValueRule: Sendable, Equatable {
        /// A number: a file cannot hold another (the JSON lexer refuses NaN and infinities), a dataset in memory can.
        case finite
        /// Whole numbers written beyond 2^53 lose digits as Doubles.
        case exactWhole
        /// Each unit's range (docs/data-format.md, *Units*).
        case range(Unit)
    }

    /// The rule `value` breaks for an indicator in `unit` (nil: unknown), or
    /// nil when it breaks none. `isWhole` says whether the file wrote it
    /// without a fraction or exponent. Apart from the message, so that the
    /// fast scanner checks every value without making strings.
    public static func brokenRule(_ value: Double, isWhole: Bool, unit: Unit?) -> ValueRule? {
        guard value.isFinite else { return .finite }
        if isWhole, abs(value) > largestExactWhole { return .exactWhole }
        guard let unit else { return nil }
        let allowed = switch unit {
        case .percent: (0...100).contains(value)
        case .percentChange: value >= -100
        case .people, .count: value >= 0
        case .rank: isWhole && value >= 1 && value <= 1_000_000
        case .tenge, .usd: true
        }
        return allowed ? nil : .range(unit)
    }

    /// Why `value` is not allowed for an indicator in `unit`, or nil when it is
    /// (`brokenRule`); `written` is the value as the file wrote it, for the message.
    public static func valueProblem(_ value: Double, isWhole: Bool, unit: Unit?, written: String) -> String? {
        switch brokenRule(value, isWhole: isWhole, unit: unit) {
        case nil: nil
        case .finite: "expected a finite number, found \(written)"
        case .exactWhole: "\(written) cannot be represented exactly (whole numbers are exact up to 2^53)"
        case .range(.percent): "a share (unit \"percent\") must be between 0 and 100, found \(written)"
        case .range(.percentChange): "a change cannot fall below -100 %, found \(written)"
        case .range(.rank): "a rank must be a whole number from 1 up, found \(written)"
        case .range(let unit): "a \(unit.rawValue) cannot be negative, found \(written)"
        }
    }

    /// Whether a value held in a dataset counts as whole for `valueProblem`:
    /// an integer a Double holds exactly, which the writer (`DatasetJSON`)
    /// writes without a fraction or exponent, as a file would.
    public static func isWhole(_ value: Double) -> Bool {
        value.rounded(.towardZero) == value && abs(value) <= largestExactWhole
    }

    /// The year a number stands for, when it is a whole number in `yearRange`.
    public static func year(_ value: Double, isWhole: Bool) -> Int? {
        guard isWhole, value >= Double(yearRange.lowerBound), value <= Double(yearRange.upperBound) else { return nil }
        return Int(value)
    }

    public static func yearProblem(found: String) -> String {
        "expected a whole year between \(yearRange.lowerBound) and \(yearRange.upperBound), found \(found)"
    }

    /// An id: ASCII letters, digits, `_`, `.` and `-`, at most `identifierLimit` bytes.
    public static func isIdentifier<Bytes: Collection>(_ utf8: Bytes) -> Bool where Bytes.Element == UInt8 {
        !utf8.isEmpty && utf8.count <= identifierLimit && utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
                || byte == 0x5F || byte == 0x2E || byte == 0x2D
        }
    }

    public static func identifierProblem(_ id: String, found: String) -> String? {
        isIdentifier(id.utf8) ? nil
            : "an id may hold only ASCII letters, digits, '_', '.' and '-' (at most \(identifierLimit)), found \(found)"
    }

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

    /// One source gave a second value for one period: a mistake, not a disagreement.
    public static func secondValueProblem(_ key: PeriodKey, first: Int) -> String {
        "a second value from \"\(key.source)\" for \(key.period.code) \(key.year) (first at observations[\(first)]); "
            + "one source gives one value for a period"
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

    public static func textProblem(_ text: String) -> String? {
        isText(text) ? nil : "must not be empty"
    }

    /// A language of a localized text that is given but is no text (`isText`).
    public static func languageProblem(found: String) -> String {
        "expected a non-empty string, found \(found)"
    }

    public static let noLanguageProblem =
        "expected a text in at least one of \(Language.allCases.map(\.rawValue).joined(separator: ", "))"

    /// A second source or indicator with the id of the one at `first` in `list`.
    public static func duplicateProblem(_ id: String, in list: FileMember, first: Int) -> String {
        let kind = list == .sources ? "source" : "indicator"
        return "duplicate \(kind) id \"\(id)\" (first at \(list.rawValue)[\(first)])"
    }

    public static func unknownSourceProblem(_ id: String) -> String {
        "unknown source \"\(id)\"; no entry of \"sources\" has that id"
    }

    public static let noIndicatorsProblem = "the file has no indicators"

    /// Some observation must be a measurement: projections never make a year count as having data.
    public static func hasMeasurement(_ indicators: [Indicator]) -> Bool {
        indicators.contains { $0.observations.contains { !$0.projection } }
    }

    public static let noMeasurementProblem = "the file has no observation that is not a projection, so no year has data"

    /// A value as the file writes it, shortened and made safe to print, for the `found` of a message.
    public static func shown(_ written: String) -> String {
        TextSafety.visible(DisplayWidth.truncate(written, to: 40))
    }
}
