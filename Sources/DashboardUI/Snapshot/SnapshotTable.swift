import Indicators
import Widgets

/// One year of a dataset as rows of data, every indicator present: what the
/// Markdown, JSON and CSV snapshots print (the Markdown only the rows with a
/// figure, unless asked for every one). (The text snapshot is the
/// dashboard's own grid.)
public struct SnapshotTable: Sendable {
    public struct Row: Sendable {
        public var indicator: Indicator
        /// The value shown for the year: the first measurement, nil when there is none.
        public var observation: Observation?
        public var previous: Observation?
        public var change: Change?
        /// Every measurement of the year, in file order (several when sources disagree).
        public var measurements: [Observation]
        public var disagreement: Bool
        /// Against the base year, with `--compare`.
        public var comparison: YearComparison?
        /// Statements and press figures of the year beside the official figure.
        public var claims: [Claim]
        /// Figures for part of the year (January–September, …): never the year's value.
        public var partYear: [Observation]
    }

    public let dataset: Dataset
    public let year: Int
    /// The year compared with (`--compare`), or nil.
    public let base: Int?
    public let language: Language
    public let rows: [Row]

    public init(dataset: Dataset, year: Int, base: Int? = nil, language: Language = .en) {
        self.dataset = dataset
        self.year = year
        self.base = base
        self.language = language
        rows = dataset.indicators.map { indicator in
            let observation = indicator.shown(in: year)
            let previous = observation == nil ? nil : indicator.previous(before: year)
            let change = observation.flatMap { now in
                previous.flatMap { Change.between($0.value, now.value, unit: indicator.unit) }
            }
            return Row(indicator: indicator, observation: observation, previous: previous, change: change,
                       measurements: indicator.measurements(in: year), disagreement: indicator.sourcesDisagree(in: year),
                       comparison: base.map { YearComparison(indicator: indicator, year: year, base: $0) },
                       claims: indicator.claims(in: year), partYear: indicator.partYear(in: year))
        }
    }

    /// The sources the values cite (the base year's too), numbered in order of first use.
    public var citedSources: [Source] {
        var seen: Set<String> = []
        var cited: [Source] = []
        for row in rows {
            let claimed = row.claims.flatMap { [$0.claim, $0.record] }
            for observation in row.measurements + row.baseMeasurements + claimed where !seen.contains(observation.source) {
                seen.insert(observation.source)
                if let source = dataset.source(id: observation.source) { cited.append(source) }
            }
        }
        return cited
    }
}

extension SnapshotTable.Row {
    /// A figure in the year (whole-year, or for part of it), or with `--compare` in the base year:
    /// what a report lists without `--include-empty`.
    public var hasFigure: Bool {
        observation != nil || !partYear.isEmpty || comparison?.base != nil || comparison?.current != nil
    }

    /// The base year's measurements, in file order; none outside compare mode.
    public var baseMeasurements: [Observation] {
        guard let base = comparison?.base, !base.projection else { return [] }
        return indicator.measurements(in: base.year)
    }
}

extension Verdict {
    /// "better", "worse", "unchanged" or "neutral": how snapshots spell it.
    public var name: String {
        switch self {
        case .better: "better"
        case .worse: "worse"
        case .unchanged: "unchanged"
        case .neutral: "neutral"
        }
    }
}

extension Change {
    /// The amount as snapshots write it: rounded to six decimals, nil when it is beyond a Double's range.
    public var written: Double? {
        guard amount.isFinite else { return nil }
        return abs(amount) < 1e15 ? (amount * 1e6).rounded() / 1e6 : amount
    }

    /// What `amount` counts: "points", "percent" or "places"; `too_large` for a
    /// change beyond a Double's range (its amount is written as null).
    public var kind: String {
        if isBeyondRange { return "too_large" }
        return switch self {
        case .points: "points"
        case .percent: "percent"
        case .places: "places"
        case .difference(_, let unit): "difference_" + unit.rawValue
        }
    }
}
