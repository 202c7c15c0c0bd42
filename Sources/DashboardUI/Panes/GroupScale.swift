import Indicators
import Foundation
import Widgets

/// How one unit's group of bars is scaled, so that every bar can be
/// explained by the group's title:
/// - shares and rates (`percent`) on 0–100 %;
/// - growth rates on one scale symmetric around zero, chosen from the values
///   shown (the year's, and the base year's in compare mode) and rounded up
///   to a round number (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × 10ⁿ); one value more than five times the next
///   largest (the 1993 consumer prices, +2747.9 %) is clipped at the next
///   one's scale and drawn with », its value written in full beside it;
/// - amounts (tenge, dollars, people, counts), which are different
///   quantities, never on one axis: each bar is its indicator against its own
///   largest magnitude over its years, and the title says which years;
/// - ranks have no bars.
/// A group with negative values has its zero axis inside the column, at the
/// same place for every row of the group.
public enum GroupScale: Sendable, Equatable {
    case shares(negative: Bool)
    case growth(magnitude: Double, clipped: Bool)
    case ownMaximum(years: ClosedRange<Int>?, negative: Bool, positive: Bool)
    case ranks

    /// The scale of `unit`'s group when the chart lists `indices` (into `Dataset.indicators`).
    static func of(_ unit: Indicators.Unit, indices: [Int], model: DashboardModel, state: DashboardState) -> GroupScale {
        let extents = indices.compactMap { model.extent[$0] }
        let negative = extents.contains { $0.low < 0 }
        switch unit {
        case .percent:
            return .shares(negative: negative)
        case .percentChange:
            let years = [state.year] + (state.compareBase.map { [$0] } ?? [])
            let magnitudes = indices.flatMap { index in
                years.compactMap { year -> Double? in
                    let indicator = model.dataset.indicators[index]
                    return (indicator.shown(in: year) ?? indicator.projection(in: year)).map { abs($0.value) }
                }
            }
            return growth(magnitudes)
        case .tenge, .usd, .people, .count:
            return .ownMaximum(years: model.groupYears[unit], negative: negative, positive: extents.contains { $0.high > 0 } || !negative)
        case .rank:
            return .ranks
        }
    }

    /// The symmetric scale for these magnitudes, clipping one outlier.
    static func growth(_ magnitudes: [Double]) -> GroupScale {
        let sorted = magnitudes.filter(\.isFinite).sorted(by: >)
        guard let largest = sorted.first, largest > 0 else { return .growth(magnitude: 1, clipped: false) }
        if sorted.count >= 2, sorted[1] > 0, largest > 5 * sorted[1] {
            return .growth(magnitude: nice(sorted[1]), clipped: true)
        }
        return .growth(magnitude: nice(largest), clipped: false)
    }

    /// The smallest of 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10ⁿ not below `value`.
    static func nice(_ value: Double) -> Double {
        guard value.isFinite, value > 0 else { return 1 }
        let power = pow10(Int(floor(log10(value))))
        for factor in [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10] where factor * power >= value * (1 - 1e-12) { return factor * power }
        return 10 * power
    }

    private static func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        if exponent >= 0 { for _ in 0..<exponent { result *= 10 } } else { for _ in 0..<(-exponent) { result /= 10 } }
        return result
    }

    /// The axis of indicator `index`'s bars in this group.
    func axis(for index: Int, model: DashboardModel) -> BarChart.Axis {
        switch self {
        case .shares(let negative):
            return negative ? .symmetric(100) : .upTo(100)
        case .growth(let magnitude, _):
            return .symmetric(magnitude)
        case .ownMaximum(_, let negative, let positive):
            let extent = model.extent[index] ?? .upTo(0)
            let magnitude = max(-extent.low, extent.high)
            return BarChart.Axis(low: negative ? -magnitude : 0, high: positive ? magnitude : 0)
        case .ranks:
            return .upTo(0)
        }
    }

    /// The group's title, longest wording first.
    func titles(_ unit: Indicators.Unit, text: InterfaceText, language: Language) -> [String] {
        let name = text.groupNames[unit] ?? unit.rawValue
        switch self {
        case .shares:
            return ["\(name) · 0–100 %"]
        case .growth(let magnitude, let clipped):
            let scale = "±" + ValueFormatter.axisNumber(magnitude, language: language) + " %"
            return clipped ? ["\(name) · \(scale), » \(text.beyondScale)", "\(name) · \(scale) »"] : ["\(name) · \(scale)"]
        case .ownMaximum(let years, _, _):
            let span = years.map { $0.lowerBound == $0.upperBound ? "\($0.lowerBound)" : "\($0.lowerBound)–\($0.upperBound)" } ?? ""
            return ["\(name) · " + text.ownMaximum.0.replacingYears(span), "\(name) · " + text.ownMaximum.1.replacingYears(span)]
        case .ranks:
            return ["\(name) · \(text.ranksNote)"]
        }
    }
}

extension String {
    /// "{years}" replaced by `years`.
    func replacingYears(_ years: String) -> String {
        var result = ""
        var rest = Substring(self)
        while let range = rest.range(of: "{years}") {
            result += rest[..<range.lowerBound] + years
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
