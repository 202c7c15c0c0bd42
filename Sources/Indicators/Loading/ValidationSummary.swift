/// What `citydash validate` says of a good file.
public struct ValidationSummary: Sendable {
    public var path: String
    public var dataset: Dataset

    public init(path: String, dataset: Dataset) {
        self.path = path
        self.dataset = dataset
    }

    public var text: String {
        let years = dataset.years
        let span = years.first.map { first in first == years.last ? "\(first)" : "\(first)–\(years.last ?? first)" } ?? "none"
        let projections = dataset.indicators.reduce(0) { $0 + $1.observations.filter(\.projection).count }
        let lines = [
            "\(TextSafety.visible(path)): valid",
            "city:         \(TextSafety.visible(dataset.city.displayName(in: .en))) (\(TextSafety.visible(dataset.city.id)))",
            "indicators:   \(dataset.indicators.count) (\(dataset.headlineIndicators.count) headline)",
            "observations: \(dataset.observationCount)" + (projections > 0 ? " (\(projections) projections)" : ""),
            "years:        \(years.count) with data, \(span)",
            "sources:      \(dataset.sources.count)",
        ]
        return lines.joined(separator: "\n")
    }
}
