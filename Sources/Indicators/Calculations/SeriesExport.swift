/// One indicator's whole series, every region and period, as a report lists
/// it: the value shown for each period with its source and quote, and every
/// other figure given for the same period that says something else. What
/// `citydash export` writes in every format; pure.
public struct SeriesExport: Sendable {
    /// A figure given for a period beside the one shown: a claim, an earlier
    /// release with another value, or a second source.
    public struct Other: Sendable, Equatable {
        public var observation: Observation
        public var source: Source?
        /// From the row's figure to this one, in the unit's terms (points for shares and rates, percent for amounts).
        public var gap: Change?
    }

    /// One region and period.
    public struct Row: Sendable, Equatable {
        public var city: City
        public var year: Int
        public var period: Period
        /// The figure shown for the period: the record, else the first figure listed.
        public var observation: Observation
        public var source: Source?
        /// The value in the export's transformation (the level itself for `.level`); nil with `problem`.
        public var value: Double?
        public var unit: TransformedUnit
        public var problem: TransformProblem?
        /// From the previous whole-year measurement, when the value is a level of a whole year.
        public var change: Change?
        public var previousYear: Int?
        /// Other figures for the same period with another value, in file order.
        public var others: [Other]

        public var partYear: Bool { !period.isAnnual }
        public var level: Double { observation.value }
    }

    public let indicator: Indicator
    public let transform: Transform
    /// The regions in the order asked for (those without the indicator are in `lacking`).
    public let cities: [City]
    public let lacking: [City]
    public let rows: [Row]

    /// The series of `indicatorID` in every dataset of `datasets`, from `from` to `to`
    /// (both included). Each year gives its whole-year figure; a year with only
    /// part-year figures gives the one that reaches furthest into the year; with
    /// `partYears` every part-year period is a row of its own. Projections are not
    /// observations and are left out. `loaded` is every loaded dataset: the
    /// Republic's, for `share-of-national`.
    public init(indicatorID: String, datasets: [Dataset], loaded: [Dataset]? = nil, from: Int? = nil, to: Int? = nil,
                transform: Transform = .level, partYears: Bool = false) {
        let all = loaded ?? datasets
        var rows: [Row] = []
        var cities: [City] = []
        var lacking: [City] = []
        var first: Indicator?
        for dataset in datasets {
            guard let indicator = dataset.indicator(id: indicatorID) else {
                lacking.append(dataset.city)
                continue
            }
            first = first ?? indicator
            cities.append(dataset.city)
            let context = TransformContext(indicator: indicator, dataset: dataset, loaded: all)
            let measured = Transformation.measuredYears(of: indicator)
            let years = Set(indicator.observations.lazy.filter { !$0.projection }.map(\.year)).sorted()
            for year in years where (from.map { year >= $0 } ?? true) && (to.map { year <= $0 } ?? true) {
                var periods: [Period] = []
                if indicator.shown(in: year) != nil { periods.append(.year) }
                let parts = Self.partPeriods(of: indicator, in: year)
                if partYears {
                    periods += parts
                } else if periods.isEmpty, let furthest = parts.max(by: { ($0.lastMonth, -Self.firstMonth($0)) < ($1.lastMonth, -Self.firstMonth($1)) }) {
                    periods.append(furthest)
                }
                for period in periods {
                    rows.append(Self.row(indicator: indicator, dataset: dataset, year: year, period: period,
                                         transform: transform, context: context, measured: measured))
                }
            }
        }
        self.indicator = first ?? Indicator(id: indicatorID, name: LocalizedText(en: indicatorID), unit: .count, observations: [])
        self.transform = transform
        self.cities = cities
        self.lacking = lacking
        self.rows = rows
    }

    /// The row's value as its unit writes it (`21.1 %`, `+0.5 pp`), `—` without one.
    public func formatted(_ row: Row, language: Language) -> String {
        guard let value = row.value else { return "—" }
        return ValueFormatter.format(value, as: row.unit, language: language)
    }

    /// The sources cited, in order of first use: each row's, then its others'.
    public var citedSources: [Source] {
        var seen: Set<String> = []
        var cited: [Source] = []
        for row in rows {
            for source in [row.source] + row.others.map(\.source) {
                guard let source, !seen.contains(source.id) else { continue }
                seen.insert(source.id)
                cited.append(source)
            }
        }
        return cited
    }

