import Indicators
import Widgets

/// Everything the dashboard draws from: one model per city, in the order
/// the files were given. With one city the dashboard is exactly the
/// single-city one; more add the city switcher and the comparison pane.
public struct DashboardData: Sendable {
    /// Never empty.
    public let cities: [DashboardModel]

    public init(cities: [DashboardModel]) {
        precondition(!cities.isEmpty, "the dashboard needs at least one city")
        self.cities = cities
    }

    public init(_ model: DashboardModel) {
        cities = [model]
    }

    /// The city the state shows (the first when the index is out of range).
    public func model(for state: DashboardState) -> DashboardModel {
        cities.indices.contains(state.city) ? cities[state.city] : cities[0]
    }

    public var hasSeveralCities: Bool { cities.count > 1 }

    /// The same indicator in every city, for the comparison pane and the trend overlay.
    public func comparison(of indicator: Indicator, year: Int) -> CityComparison {
        CityComparison(reference: indicator, year: year, candidates: cities.map { $0.indicator(id: indicator.id) },
                       wholes: Set(cities.indices.filter { cities[$0].dataset.city.isCountry }))
    }
}
