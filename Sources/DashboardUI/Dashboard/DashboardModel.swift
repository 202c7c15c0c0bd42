import Indicators
import Widgets

/// What the dashboard needs from a dataset, computed once at load so that a
/// key press only looks things up: the years with data, the indicators in
/// chart order (grouped by unit), and one scale per unit.
public struct DashboardModel: Sendable {
    public let dataset: Dataset
    /// Years with a measurement, ascending.
    public let years: [Int]
    /// Indicator indices in display order: grouped by unit, file order within a group.
    public let order: [Int]
    /// Each indicator's extent over its years (by index into
    /// `Dataset.indicators`): the most negative and the most positive value
    /// a bar of it draws, measured or projected. Amounts are drawn against it.
    public let extent: [Int: BarChart.Axis]
    /// The years each unit's indicators span, for the group's title ("of its 1991–2024 maximum").
    public let groupYears: [Indicators.Unit: ClosedRange<Int>]
    /// The chart's rows, formatted once per year and language (see `ChartRowCache`).
    let chartRowCache = ChartRowCache()
    let overlayLineCache = OverlayLineCache()
    /// Positions (in `order`) of the headline indicators, in file order, at most four.
    public let headlinePositions: [Int]
    /// For each year, the positions (in `order`) of indicators with a value
    /// in it, measured or projected.
    public let positionsWithData: [Int: Set<Int>]
    /// The chart's rows for each year, and for all indicators: built once, so
    /// a key press looks rows up instead of rebuilding them.
    private let rowsByYear: [Int: ChartRows]
    private let allRows: ChartRows
    /// Position (in `order`) of each indicator id: how the same indicator is
    /// found in another city, or in reloaded data.
    private let positionOfID: [String: Int]

    public static let unitOrder: [Indicators.Unit] = [.percent, .percentChange, .tenge, .usd, .people, .count, .rank]

    public init(dataset: Dataset) {
        self.dataset = dataset
        years = dataset.years
        var order: [Int] = []
        var extent: [Int: BarChart.Axis] = [:]
        var groupYears: [Indicators.Unit: ClosedRange<Int>] = [:]
        for unit in Self.unitOrder {
            let members = dataset.indicators.indices.filter { dataset.indicators[$0].unit == unit }
            guard !members.isEmpty else { continue }
            order += members
            for index in members {
                let series = dataset.indicators[index].series()
                let values = series.map(\.value).filter(\.isFinite)
                extent[index] = BarChart.Axis(low: values.min() ?? 0, high: values.max() ?? 0)
                if let first = series.first?.year, let last = series.last?.year {
                    let span = groupYears[unit] ?? first...last
                    groupYears[unit] = min(span.lowerBound, first)...max(span.upperBound, last)
                }
            }
        }
        self.order = order
        self.extent = extent
        self.groupYears = groupYears
        var positionOfIndex: [Int: Int] = [:]
        for (position, index) in order.enumerated() { positionOfIndex[index] = position }
        // Without headline indicators (an imported table), the first four stand in.
        let headlines = dataset.indicators.indices.filter { dataset.indicators[$0].headline }
        headlinePositions = Array((headlines.isEmpty ? Array(dataset.indicators.indices) : headlines)
            .compactMap { positionOfIndex[$0] }.prefix(4))
        var withData: [Int: Set<Int>] = [:]
        for (position, index) in order.enumerated() {
            for observation in dataset.indicators[index].observations {
                withData[observation.year, default: []].insert(position)
            }
        }
        positionsWithData = withData
        positionOfID = Dictionary(order.enumerated().map { (dataset.indicators[$1].id, $0) }) { first, _ in first }
        let indicators = dataset.indicators
        let build = { (positions: [Int]) in ChartRows(positions: positions, order: order, indicators: indicators) }
        rowsByYear = withData.mapValues { build($0.sorted()) }
        allRows = build(Array(order.indices))
    }

    public func indicator(atPosition position: Int) -> Indicator? {
        guard order.indices.contains(position) else { return nil }
        return dataset.indicators[order[position]]
    }

    public func position(ofIndicator id: String) -> Int? {
        positionOfID[id]
    }

    public func indicator(id: String) -> Indicator? {
        position(ofIndicator: id).flatMap(indicator(atPosition:))
    }

    /// The latest year with a measurement: where the dashboard opens.
    public var latestYear: Int? { years.last }

    /// The chart's rows for what the state shows: the year's, or in compare
    /// mode each indicator with a value in either year, paired with its base
    /// row; in the state's order. With the search line open on indicators:
    /// the matches only, best first, without group headings.
    public func chartRows(for state: DashboardState) -> ChartRows {
        if let search = state.search, search.target == .indicators {
            return ChartRows(positions: search.matches.filter(order.indices.contains), order: order, indicators: dataset.indicators,
                             pairedWithBase: state.compareBase != nil, grouped: false)
        }
        let rows = listedRows(for: state)
        guard state.order != .file else { return rows }
        return ChartRows(positions: sorted(rows.positions, by: state.order, year: state.year, base: state.compareBase, language: state.language),
                         order: order, indicators: dataset.indicators, pairedWithBase: rows.pairedWithBase)
    }

