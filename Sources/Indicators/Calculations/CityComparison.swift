/// One indicator in one year across cities: those that measure it in the
/// same unit, ranked best first on one scale; the others set apart, with the
/// reason, so that values in different units are never put side by side.
public struct CityComparison: Sendable {
    public enum Standing: Sendable, Equatable {
        /// The city measures the indicator in the compared unit; `place` 1 is best.
        case ranked(place: Int, value: Double, approximate: Bool)
        /// The whole country, listed apart as the reference the cities are part of.
        case whole(value: Double, approximate: Bool)
        /// The city has the indicator, in another unit: reported, not compared.
        case otherUnit(Unit)
        /// The city has the indicator but no measurement in the year.
        case noData
        /// The city's data has no indicator with this id.
        case missing
    }

    public struct Entry: Sendable, Equatable {
        /// Index of the city, as given to the comparison.
        public var city: Int
        public var standing: Standing
    }

    /// The unit compared: the shown city's.
    public let unit: Unit
    /// Ranked cities first (best first), then other units, no data, missing, each in the given order.
    public let entries: [Entry]
    /// The largest magnitude among the ranked values: every bar's common scale.
    public let scale: Double

    /// `candidates[i]` is city i's indicator with the compared id, if it has one;
    /// `wholes` are the cities that are the whole country, listed apart.
    public init(reference: Indicator, year: Int, candidates: [Indicator?], wholes: Set<Int> = []) {
        unit = reference.unit
        var values: [(key: Int, value: Double)] = []
        var approximate: [Int: Bool] = [:]
        var rest: [Entry] = []
        for (city, candidate) in candidates.enumerated() {
            guard let candidate else {
                rest.append(Entry(city: city, standing: .missing))
                continue
            }
            guard candidate.unit == reference.unit else {
                rest.append(Entry(city: city, standing: .otherUnit(candidate.unit)))
                continue
            }
            guard let observation = candidate.shown(in: year) else {
                rest.append(Entry(city: city, standing: .noData))
                continue
            }
            if wholes.contains(city) {
                rest.append(Entry(city: city, standing: .whole(value: observation.value, approximate: observation.approximate)))
                continue
            }
            values.append((city, observation.value))
            approximate[city] = observation.approximate
        }
        let ranked = Ranking.rank(values, better: reference.better).map {
            Entry(city: $0.key, standing: .ranked(place: $0.place, value: $0.value, approximate: approximate[$0.key] ?? false))
        }
        let order: (Standing) -> Int = {
            switch $0 {
            case .ranked: 0
            case .whole: 1
            case .otherUnit: 2
            case .noData: 3
            case .missing: 4
            }
        }
        let grouped = rest.enumerated().sorted { (order($0.element.standing), $0.offset) < (order($1.element.standing), $1.offset) }
        entries = ranked + grouped.map(\.element)
        scale = reference.unit == .percent ? 100 : values.map { abs($0.value) }.max() ?? 0
    }
}
