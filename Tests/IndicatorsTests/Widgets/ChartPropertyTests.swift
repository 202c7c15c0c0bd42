import PropertyBased
import Testing
@testable import Indicators
@testable import Widgets

/// Properties of the bar chart for random values of both signs and sizes
/// (swift-property-based: a failure prints its seed and shrinks the input).
@Suite struct ChartPropertyTests {
    /// A value of either sign, from tiny to huge: a sign, a mantissa and a power of ten.
    static let values = zip(Gen.double(in: -9.99...9.99), Gen.int(in: -3...15)).map { mantissa, exponent in mantissa * pow10(exponent) }
    static func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<abs(exponent) { result *= 10 }
        return exponent < 0 ? 1 / result : result
    }

    @Test func barLengthGrowsWithTheMagnitude() async {
        await propertyCheck(input: Gen.double(in: 0...1000), Gen.double(in: 0...1000), Gen.double(in: 1...1000), Gen.int(in: 1...60)) { a, b, extent, cells in
            let (small, large) = (min(a, b), max(a, b))
            #expect(BarChart.eighths(of: BarChart.rightBar(small, extent: extent, cells: cells))
                    <= BarChart.eighths(of: BarChart.rightBar(large, extent: extent, cells: cells)))
            #expect(BarChart.eighths(of: BarChart.leftBar(small, extent: extent, cells: cells))
                    <= BarChart.eighths(of: BarChart.leftBar(large, extent: extent, cells: cells)))
            // Never longer than its side, and never nothing for a value that is not zero.
            #expect(DisplayWidth.of(BarChart.rightBar(large, extent: extent, cells: cells)) <= cells)
            #expect(DisplayWidth.of(BarChart.leftBar(large, extent: extent, cells: cells)) <= cells)
            if large > 0 { #expect(BarChart.eighths(of: BarChart.leftBar(large, extent: extent, cells: cells)) > 0) }
        }
    }

    @Test func negativeBarsLieLeftOfTheAxisAndPositiveRight() async {
        await propertyCheck(input: Gen.double(in: -100...100), Gen.double(in: 1...100), Gen.int(in: 12...80)) { value, extent, width in
            let row = BarChart.Row(label: "x", value: value, axis: .symmetric(extent), valueText: "v")
            var grid = Grid(size: Size(width: width, height: 1))
            BarChart(lines: [.bar(row)], labelWidth: .fixed(1)).draw(&grid, in: Rect(x: 0, y: 0, width: width, height: 1))
            let cells = (0..<width).map { grid[$0, 0].character }
            guard let axis = cells.firstIndex(of: "│") else {
                Issue.record("no zero axis in \(String(cells))")
                return
            }
            let blocks = Set<Character>("█▉▊▋▌▍▎▏▕▐«»")
            let left = cells[..<axis].contains { blocks.contains($0) }
            let right = cells[(axis + 1)...].contains { blocks.contains($0) }
            if value < 0 { #expect(left && !right, "\(value): \(String(cells))") }
            if value > 0 { #expect(right && !left, "\(value): \(String(cells))") }
            if value == 0 { #expect(!left && !right) }
        }
    }

    struct RandomRow: Sendable, CustomStringConvertible {
        var name: String
        var value: Double
        var valueText: String
        var change: String
        var description: String { "\(name.count) \(value) \(valueText) \(change)" }
    }

    /// Random rows: names of any length, values of any size in any unit, changes.
    static let rows = zip(Gen.int(in: 0...40), values, Gen.int(in: 0...(Unit.allCases.count - 1)), values)
        .map { (input: (Int, Double, Int, Double)) -> RandomRow in
            let (nameLength, value, unitIndex, other) = input
            let unit = Unit.allCases[unitIndex]
            let change = ValueFormatter.format(Change.between(other, value, unit: unit) ?? .points(0))
            return RandomRow(name: String(repeating: "n", count: nameLength), value: value,
                             valueText: ValueFormatter.format(value, unit: unit), change: change)
        }
        .array(of: 1...30)

    @Test func nothingIsWiderThanItsPaneAndNoValueOrChangeIsCut() async {
        await propertyCheck(input: Self.rows, Gen.int(in: 20...160)) { rows, width in
            let lines = rows.enumerated().map { index, row in
                var chartRow = BarChart.Row(label: "\(index) \(row.name)", value: row.value, axis: .symmetric(max(1, abs(row.value))),
                                            valueText: row.valueText)
                chartRow.extra = row.change
                return BarChart.Line.bar(chartRow)
            }
            let widest = (rows.map { DisplayWidth.of($0.valueText) }.max() ?? 0) + (rows.map { DisplayWidth.of($0.change) }.max() ?? 0)
            var grid = Grid(size: Size(width: width, height: rows.count))
            BarChart(lines: lines, labelWidth: .fit(cap: 30, numerator: 1, denominator: 3))
                .draw(&grid, in: Rect(x: 0, y: 0, width: width, height: rows.count))
            for (line, row) in zip(grid.lines, rows) {
                #expect(DisplayWidth.of(line) <= width)
                // Where the values and changes fit beside the marker and the gaps, they are whole.
                if widest + 4 <= width {
                    #expect(line.contains(row.valueText) && line.contains(row.change), "\(line) lacks \(row.valueText) or \(row.change)")
                }
            }
        }
    }

    @Test func scrollingNeverChangesARowsBar() async {
        await propertyCheck(input: Self.rows, Gen.int(in: 30...120), Gen.int(in: 1...10)) { rows, width, height in
            let lines = rows.enumerated().map { index, row in
                BarChart.Line.bar(BarChart.Row(label: "\(index)", value: row.value, axis: .symmetric(1e3), valueText: row.valueText))
            }
            // Every row as it is drawn with the whole list in view.
            var whole = Grid(size: Size(width: width, height: rows.count))
            BarChart(lines: lines, labelWidth: .fixed(2)).draw(&whole, in: Rect(x: 0, y: 0, width: width, height: rows.count))
            for first in rows.indices {
                var grid = Grid(size: Size(width: width, height: height))
                BarChart(lines: lines, first: first, labelWidth: .fixed(2)).draw(&grid, in: Rect(x: 0, y: 0, width: width, height: height))
                for offset in 0..<min(height, rows.count - first) {
                    #expect(grid.lines[offset] == whole.lines[first + offset], "row \(first + offset) scrolled from \(first)")
                }
            }
        }
    }
}
