/// One year of an indicator's series, as the trend chart and details list it.
public struct SeriesPoint: Sendable, Equatable {
    public var year: Int
    /// The observation shown for the year: the record, else the first annual
    /// measurement, or the first projection when there is none.
    public var observation: Observation
    /// Sources give different values for this year (and there is no record to settle it).
    public var disagreement: Bool

    public var value: Double { observation.value }
}

/// A statement or press figure next to the record (official statistics) for
/// the same indicator and period: who said what, and how far it is from the record.
public struct Claim: Sendable, Equatable {
    public var claim: Observation
    public var record: Observation
    /// From the record to the claim, in the unit's terms (points for shares and rates, percent for amounts).
    public var gap: Change?
    /// The claim covers part of the year and the record the whole year: a
    /// rate said in November set against the year's outcome. Shown with both
    /// periods, never taken for a change.
    public var periodsDiffer: Bool = false

    /// The gap's size, for ordering claims largest first (points and percent alike).
    public var size: Double {
        switch gap {
        case .points(let value), .percent(let value): abs(value)
        case .places(let places): Double(abs(places))
        // No relative size from a zero or negative base: listed after those that have one.
        case .difference, nil: 0
        }
    }
}

extension Indicator {
    /// Every observation of `year`, in file order: looked up, not scanned.
    public func observations(in year: Int) -> [Observation] {
        (yearIndex.positions[year] ?? []).map { observations[$0] }
    }

    /// Whole-year (or point-in-time) measurements for `year`, not projections, in file order.
    public func annual(in year: Int) -> [Observation] {
        observations(in: year).filter { !$0.projection && $0.period.isAnnual }
    }

    /// The official figure for `period` of `year`: a figure the bureau
    /// published before one citydash derived, and of several releases the
    /// latest (the others are vintages).
    public func record(in year: Int, period: Period = .year) -> Observation? {
        // One pass over the year's positions, no copies: this runs for every row of every frame.
        var best: Observation?
        for position in yearIndex.positions[year] ?? [] {
            let observation = observations[position]
            guard !observation.projection, observation.isRecord, matches(observation.period, period) else { continue }
            // Releases are ISO dates, so they order as text; a figure without one counts as the oldest.
            if let current = best,
               (observation.evidence == .official ? 1 : 0, observation.released ?? "")
                <= (current.evidence == .official ? 1 : 0, current.released ?? "") { continue }
            best = observation
        }
        return best
    }

    /// Earlier releases of the record for `period` of `year`, newest first.
    public func vintages(in year: Int, period: Period = .year) -> [Observation] {
        guard let latest = record(in: year, period: period) else { return [] }
        return observations(in: year)
            .filter { !$0.projection && $0.isRecord && matches($0.period, period) && $0 != latest }
            .sorted { ($0.released ?? "") > ($1.released ?? "") }
    }

    /// The record for `period` of `year` is a revision: an earlier release of the same kind
    /// (official, or derived) gave the period another value.
    public func isRevised(in year: Int, period: Period = .year) -> Bool {
        guard let latest = record(in: year, period: period) else { return false }
        return vintages(in: year, period: period).contains {
            $0.evidence == latest.evidence && $0.value != latest.value && ($0.released ?? "") < (latest.released ?? "")
        }
    }

    /// What the source pane steps through for `year`: the record first, then
    /// the other whole-year figures (earlier releases of the record excluded).
    public func measurements(in year: Int) -> [Observation] {
        let all = annual(in: year)
        guard let record = record(in: year, period: .year) else { return all }
        return [record] + all.filter { !$0.isRecord }
    }

    /// The value shown for `year`: the record, else the first whole-year measurement listed.
    public func shown(in year: Int) -> Observation? {
        if let record = record(in: year, period: .year) { return record }
        for position in yearIndex.positions[year] ?? [] {
            let observation = observations[position]
            if !observation.projection && observation.period.isAnnual { return observation }
        }
        return nil
    }

    /// Figures for part of `year` (January–September, a quarter), not projections.
    public func partYear(in year: Int) -> [Observation] {
        observations(in: year).filter { !$0.projection && !$0.period.isAnnual }
    }

    /// The first projection for `year`, if the file has one.
    public func projection(in year: Int) -> Observation? {
        observations(in: year).first { $0.projection }
    }

    /// Without a record for the year, sources give it different whole-year
    /// values. (With a record, the others are claims, each with its gap.)
    public func sourcesDisagree(in year: Int) -> Bool {
        guard record(in: year) == nil else { return false }
        let values = annual(in: year).map(\.value)
        return values.contains { $0 != values.first }
    }

    /// Every statement or press figure of `year` that has a record for the
    /// same period beside it. A share or a rate said for part of the year is
    /// also set against the year's record, marked as covering different periods
    /// (an amount for nine months against a year's would mean nothing).
    public func claims(in year: Int) -> [Claim] {
        observations(in: year).compactMap { observation in
            guard !observation.projection, observation.isClaim else { return nil }
            if let record = record(in: year, period: observation.period) {
                return Claim(claim: observation, record: record, gap: Change.between(record.value, observation.value, unit: unit))
            }
            guard unit == .percent || unit == .percentChange, !observation.period.isAnnual,
                  let record = record(in: year, period: .year) else { return nil }
            return Claim(claim: observation, record: record, gap: Change.between(record.value, observation.value, unit: unit),
                         periodsDiffer: true)
        }
    }

    /// A statement or press figure of `year` says something other than the
    /// record, as the dashboard writes them (20.6 said against 20.59 is the same).
    public func claimsDiffer(in year: Int) -> Bool {
        claims(in: year).contains {
            ValueFormatter.format($0.claim.value, unit: unit) != ValueFormatter.format($0.record.value, unit: unit)
        }
    }

    /// Every claim of every year, largest gap first.
    public var allClaims: [Claim] {
        yearIndex.years.flatMap { claims(in: $0) }.sorted { $0.size > $1.size }
    }

    /// Years with a whole-year measurement, ascending.
    public var measuredYears: [Int] {
        yearIndex.measuredYears
    }

    /// The shown measurement of the latest year before `year` that has one.
    public func previous(before year: Int) -> Observation? {
        guard let earlier = measuredYears.last(where: { $0 < year }) else { return nil }
        return shown(in: earlier)
    }

    /// One point a year: the whole-year measurement where there is one, else the projection.
    public func series() -> [SeriesPoint] {
        yearIndex.years.compactMap { year in
            guard let observation = shown(in: year) ?? projection(in: year) else { return nil }
            return SeriesPoint(year: year, observation: observation, disagreement: sourcesDisagree(in: year))
        }
    }

    /// A whole-year record matches a statement about the whole year or about a day in it
    /// (population on 1 January); part-year figures match their own period only.
    private func matches(_ period: Period, _ wanted: Period) -> Bool {
        period == wanted || (period.isAnnual && wanted.isAnnual)
    }
}

extension Dataset {
    /// Years in which at least one indicator has a measurement, whole-year or
    /// part-year; projections do not count.
    public var years: [Int] {
        Array(Set(indicators.flatMap { $0.observations.lazy.filter { !$0.projection }.map(\.year) })).sorted()
    }

    /// The indicators shown as headline tiles, in file order.
    public var headlineIndicators: [Indicator] {
        indicators.filter(\.headline)
    }

    /// Every claim in the data with its indicator, largest gap first.
    public var claims: [(indicator: Indicator, claim: Claim)] {
        indicators.flatMap { indicator in indicator.allClaims.map { (indicator, $0) } }.sorted { $0.claim.size > $1.claim.size }
    }
}