    /// `positions` (in file order) ordered by `listOrder` within each unit's group:
    /// values of different units are never ordered against each other.
    public func sorted(_ positions: [Int], by listOrder: ListOrder, year: Int, base: Int?, language: Language) -> [Int] {
        guard listOrder != .file else { return positions }
        var groups: [(unit: Indicators.Unit, positions: [Int])] = []
        for position in positions {
            let unit = dataset.indicators[order[position]].unit
            if groups.last?.unit == unit { groups[groups.count - 1].positions.append(position) } else { groups.append((unit, [position])) }
        }
        return groups.flatMap { group -> [Int] in
            let indicators = group.positions.map { (position: $0, indicator: dataset.indicators[order[$0]]) }
            switch listOrder {
            case .file:
                return group.positions
            case .value:
                // Ranks: first place first.
                let sign = group.unit == .rank ? -1.0 : 1.0
                return ListOrdering.descending(indicators.map { (key: $0.position, value: ListOrdering.value(of: $0.indicator, in: year).map { $0 * sign }) })
            case .change:
                return ListOrdering.descending(indicators.map { (key: $0.position, value: ListOrdering.change(of: $0.indicator, in: year, base: base)) })
            case .name:
                return ListOrdering.byName(indicators.map { (key: $0.position, name: $0.indicator.displayName(in: language)) })
            }
        }
    }

    /// The rows listed for the state's year (or years), in file order.
    private func listedRows(for state: DashboardState) -> ChartRows {
        guard let base = state.compareBase else {
            return chartRows(year: state.year, selection: state.selection, showAll: state.showAll)
        }
        var positions: [Int]
        if state.showAll {
            positions = Array(order.indices)
        } else {
            // Both years' rows are sorted already: merge them, then add the selection.
            positions = Self.mergeSorted(rowsByYear[state.year]?.positions ?? [], rowsByYear[base]?.positions ?? [])
            if order.indices.contains(state.selection) {
                let at = ChartRows.insertionPoint(of: state.selection, in: positions)
                if at == positions.count || positions[at] != state.selection { positions.insert(state.selection, at: at) }
            }
        }
        // Built per key press in compare mode only; the benchmark's compare column measures it.
        return ChartRows(positions: positions, order: order, indicators: dataset.indicators, pairedWithBase: true)
    }

    /// The union of two ascending arrays, ascending, without repeats.
    static func mergeSorted(_ left: [Int], _ right: [Int]) -> [Int] {
        var merged: [Int] = []
        merged.reserveCapacity(left.count + right.count)
        var i = 0
        var j = 0
        while i < left.count || j < right.count {
            if j == right.count || (i < left.count && left[i] < right[j]) {
                merged.append(left[i])
                i += 1
            } else if i == left.count || right[j] < left[i] {
                merged.append(right[j])
                j += 1
            } else {
                merged.append(left[i])
                i += 1
                j += 1
            }
        }
        return merged
    }

    /// The chart's rows for a year: the indicators with a value in it (or
    /// all of them), always the selected one, each unit's group under a header.
    public func chartRows(year: Int, selection: Int, showAll: Bool) -> ChartRows {
        if showAll { return allRows }
        let rows = rowsByYear[year] ?? ChartRows(positions: [], order: order, indicators: dataset.indicators)
        if rows.index(of: selection) != nil || !order.indices.contains(selection) { return rows }
        // The selection has no value this year: it stays listed, in its place.
        var positions = rows.positions
        positions.insert(selection, at: positions.firstIndex { $0 > selection } ?? positions.count)
        return ChartRows(positions: positions, order: order, indicators: dataset.indicators)
    }
}

/// The rows a chart shows, and which selectable positions they hold.
public struct ChartRows: Sendable, Equatable {
    public let rows: [ChartRow]
    /// Positions (in `DashboardModel.order`) of the indicator rows, top to bottom
    /// (ascending in the file's order; otherwise as sorted or ranked).
    public let positions: [Int]
    /// For each entry of `positions`, its row in `rows`.
    private let rowOfEntry: [Int]
    /// For each position listed, its entry in `positions`.
    private let entryOfPosition: [Int: Int]

    /// Whether each indicator row is followed by its base-year row (compare mode).
    public let pairedWithBase: Bool

    /// Rows for `positions`, each unit's group under a header (`grouped`), or
    /// one row each without headers (the search's matches, best first).
    init(positions: [Int], order: [Int], indicators: [Indicator], pairedWithBase: Bool = false, grouped: Bool = true) {
        self.pairedWithBase = pairedWithBase
        var rows: [ChartRow] = []
        var rowOfEntry: [Int] = []
        rows.reserveCapacity(positions.count * (pairedWithBase ? 2 : 1) + DashboardModel.unitOrder.count)
        rowOfEntry.reserveCapacity(positions.count)
        var currentUnit: Indicators.Unit?
        for position in positions {
            let unit = indicators[order[position]].unit
            if grouped, unit != currentUnit {
                rows.append(.group(unit))
                currentUnit = unit
            }
            rowOfEntry.append(rows.count)
            rows.append(.indicator(order[position]))
            if pairedWithBase { rows.append(.base(order[position])) }
        }
        self.rows = rows
        self.positions = positions
        self.rowOfEntry = rowOfEntry
        var entryOfPosition: [Int: Int] = [:]
        entryOfPosition.reserveCapacity(positions.count)
        for (entry, position) in positions.enumerated() where entryOfPosition[position] == nil { entryOfPosition[position] = entry }
        self.entryOfPosition = entryOfPosition
    }

    /// Where `position` stands in `positions`.
    func index(of position: Int) -> Int? {
        entryOfPosition[position]
    }

    /// The first index of `sorted` whose value is not below `position`.
    static func insertionPoint(of position: Int, in sorted: [Int]) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < position { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The row that shows `position`.
    public func row(of position: Int, model: DashboardModel) -> Int? {
        index(of: position).map { rowOfEntry[$0] }
    }
}

public enum ChartRow: Sendable, Equatable {
    case group(Indicators.Unit)
    /// An index into `Dataset.indicators`.
    case indicator(Int)
    /// The same indicator's base-year value, under its row in compare mode.
    case base(Int)

    public var isGroup: Bool {
        if case .group = self { return true }
        return false
    }
}