    static func row(indicator: Indicator, dataset: Dataset, year: Int, period: Period, transform: Transform,
                    context: TransformContext, measured: [Int]) -> Row {
        let shown: Observation
        let candidates: [Observation]
        if period == .year {
            shown = indicator.shown(in: year)!
            candidates = indicator.annual(in: year)
        } else {
            candidates = indicator.observations(in: year).filter { !$0.projection && $0.period == period }
            shown = indicator.record(in: year, period: period) ?? candidates[0]
        }
        // Another figure disagrees when it reads differently as the dashboard writes it
        // (a derived 18.46 beside the bureau's 18.5 is the same figure at the bureau's precision).
        let written = ValueFormatter.format(shown.value, unit: indicator.unit)
        let others = candidates.filter { $0 != shown && ValueFormatter.format($0.value, unit: indicator.unit) != written }.map {
            Other(observation: $0, source: dataset.source(id: $0.source), gap: Change.between(shown.value, $0.value, unit: indicator.unit))
        }
        var row = Row(city: dataset.city, year: year, period: period, observation: shown, source: dataset.source(id: shown.source),
                      value: nil, unit: Transformation.unit(of: transform, for: indicator.unit), problem: nil,
                      change: nil, previousYear: nil, others: others)
        if period == .year {
            let transformed = Transformation.value(transform, of: indicator, year: year, context: context)
            // A year known only from a statement still shows its level; a transformation refuses it.
            if transform == .level {
                row.value = shown.value
            } else {
                row.value = transformed.value
                row.problem = transformed.problem
            }
            if transform == .level, !shown.isClaim, let earlier = measured.last(where: { $0 < year }),
               case .success(let previous) = Transformation.measurement(of: indicator, in: earlier) {
                row.change = Change.between(previous.value, shown.value, unit: indicator.unit)
                row.previousYear = earlier
            }
        } else if transform == .level {
            row.value = shown.value
        } else {
            row.problem = .partYearOnly(year: year, period: period)
        }
        return row
    }

    /// The part-year periods of `year`, in the order the year runs: by last month, then the longer first.
    static func partPeriods(of indicator: Indicator, in year: Int) -> [Period] {
        var seen: [Period] = []
        for observation in indicator.partYear(in: year) where !seen.contains(observation.period) {
            seen.append(observation.period)
        }
        return seen.sorted { ($0.lastMonth, firstMonth($0)) < ($1.lastMonth, firstMonth($1)) }
    }

    static func firstMonth(_ period: Period) -> Int {
        switch period {
        case .year: 1
        case .months(let first, _): first
        case .on(let month, _): month
        }
    }
}

extension Period {
    /// The first and last day the period covers, as ISO dates: `2019-01-01`, `2019-09-30`;
    /// a point in time is one day.
    public func isoDates(year: Int) -> (start: String, end: String) {
        func date(_ month: Int, _ day: Int) -> String {
            let y = String(year)
            return y + "-" + (month < 10 ? "0" : "") + String(month) + "-" + (day < 10 ? "0" : "") + String(day)
        }
        func lastDay(_ month: Int) -> Int {
            switch month {
            case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
            case 4, 6, 9, 11: 30
            default: 31
            }
        }
        switch self {
        case .year: return (date(1, 1), date(12, 31))
        case .months(let first, let last): return (date(first, 1), date(last, lastDay(last)))
        case .on(let month, let day): return (date(month, day), date(month, day))
        }
    }
}

extension Change {
    /// What a change counts, as the exports name it: `points`, `percent`, `places`, or `difference` (in the unit).
    public var kindName: String {
        switch self {
        case .points: "points"
        case .percent: "percent"
        case .places: "places"
        case .difference: "difference"
        }
    }

    /// The number of the change, whatever it counts.
    public var number: Double {
        switch self {
        case .points(let value), .percent(let value), .difference(let value, _): value
        case .places(let places): Double(places)
        }
    }
}

extension TransformedUnit {
    /// How the exports name what a value is measured in: `percent`, `tenge`, `points`,
    /// `percent_change`, `percent_per_year`, `index`, `tenge_per_person`, `percent_of_national`.
    public var exportName: String {
        switch self {
        case .same(let unit): unit.rawValue
        case .difference(let unit):
            switch unit {
            case .percent, .percentChange: "points"
            case .rank: "places"
            default: unit.rawValue + "_difference"
            }
        case .percentChange: "percent_change"
        case .percentPerYear: "percent_per_year"
        case .index: "index"
        case .perPerson(let unit): unit.rawValue + "_per_person"
        case .shareOfWhole: "percent_of_national"
        }
    }

    /// The kind of change a value in this unit is, for a `change_kind` column: nil for a level or an index.
    public var changeKind: String? {
        switch self {
        case .difference(let unit):
            switch unit {
            case .percent, .percentChange: "points"
            case .rank: "places"
            default: "difference"
            }
        case .percentChange: "percent"
        case .percentPerYear: "percent_per_year"
        case .same, .index, .perPerson, .shareOfWhole: nil
        }
    }
}
