/// What the dashboard needs from a dataset, computed once at load so that a
/// key press only looks things up: the years with data, the indicators in
/// chart order (grouped by unit), and one scale per unit.
public struct DashboardModel: Sendable {
    public let dataset: Dataset
    /// Years with a measurement, ascending.
    public let years: [Int]
    /// Indicator indices in display order: grouped by unit, file order within a group.
    public let order: [Int]
    /// The chart's rows: a header before each unit's group, then its indicators.
    public let rows: [ChartRow]
    /// For each position in `order`, its row in `rows`.
    public let rowOfPosition: [Int]
    /// The largest magnitude any observation of a unit reaches: one scale per
    /// unit, the same in every year, so bars compare across years.
    public let scale: [Unit: Double]
    /// Positions (in `order`) of the headline indicators, at most four.
    public let headlinePositions: [Int]

    public static let unitOrder: [Unit] = [.percent, .percentChange, .tenge, .usd, .people, .count, .rank]

    public init(dataset: Dataset) {
        self.dataset = dataset
        years = dataset.years
        var order: [Int] = []
        var rows: [ChartRow] = []
        var rowOfPosition: [Int] = []
        var scale: [Unit: Double] = [:]
        for unit in Self.unitOrder {
            let members = dataset.indicators.indices.filter { dataset.indicators[$0].unit == unit }
            guard !members.isEmpty else { continue }
            rows.append(.group(unit))
            for index in members {
                rowOfPosition.append(rows.count)
                rows.append(.indicator(index))
                order.append(index)
            }
            let largest = members.flatMap { dataset.indicators[$0].observations.map { abs($0.value) } }.max() ?? 0
            scale[unit] = unit == .percent ? 100 : largest
        }
        self.order = order
        self.rows = rows
        self.rowOfPosition = rowOfPosition
        self.scale = scale
        headlinePositions = Array(order.indices.filter { dataset.indicators[order[$0]].headline }.prefix(4))
    }

    public func indicator(atPosition position: Int) -> Indicator? {
        guard order.indices.contains(position) else { return nil }
        return dataset.indicators[order[position]]
    }

    /// The latest year with a measurement: where the dashboard opens.
    public var latestYear: Int? { years.last }
}

public enum ChartRow: Sendable, Equatable {
    case group(Unit)
    /// An index into `Dataset.indicators`.
    case indicator(Int)
}
