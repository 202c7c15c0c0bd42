/// One year of an indicator's series, as the trend chart and details list it.
public struct SeriesPoint: Sendable, Equatable {
    public var year: Int
    /// The observation shown for the year: the first measurement, or the first projection when there is none.
    public var observation: Observation
    /// Sources give different values for this year.
    public var disagreement: Bool

    public var value: Double { observation.value }
}

extension Indicator {
    /// Measurements (not projections) for `year`, in file order.
    public func measurements(in year: Int) -> [Observation] {
        observations.filter { $0.year == year && !$0.projection }
    }

    /// The value shown for `year`: the first measurement listed for it.
    public func shown(in year: Int) -> Observation? {
        observations.first { $0.year == year && !$0.projection }
    }

    /// The first projection for `year`, if the file has one.
    public func projection(in year: Int) -> Observation? {
        observations.first { $0.year == year && $0.projection }
    }

    /// More than one source measured `year`, and they give different values.
    public func sourcesDisagree(in year: Int) -> Bool {
        let values = measurements(in: year).map(\.value)
        return values.contains { $0 != values.first }
    }

    /// Years with a measurement, ascending.
    public var measuredYears: [Int] {
        Array(Set(observations.lazy.filter { !$0.projection }.map(\.year))).sorted()
    }

    /// The shown measurement of the latest year before `year` that has one.
    public func previous(before year: Int) -> Observation? {
        guard let earlier = measuredYears.last(where: { $0 < year }) else { return nil }
        return shown(in: earlier)
    }

    /// One point a year: the measurement where there is one, else the projection.
    public func series() -> [SeriesPoint] {
        let years = Set(observations.map(\.year)).sorted()
        return years.compactMap { year in
            guard let observation = shown(in: year) ?? projection(in: year) else { return nil }
            return SeriesPoint(year: year, observation: observation, disagreement: sourcesDisagree(in: year))
        }
    }
}

extension Dataset {
    /// Years in which at least one indicator has a measurement; projections do not count.
    public var years: [Int] {
        Array(Set(indicators.flatMap { $0.observations.lazy.filter { !$0.projection }.map(\.year) })).sorted()
    }

    /// The indicators shown as headline tiles, in file order.
    public var headlineIndicators: [Indicator] {
        indicators.filter(\.headline)
    }
}
