/// What an indicator's values measure. Values are stored in the unit's base
/// (482 billion tenge is 482_000_000_000); display chooses the scale.
public enum Unit: String, CaseIterable, Sendable {
    /// A share of a whole, 0–100.
    case percent
    /// A growth rate in percent; the indicator's description says real or nominal.
    case percentChange = "percent_change"
    case tenge
    case usd
    case people
    case count
    /// A place in a ranking: 1 is first.
    case rank
}

/// Which direction of change is good news.
public enum Better: String, CaseIterable, Sendable {
    case higher, lower, neutral
}
