/// How a value moved between two observations, in the terms that suit its unit.
public enum Change: Sendable, Equatable {
    /// Shares and growth rates: the difference in percentage points.
    case points(Double)
    /// Levels (money, people, counts): the relative change in percent.
    case percent(Double)
    /// Ranks: places gained (positive) or lost (negative).
    case places(Int)

    /// The change from `earlier` to `later`; nil where it has no meaning
    /// (a relative change from zero).
    public static func between(_ earlier: Double, _ later: Double, unit: Unit) -> Change? {
        switch unit {
        case .percent, .percentChange:
            return .points(later - earlier)
        case .tenge, .usd, .people, .count:
            guard earlier != 0 else { return nil }
            return .percent((later / earlier - 1) * 100)
        case .rank:
            let gained = earlier - later
            guard gained.isFinite, abs(gained) < 1e9 else { return nil }
            return .places(Int(gained.rounded()))
        }
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
