import Testing
@testable import Indicators
@testable import Widgets
@testable import DashboardUI
@testable import Importers

/// Properties of the drawing that hold for every year and size.
@Suite struct DrawingTests {
    let model = Shipped.model

    @Test func barsUseEighthSteps() {
        #expect(BarChart.rightBar(50, extent: 100, cells: 10) == "█████")
        #expect(BarChart.rightBar(21, extent: 100, cells: 10) == "██▏")
        #expect(BarChart.rightBar(0.1, extent: 100, cells: 10) == "▏")
        #expect(BarChart.rightBar(0, extent: 100, cells: 10) == "")
        // Beyond the axis: the side filled, ending in ».
        #expect(BarChart.rightBar(150, extent: 100, cells: 4) == "███»")
        // To the left: ▕ for one or two eighths, ▐ for three to five, a full cell for six or seven.
        #expect(BarChart.leftBar(50, extent: 100, cells: 10) == "█████")
        #expect(BarChart.leftBar(21, extent: 100, cells: 10) == "▕██")
        #expect(BarChart.leftBar(25, extent: 100, cells: 10) == "▐██")
        #expect(BarChart.leftBar(0.1, extent: 100, cells: 10) == "▕")
        #expect(BarChart.leftBar(150, extent: 100, cells: 4) == "«███")
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 60, height: 20), Size(width: 200, height: 50)])
    func everyYearShowsItsHeadlineValues(size: Size) {
        for year in model.years {
            var state = Shipped.state(after: Shipped.keys(toYear: year), size: size)
            state.year = year
            let text = DashboardView.draw(state, model: model, size: size).text
            #expect(text.contains("Indicators · \(year)"))
            for position in model.headlinePositions {
                guard let indicator = model.indicator(atPosition: position), let shown = indicator.shown(in: year) else { continue }
                let value = ValueFormatter.format(shown.value, unit: indicator.unit)
                #expect(text.contains(value), "\(indicator.id) \(year) at \(size.width)×\(size.height)")
            }
        }
    }

    @Test(arguments: [Size(width: 1, height: 1), Size(width: 0, height: 0), Size(width: 59, height: 19), Size(width: 300, height: 100)])
    func anySizeDrawsWithoutGarbage(size: Size) {
        let grid = Shipped.screen(after: [], size: size)
        #expect(grid.lines.count == size.height)
        for line in grid.lines { #expect(DisplayWidth.of(line) <= size.width) }
    }

    @Test func kazakhNamesAlignByDisplayWidth() throws {
        var state = Shipped.state(after: Shipped.keys(toYear: 2018))
        state.language = .kk
        let size = Size(width: 80, height: 24)
        let lines = DashboardView.draw(state, model: model, size: size).lines
        let chart = DashboardLayout(size: size).chart
        let rows = Array(model.chartRows(for: state).rows.dropFirst(state.chartScroll).prefix(chart.inner.height))
        let shown = rows.enumerated().compactMap { offset, row -> (line: String, value: String)? in
            guard case .indicator(let index) = row else { return nil }
            let indicator = model.dataset.indicators[index]
            let value = IndicatorChartPane.row(for: indicator, state: state, axis: .upTo(1), selected: false, focused: false).valueText
            return (lines[chart.inner.y + offset], value)
        }
        #expect(shown.count > 1)
        #expect(shown.contains { $0.line.contains("ЖІӨ үлесі") })
        // Values are right-aligned in a column as wide as the widest of them.
        let valueWidth = try #require(shown.map { DisplayWidth.of($0.value) }.max())
        var valueColumns: Set<Int> = []
        var barColumns: Set<Int> = []
        for (line, value) in shown {
            // The chart's part of the line ends at its right frame, where the trend pane's frame begins.
            let framed = try #require(line.split(separator: "││", maxSplits: 1).first, "\(line)")
            #expect(framed.hasSuffix(value), "\(line)")
            valueColumns.insert(DisplayWidth.of(String(framed)) - valueWidth)
            // Bars from the left edge of the column (groups without a zero axis inside it) start together.
            if framed.filter({ $0 == "│" }).count == 1, let bar = framed.firstIndex(where: { "█▉▊▋▌▍▎▏".contains($0) }) {
                barColumns.insert(DisplayWidth.of(String(framed[..<bar])))
            }
        }
        // Every row's value column starts at the same display column, that of the layout, whatever the label's script.
        #expect(valueColumns == [chart.maxX - 1 - valueWidth])
        #expect(barColumns.count == 1)
    }
}
