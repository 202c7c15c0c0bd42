import Indicators
import Widgets

extension DashboardState {
    /// The state for new data: the same indicator (by id) and year where
    /// they still exist, else the nearest year and the first headline. Also
    /// used when switching cities.
    public func carried(from old: DashboardModel, to new: DashboardModel) -> DashboardState {
        var next = self
        let id = old.indicator(atPosition: selection)?.id
        next.selection = id.flatMap(new.position(ofIndicator:)) ?? new.headlinePositions.first ?? 0
        if !new.years.contains(year) {
            next.year = new.years.min { abs($0 - year) < abs($1 - year) } ?? year
        }
        if let base = compareBase, !new.years.contains(base) || base == next.year {
            let others = new.years.filter { $0 != next.year }
            next.compareBase = others.min { abs($0 - base) < abs($1 - base) }
        }
        let measurements = new.indicator(atPosition: next.selection)?.measurements(in: next.year).count ?? 0
        if next.sourceIndex >= measurements { next.sourceIndex = 0 }
        return next
    }
}
