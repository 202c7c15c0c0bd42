/// How a value moved between two observations, in the terms that suit its unit.
public enum Change: Sendable, Equatable {
    /// Shares and growth rates: the difference in percentage points.
    case points(Double)
    /// Levels (money, people, counts): the relative change in percent.
    case percent(Double)
    /// Ranks: places gained (positive) or lost (negative).
    case places(Int)
    /// Levels from a zero or negative base, where a percent has no meaning
    /// (−100 bn → 50 bn is not "−150 %"): the difference in the unit itself.
    case difference(Double, Unit)

    /// The change from `earlier` to `later`; nil where it has no meaning
    /// (a rank that is not a number). A level's change is a percent of a
    /// positive base, else the difference itself. Between values near the
    /// ends of a Double (1e308 from -1e308, 1e300 from 1e-300) the change
    /// itself is too large for one: it is kept as ±infinity, never dropped,
    /// and `isBeyondRange` lets every presenter say so.
    public static func between(_ earlier: Double, _ later: Double, unit: Unit) -> Change? {
        guard earlier.isFinite, later.isFinite else { return nil }
        switch unit {
        case .percent, .percentChange:
            return .points(later - earlier)
        case .tenge, .usd, .people, .count:
            guard earlier > 0 else { return .difference(later - earlier, unit) }
            return .percent((later / earlier - 1) * 100)
        case .rank:
            let gained = earlier - later
            guard gained.isFinite, abs(gained) < 1e9 else { return nil }
            return .places(Int(gained.rounded()))
        }
    }
}

extension Change {
    /// The change's number: points, percent, places or the difference.
    public var amount: Double {
        switch self {
        case .points(let value), .percent(let value), .difference(let value, _): value
        case .places(let places): Double(places)
        }
    }

    /// Too large for a Double (the amount is ±infinity): shown as beyond the largest, written as null with a reason.
    public var isBeyondRange: Bool { !amount.isFinite }

    /// The change is a difference because its base is zero or below: the details say so.
    public var isDifferenceFromAwkwardBase: Bool {
        if case .difference = self { return true }
        return false
    }
}

/// Whether a change is good news, given which direction is better.
public enum Verdict: Sendable, Equatable {
    case better, worse, unchanged, neutral

    public static func of(from earlier: Double, to later: Double, better: Better) -> Verdict {
        if later == earlier { return .unchanged }
        switch better {
        case .neutral: return .neutral
        case .higher: return later > earlier ? .better : .worse
        case .lower: return later < earlier ? .better : .worse
        }
    }
}
