import Indicators

/// Where a series chart puts things: the plot's rectangle, the years on a
/// linear time axis and the values on a linear value axis with rounded ticks.
/// The SVG is drawn through it and the browser tests read the drawing back
/// through it.
public struct ChartScale: Sendable, Equatable {
    public var width: Double
    public var left: Double
    public var right: Double
    public var top: Double
    public var bottom: Double
    public var firstYear: Int
    public var lastYear: Int
    public var minimum: Double
    public var maximum: Double
    public var ticks: [Double]

    /// A scale for `values` over `years`, in a plot from `left` to `right` and `top` to `bottom` (SVG units, y down).
    public init(years: ClosedRange<Int>, values: [Double], width: Double = 720, left: Double = 64, right: Double = 690,
                top: Double = 64, bottom: Double = 304) {
        self.width = width
        self.left = left
        self.right = right
        self.top = top
        self.bottom = bottom
        firstYear = years.lowerBound
        lastYear = years.upperBound
        let finite = values.filter(\.isFinite)
        var low = finite.min() ?? 0
        var high = finite.max() ?? 1
        // Shares and levels that are all positive start at zero when zero is near: the lines are not exaggerated.
        if low > 0, low <= high / 2 { low = 0 }
        if high < 0, high >= low / 2 { high = 0 }
        if low == high { low -= 1; high += 1 }
        let step = Self.niceStep((high - low) / 5)
        minimum = (low / step).rounded(.down) * step
        maximum = (high / step).rounded(.up) * step
        var ticks: [Double] = []
        var tick = minimum
        while tick <= maximum + step / 2 {
            ticks.append((tick / step).rounded() * step)
            tick += step
        }
        self.ticks = ticks
    }

    /// The horizontal position of a year (a figure of the year sits on its year).
    public func x(_ year: Int) -> Double {
        guard lastYear > firstYear else { return (left + right) / 2 }
        return left + Double(year - firstYear) / Double(lastYear - firstYear) * (right - left)
    }

    /// The vertical position of a value (up is more).
    public func y(_ value: Double) -> Double {
        bottom - (value - minimum) / (maximum - minimum) * (bottom - top)
    }

    /// Years to label on the time axis: every year when they fit, else every 2nd, 5th or 10th.
    public var yearTicks: [Int] {
        let span = max(lastYear - firstYear, 0)
        let room = Int((right - left) / 36)
        let step = [1, 2, 5, 10, 20, 50].first { span / $0 <= room } ?? 100
        return (firstYear...max(firstYear, lastYear)).filter { ($0 - firstYear) % step == 0 || (step >= 5 && $0 % step == 0) }
            .reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }
    }

    /// 1, 2, 2.5 or 5 times a power of ten, at least `rough`.
    static func niceStep(_ rough: Double) -> Double {
        guard rough > 0, rough.isFinite else { return 1 }
        var power = 1.0
        while power * 10 <= rough { power *= 10 }
        while power > rough { power /= 10 }
        for factor in [1.0, 2.0, 2.5, 5.0, 10.0] where factor * power >= rough { return factor * power }
        return 10 * power
    }

    /// A coordinate as the SVG writes it: two decimals at most.
    public static func coordinate(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(rounded)
    }
}

/// What a point of the chart is, which says its marker.
public enum MarkerKind: String, Sendable, CaseIterable {
    /// A measurement: official or derived, or the user's own.
    case measured
    /// A figure the bureau marks preliminary.
    case preliminary
    /// A figure for part of the year only.
    case partYear = "part-year"
    /// What an official said, or the press reported.
    case statement

    public static func of(_ observation: Observation) -> MarkerKind {
        if observation.isClaim { return .statement }
        if !observation.period.isAnnual { return .partYear }
        if observation.preliminary { return .preliminary }
        return .measured
    }
}

/// The points of one region's line and its markers, in the chart's terms.
public struct ChartSeries: Sendable, Equatable {
    public struct Point: Sendable, Equatable {
        public var year: Int
        public var value: Double
        public var kind: MarkerKind
        /// On the line (a whole-year measurement), or a marker beside it.
        public var onLine: Bool
    }

    public var city: City
    public var points: [Point]

    /// One series per region of `series`: whole-year values that are not claims make the
    /// line; statements, part-year figures and preliminary figures are marked apart
    /// (a preliminary figure shown for its year stays on the line, marked).
    public static func from(_ series: SeriesExport) -> [ChartSeries] {
        drawn(series).map { city in
            var points: [Point] = []
            for row in series.rows where row.city.id == city.id {
                if let value = row.value {
                    let kind = MarkerKind.of(row.observation)
                    points.append(Point(year: row.year, value: value, kind: kind, onLine: !row.partYear && kind != .statement))
                }
                // Other figures are drawn where they are levels, as the row's value is.
                if series.transform == .level {
                    for other in row.others {
                        let kind = MarkerKind.of(other.observation)
                        guard kind != .measured else { continue }
                        points.append(Point(year: row.year, value: other.observation.value, kind: kind, onLine: false))
                    }
                }
            }
            return ChartSeries(city: city, points: points)
        }
    }

    /// The regions a chart draws: beside regions, the whole country is left to the table
    /// (its GRP or its share of itself, 100 %, would flatten every region's line).
    public static func drawn(_ series: SeriesExport) -> [City] {
        let regions = series.cities.filter { !$0.isCountry }
        return regions.isEmpty ? series.cities : regions
    }
}
