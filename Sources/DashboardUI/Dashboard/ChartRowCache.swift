import Indicators
import Synchronization
import Widgets

/// The chart's rows as they read when not selected, kept per indicator, year,
/// base year and language. The chart measures its columns over every row of
/// the list, so without this each key press would look up and format every
/// row's value again; with it, a key press formats only what changed.
/// Part of a `DashboardModel`: new data starts with an empty cache.
final class ChartRowCache: Sendable {
    struct Key: Hashable, Sendable {
        var index: Int
        var year: Int
        var base: Int?
        var language: Language
        /// The base year's own row under an indicator, in compare mode.
        var isBaseRow: Bool
    }

    /// Enough for every row of a large file in a few years and languages; past it the cache starts again.
    static let limit = 50_000

    private let rows = Mutex<[Key: BarChart.Row]>([:])

    /// The row for `key`, made by `make` the first time.
    func row(_ key: Key, make: () -> BarChart.Row) -> BarChart.Row {
        if let cached = rows.withLock({ $0[key] }) { return cached }
        let made = make()
        rows.withLock { stored in
            if stored.count >= Self.limit { stored.removeAll(keepingCapacity: true) }
            stored[key] = made
        }
        return made
    }
}
