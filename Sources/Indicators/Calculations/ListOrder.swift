/// The order of a list of indicators (or of cities): `s` cycles through them.
public enum ListOrder: String, CaseIterable, Sendable {
    /// The file's order (for indicators, grouped by unit; for cities, as loaded).
    case file
    /// The value in the year, largest first.
    case value
    /// The change since the previous observation (or the base year in compare mode), largest first.
    case change
    /// The name, alphabetically, case and diacritics folded.
    case name

    public var next: ListOrder {
        let all = Self.allCases
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }
}

public enum ListOrdering {
    /// The keys by their value, largest first; keys without a value last.
    /// Stable: equal values (and the keys without one) keep their given order.
    public static func descending<Key>(_ entries: [(key: Key, value: Double?)]) -> [Key] {
        entries.enumerated().sorted { left, right in
            switch (left.element.value, right.element.value) {
            case let (l?, r?) where l != r: return l > r
            case (_?, nil): return true
            case (nil, _?): return false
            default: return left.offset < right.offset
            }
        }.map(\.element.key)
    }

    /// The keys by name, folded as search folds them (case, diacritics, Kazakh letters). Stable.
    public static func byName<Key>(_ entries: [(key: Key, name: String)]) -> [Key] {
        let folded = entries.map { FuzzyMatch.fold($0.name) }
        return entries.indices.sorted { (folded[$0], $0) < (folded[$1], $1) }.map { entries[$0].key }
    }

    /// What `value` orders an indicator by in `year`: its measurement there.
    public static func value(of indicator: Indicator, in year: Int) -> Double? {
        indicator.shown(in: year)?.value
    }

    /// What `change` orders an indicator by: the change (points, percent or
    /// places, as `Change` has it) from the previous observation or `base`.
    public static func change(of indicator: Indicator, in year: Int, base: Int?) -> Double? {
        guard let current = indicator.shown(in: year),
              let before = base.map({ indicator.shown(in: $0) }) ?? indicator.previous(before: year),
              let change = Change.between(before.value, current.value, unit: indicator.unit) else { return nil }
        switch change {
        case .points(let value), .percent(let value), .difference(let value, _): return value
        case .places(let places): return Double(places)
        }
    }
}
